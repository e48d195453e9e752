"""Post statuses with the client's approval steps: the typed list, the stored comment,
the undoable status change, and plans made before the comment existed."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import STATUSES, PostDraft
from smplanner.domain.post_status import PostStatus, comment_after
from smplanner.services import calendar_edits, calendar_posts, calendar_queries
from smplanner.services.calendar_posts import PostError
from smplanner.storage.plan_file import PlanFile, open_plan

PARIS = ZoneInfo("Europe/Paris")


def _post(plan: PlanFile, text: str = "Galette", day: int = 14) -> int:
    [post_id], _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                text,
                status="draft",
                scheduled_at=datetime(2026, 10, day, 18, tzinfo=PARIS),
            )
        ],
    )
    return post_id


def _one(plan: PlanFile, post_id: int):  # type: ignore[no-untyped-def]
    [post] = calendar_queries.posts_by_id(plan, [post_id])
    return post


def test_the_approval_steps_sit_between_the_draft_and_the_scheduled_post() -> None:
    assert STATUSES == (
        "idea",
        "draft",
        "ready",
        "to_approve",
        "changes_requested",
        "approved",
        "scheduled",
        "published",
    )
    assert PostStatus("to_approve") is PostStatus.TO_APPROVE
    assert f"{PostStatus.APPROVED}" == "approved"  # stored as the plain word


def test_asking_for_changes_keeps_the_comment_and_an_approval_answers_it() -> None:
    assert comment_after(PostStatus.CHANGES_REQUESTED, "", "  Moins de texte ") == "Moins de texte"
    assert comment_after(PostStatus.CHANGES_REQUESTED, "Photo ?", None) == "Photo ?"
    assert comment_after(PostStatus.DRAFT, "Photo ?", None) == "Photo ?"
    assert comment_after(PostStatus.APPROVED, "Photo ?", None) == ""


def test_changes_requested_is_stored_with_the_comment_and_undone_in_one_step(
    plan: PlanFile,
) -> None:
    first, second = _post(plan, "a"), _post(plan, "b", 15)
    edit = calendar_edits.set_status(
        plan, [first, second], "changes_requested", "Mettre le prix en avant"
    )
    assert edit.value == 2
    assert {p.status for p in calendar_queries.posts_by_id(plan, [first, second])} == {
        "changes_requested"
    }
    assert _one(plan, first).client_comment == "Mettre le prix en avant"
    assert edit.changes.days  # the two days repaint
    edit.undo()
    assert _one(plan, first).status == "draft"
    assert _one(plan, first).client_comment == ""
    edit.redo()
    assert _one(plan, second).client_comment == "Mettre le prix en avant"


def test_an_edit_of_the_post_keeps_the_clients_comment(plan: PlanFile) -> None:
    post_id = _post(plan)
    calendar_edits.set_status(plan, [post_id], "changes_requested", "Autre photo")
    from smplanner.storage.calendar_rows import post_as_draft

    draft = post_as_draft(_one(plan, post_id))
    calendar_posts.update_post(plan, post_id, draft)
    assert _one(plan, post_id).client_comment == "Autre photo"


def test_an_idea_without_a_date_cannot_be_sent_for_approval(plan: PlanFile) -> None:
    [idea], _ = calendar_posts.create_posts(plan, [PostDraft("facebook", "Un jour")])
    edit = calendar_edits.set_status(plan, [idea], "to_approve")
    assert edit.value == 0
    assert _one(plan, idea).status == "idea"


def test_an_unknown_status_is_refused_by_name(plan: PlanFile) -> None:
    post_id = _post(plan)
    with pytest.raises(PostError, match="'validated' is unknown: use one of idea, draft"):
        calendar_edits.set_status(plan, [post_id], "validated")
    assert _one(plan, post_id).status == "draft"


def test_a_plan_made_before_the_clients_comment_is_migrated_with_its_posts(
    plan: PlanFile, plan_path: Path
) -> None:
    post_id = _post(plan)
    plan.close()
    # Take the file back to the format before the comment: column and step removed.
    conn = sqlite3.connect(plan_path)
    conn.execute("ALTER TABLE posts DROP COLUMN client_comment")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = 'smplanner.calendar'"
        " AND name = '0002_post_client_comment'"
    )
    version = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()

    with open_plan(plan_path) as migrated:
        assert migrated.migrated_from == version
        assert migrated.backup_path is not None and migrated.backup_path.exists()
        post = _one(migrated, post_id)
        assert (post.text, post.status, post.client_comment) == ("Galette", "draft", "")
        calendar_edits.set_status(migrated, [post_id], "changes_requested", "Plus court")
        assert _one(migrated, post_id).client_comment == "Plus court"
