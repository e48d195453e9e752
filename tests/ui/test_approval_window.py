"""The client's approval from the window: the calendar bar's "Client approval" menu
writes the page of the month shown and marks its posts; the answers file, dropped on
the window, is applied in one undo step with a summary naming the conflicts."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.storage.calendar_rows import post_as_draft
from smplanner.storage.plan_properties_repo import plan_uuid
from tests.ui.statistics.test_statistics_window_drop import drop_files_on

PARIS = ZoneInfo("Europe/Paris")


def _choose(qtbot, button, text: str) -> None:  # type: ignore[no-untyped-def]
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append(text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: picked == [text])


def test_send_then_drop_the_answers_on_the_window(
    qtbot, window, plan, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram", "Galette", "Galette", "draft", datetime(2027, 1, 6, 10, tzinfo=PARIS)
            ),
            PostDraft(
                "facebook", "Chandeleur", "Crêpes", "draft", datetime(2027, 1, 29, 10, tzinfo=PARIS)
            ),
            PostDraft(
                "linkedin", "Février", "Février", "draft", datetime(2027, 2, 2, 10, tzinfo=PARIS)
            ),
        ],
    )
    window.set_plan(plan)
    window.show_tab(1)
    tab = window.plan_view.calendar.ensure_built()
    tab.period.go_to(date(2027, 1, 15))
    page = tmp_path / "janvier.html"
    asked: list[Path] = []
    window.approval.ask_save = lambda title, suggested, kinds: asked.append(suggested) or page
    button = tab.status_button
    _choose(qtbot, button, "Send this period for approval…")
    qtbot.waitUntil(lambda: page.exists())
    assert asked[0].name.endswith("for approval 2027-01.html")
    statuses = [p.status for p in calendar_queries.posts_by_id(plan, ids)]
    assert statuses == ["to_approve", "to_approve", "draft"]  # February is not this month
    assert prompts.infos[-1][0] == "Page written"
    assert window.document.undo_stack.undoText() == "Send 2 posts for approval"

    # The manager rewrites the second post before the client answers: a conflict.
    [second] = calendar_queries.posts_by_id(plan, [ids[1]])
    calendar_posts.update_post(plan, ids[1], replace(post_as_draft(second), text="Crêpes !"))
    round_id = re.search(r'"round_id": "(\w+)"', page.read_text("utf-8")).group(1)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "format": "smplanner-approval-answers",
                "version": 1,
                "plan_id": plan_uuid(plan),
                "round_id": round_id,
                "answers": [
                    {
                        "post_id": ids[0],
                        "decision": "changes_requested",
                        "comment": "Plus de beurre",
                    },
                    {"post_id": ids[1], "decision": "approved"},
                ],
            }
        )
    )
    assert drop_files_on(window, tab, [answers])
    qtbot.waitUntil(lambda: prompts.infos[-1][0] == "The client's answers")
    summary = prompts.infos[-1][1]
    assert "1 post with changes requested" in summary
    assert "1 conflict:" in summary and f"post {ids[1]}" in summary and "changed since" in summary
    first, conflicted = calendar_queries.posts_by_id(plan, ids[:2])
    assert (first.status, first.client_comment) == ("changes_requested", "Plus de beurre")
    assert conflicted.status == "to_approve"
    window.document.undo_stack.undo()
    assert calendar_queries.posts_by_id(plan, [ids[0]])[0].status == "to_approve"


def test_a_foreign_answers_file_is_refused_with_a_message(
    qtbot, window, plan, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.set_plan(plan)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "format": "smplanner-approval-answers",
                "version": 1,
                "plan_id": "someone-else",
                "round_id": "x",
                "answers": [],
            }
        )
    )
    window.approval.import_answers(answers)
    assert prompts.errors and "another plan" in prompts.errors[-1][1]
    assert window.document.undo_stack.count() == 0


def test_the_approval_speaks_french(
    qtbot, french_ui, window, plan, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.set_plan(plan)
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps(
            {
                "format": "smplanner-approval-answers",
                "version": 1,
                "plan_id": "autre",
                "round_id": "x",
                "answers": [],
            }
        )
    )
    window.approval.import_answers(answers)
    assert "un autre plan" in prompts.errors[-1][1]
    assert window.approval.send_action.text().startswith("Envoyer pour &validation")
