"""Files dragged over the Statistics tab: a frame says they will be imported, and
goes when the drag leaves; a plan file (opened, not imported) gets none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent
from PySide6.QtWidgets import QApplication


def _enter(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_exports_dragged_over_the_tab_are_announced_in_french(
    qtbot, french_ui, plan, tmp_path
) -> None:
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    tab = StatisticsTab(PlanDocument(plan))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    highlight = tab.drop_highlight
    _enter(tab, [tmp_path / "Instagram.csv", tmp_path / "Facebook.xlsx"])
    assert highlight.isVisible()
    assert highlight.text() == "Déposez les 2 fichiers pour les importer dans les statistiques"
    assert highlight.geometry().width() > tab.width() - 40  # over the whole tab
    QApplication.sendEvent(tab, QDragLeaveEvent())
    assert not highlight.isVisible()
    _enter(tab, [tmp_path / "Boulangerie.smplan"])
    assert not highlight.isVisible()
