"""The import preview of a Meta lifetime posts export giving a post twice, in English
and French: a repeat with the same figures is a note (the post read once), one with
other figures a problem naming the earlier row, which blocks the import until the
bad rows are skipped; skipping keeps the earlier row's figures (issue #10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
FIRST = "109876543210987_1122334455667788"
WORDS = {
    "en": {
        "note": "1 row(s) give a post that an earlier row gave with the same figures "
        "(rows 5): each is counted once.",
        "problem": f"row 2 already gives post {FIRST}, with other figures: which one is "
        "right cannot be told.",
        "row": "row 5",
        "none": "None",
    },
    "fr": {
        "note": "1 ligne(s) redonnent une publication qu’une ligne précédente donnait déjà, "
        "avec les mêmes chiffres (lignes 5) : les doublons ne sont comptés qu’une fois.",
        "problem": f"la ligne 2 donne déjà la publication {FIRST}, avec d’autres chiffres : "
        "impossible de savoir laquelle est juste.",
        "row": "ligne 5",
        "none": "Aucun",
    },
}


def with_first_post_again(path: Path, views: str) -> Path:
    """The real French export (rows 2 to 4) with its first row again as row 5, its
    views (3120) set to ``views``."""
    lines = (EXPORTS / "meta_facebook_posts_fr.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith(FIRST) and ",Global,3120," in lines[1]
    lines.append(lines[1].replace(",Global,3120,", f",Global,{views},"))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_preview_says_which_rows_repeat_a_post_and_skipping_keeps_the_earlier(
    qtbot, plan, tmp_path, request, language
):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    if language == "fr":
        request.getfixturevalue("french_ui")
    words = WORDS[language]
    (tmp_path / "same").mkdir()
    (tmp_path / "other").mkdir()
    same = with_first_post_again(tmp_path / "same" / "publications.csv", "3120")
    other = with_first_post_again(tmp_path / "other" / "publications.csv", "3300")
    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.add_paths([same, other])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 2)
    table = dialog.table
    by_path = {str(item.path): row for row, item in enumerate(dialog.previews)}

    def click(row: int) -> None:
        rect = table.visualItemRect(table.item(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(by_path[str(same)])
    assert dialog.notes.isVisible()
    assert words["note"] in dialog.notes.notes
    assert table.item(by_path[str(same)], 3).text() == words["none"]  # no problem
    problems = table.item(by_path[str(other)], 3).text()
    assert words["problem"] in problems and words["row"] in problems
    assert not dialog.import_button.isEnabled()  # a bad row: nothing until skipped
    assert dialog.skip_bad_rows.isVisible()
    dialog.skip_bad_rows.setFocus()
    qtbot.keyClick(dialog.skip_bad_rows, Qt.Key.Key_Space)
    assert dialog.skip_bad_rows.isChecked()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    views = {
        external_id: json.loads(metrics)["views"]
        for external_id, metrics in plan.conn.execute(
            "SELECT external_id, metrics FROM stat_posts WHERE metrics LIKE '%views%'"
        )
    }
    assert views[FIRST] == 3120  # both files' row 2, never the other file's row 5
    (posts,) = plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()
    assert posts == 3
