"""The import preview asks which network a Meta daily series is of when its file does
not say it (French "Followers en plus"), keeps Import disabled until it is said, stores
the days on the network chosen and remembers the choice for that title (issue #10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.import_dialog import ImportDialog


def followers(path: Path, day: str) -> Path:
    lines = ["sep=,", '"Followers en plus"', '"Date","Primary"', f'"{day}T00:00:00","4"']
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    return path


def open_dialog(qtbot, plan, paths: list[Path]) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.add_paths(paths)
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == len(paths))
    return dialog


def test_the_preview_asks_the_network_and_remembers_it(qtbot, plan, tmp_path, french_ui):
    dialog = open_dialog(qtbot, plan, [followers(tmp_path / "suivis.csv", "2025-08-01")])
    asked = dialog.series_network
    assert asked.isVisible() and not dialog.import_button.isEnabled()
    assert asked.label.text() == (
        "suivis.csv : la série quotidienne « Followers en plus » ne dit pas si elle est celle "
        "de Facebook ou d’Instagram. De quel réseau s’agit-il ?"
    )
    assert "Indiquez le réseau des séries quotidiennes" in dialog.summary.text()
    assert "ne dit pas si elle est celle de Facebook" in dialog.table.item(0, 3).text()
    # The metric by its name, not its id ("lu comme new_followers" before), and "%1 : %2".
    assert dialog.notes.notes == [
        "« Followers en plus » lu comme nouveaux abonnés ; le fichier ne dit pas de quel réseau."
    ]
    assert dialog.table.item(0, 1).text().startswith("Meta Business Suite : série quotidienne")
    asked.choice.setFocus()
    qtbot.mouseClick(asked.choice, Qt.MouseButton.LeftButton)
    view = asked.choice.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(asked.choice.findData("instagram") - asked.choice.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked.choice.currentText() == "Instagram"
    assert (
        dialog.table.item(0, 3)
        .text()
        .endswith("lue comme une série Instagram, comme vous l’avez choisi.")
    )
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert list(plan.conn.execute("SELECT network, metric, day, value FROM stat_daily")) == [
        ("instagram", "new_followers", "2025-08-01", 4.0)
    ]
    # The next file of that title: Instagram already chosen, shown, and importable.
    again = open_dialog(qtbot, plan, [followers(tmp_path / "suivis2.csv", "2025-08-02")])
    assert again.series_network.isVisible()
    assert again.series_network.choice.currentText() == "Instagram"
    assert again.import_button.isEnabled()
