"""Media kept in the plan that no post uses (issue #15): Calendar > Settings > Unused
media… says how many and what they weigh, removes them on the user's word as one undo
step; undo puts the very bytes back; a used medium is never touched."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_edits, media, media_cleanup
from smplanner.storage import media_repo
from smplanner.ui.composer.media_list import measure_picture
from tests.media_files import png_file

PARIS = ZoneInfo("Europe/Paris")


def _two_media(plan, tmp_path):  # type: ignore[no-untyped-def]
    used_file = png_file(tmp_path / "galette.png")
    cancelled_file = png_file(tmp_path / "brouillon.png", "#2030D0", (640, 640))
    used = media.attach_file(plan, used_file, measure_picture(used_file))
    cancelled = media.attach_file(plan, cancelled_file, measure_picture(cancelled_file))
    moment = datetime(2026, 10, 14, 10, tzinfo=PARIS)
    # The post keeps the first; the second was added in a composer then cancelled.
    draft = PostDraft(
        "instagram", "Galette", status="ready", scheduled_at=moment, media=(used.ref,)
    )
    calendar_edits.create(plan, [draft])
    return used, cancelled, cancelled_file


def test_only_the_media_no_post_uses_are_found(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    used, cancelled, cancelled_file = _two_media(plan, tmp_path)
    found = media_cleanup.unused_media(plan)
    assert [row.name for row in found.media] == ["brouillon.png"]
    assert found.stored_bytes == cancelled_file.stat().st_size
    edit = media_cleanup.remove_unused(plan)
    assert media_repo.media_count(plan.conn) == 1
    assert media.media_bytes(plan, used.ref) is not None
    edit.undo()
    assert media.media_bytes(plan, cancelled.ref) == cancelled_file.read_bytes()
    assert media_cleanup.remove_unused(plan).value.count == 1
    assert media_cleanup.remove_unused(plan).changed_nothing


def test_the_calendar_asks_then_removes_them_in_one_undo_step(
    calendar_tab, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = calendar_tab.plan
    _used, cancelled, cancelled_file = _two_media(plan, tmp_path)
    calendar_tab.toolbar.unused_media_action.trigger()  # Calendar > Settings > Unused media…
    box = calendar_tab.unused_media.question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("No post uses 1 of the files kept in the plan (")
    assert box.informativeText().startswith("brouillon.png\n\n")
    [remove] = [b for b in box.findChildren(QPushButton) if b.text() == "Remove"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert media.media_bytes(plan, cancelled.ref) is None
    stack = calendar_tab.document.undo_stack
    assert stack.undoText() == "Remove 1 unused media"
    stack.undo()
    assert media.media_bytes(plan, cancelled.ref) == cancelled_file.read_bytes()

    stack.redo()
    calendar_tab.toolbar.unused_media_action.trigger()
    box = calendar_tab.unused_media.question
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Every file kept in the plan is used by a post."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar_tab.unused_media.question is None)


def test_the_french_question_gives_the_size_in_ko_never_split_from_its_number(
    calendar_tab, tmp_path, qtbot, french_ui
) -> None:  # type: ignore[no-untyped-def]
    _two_media(calendar_tab.plan, tmp_path)
    calendar_tab.toolbar.unused_media_action.trigger()
    box = calendar_tab.unused_media.question
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("Aucune publication n’utilise 1 des fichiers gardés")
    assert "\u00a0ko)" in box.text() and "Kio" not in box.text()  # as the Restore dialog
    box.reject()
    qtbot.waitUntil(lambda: calendar_tab.unused_media.question is None)
