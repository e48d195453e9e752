"""The import preview shows the selected file's notes (what the reading assumed or
left out) before anything is stored, in French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"


def test_the_selected_files_notes_are_shown_and_hidden_for_a_file_without(qtbot, plan, french_ui):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.add_paths(
        [EXPORTS / "meta_facebook_posts_fr.csv", EXPORTS / "meta_facebook_follows_daily.csv"]
    )
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 2)
    table = dialog.table
    rows = {table.item(row, 0).text(): row for row in range(table.rowCount())}

    def click(name: str) -> None:
        rect = table.visualItemRect(table.item(rows[name], 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click("meta_facebook_follows_daily.csv")
    assert dialog.notes.isVisible()
    assert dialog.notes.notes == ["« Facebook follows » lu comme nouveaux abonnés (Facebook)."]
    assert "Remarques sur meta_facebook_follows_daily.csv :" in dialog.notes.text()
    click("meta_facebook_posts_fr.csv")
    assert not dialog.notes.isVisible()  # nothing assumed or left out
    qtbot.keyClick(
        table, Qt.Key.Key_Down if rows["meta_facebook_posts_fr.csv"] == 0 else Qt.Key.Key_Up
    )
    assert dialog.notes.isVisible()  # the keyboard selects as well
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (posts,) = plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()
    assert posts == 3
