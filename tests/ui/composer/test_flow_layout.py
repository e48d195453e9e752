"""The label chips' flow layout deletes its items with itself, as a Qt layout does:
left behind, their wrappers claimed C++ items for the cyclic collector to free, the
shape of issue #11's crash (tests/gc_leftovers.py counted them in the composer's
label tests)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

from smplanner.ui.composer.flow_layout import FlowLayout
from tests.gc_leftovers import dangerous, leftovers


def test_its_items_go_with_the_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    leftovers()
    chips = QWidget()  # deleted below, as a closed dialog's picker is
    flow = FlowLayout(chips)
    for name in ("À valider", "Épiphanie", "Galette"):
        flow.addWidget(QLabel(name))
    chips.resize(120, 80)
    chips.show()
    qtbot.waitExposed(chips)
    items = [flow.itemAt(index) for index in range(flow.count())]
    assert [item.widget().text() for item in items if item is not None] == [
        "À valider",
        "Épiphanie",
        "Galette",
    ]
    chips.close()
    chips.deleteLater()
    assert all(item is not None and shiboken6.isValid(item) for item in items)

    found = leftovers()  # the deferred deletion done, then the collector
    assert not any(shiboken6.isValid(item) for item in items if item is not None)
    assert dangerous(found) == []
