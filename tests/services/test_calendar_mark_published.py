"""calendar_posts.mark_published: the statistics' matched posts become published."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries

PARIS = ZoneInfo("Europe/Paris")


def test_marking_posts_published_changes_only_them_and_undo_restores_their_status(plan):
    when = datetime(2026, 9, 28, 18, tzinfo=PARIS)
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Croissants", status="scheduled", scheduled_at=when),
            PostDraft("instagram", "Baguettes", status="ready", scheduled_at=when),
            PostDraft("x", "An idea"),
        ],
    )
    before = calendar_posts.schedule_of(plan, ids[:1])
    changes = calendar_posts.mark_published(plan, [ids[0], 999])  # 999: deleted meanwhile
    assert changes.touches(calendar_queries.POSTS)
    assert changes.posts == {ids[0]}
    assert changes.days == {date(2026, 9, 28).toordinal()}
    statuses = {p.id: p.status for p in calendar_queries.all_posts(plan)}
    assert statuses == {ids[0]: "published", ids[1]: "ready", ids[2]: "idea"}
    calendar_posts.restore_schedule(plan, before)
    [back] = calendar_queries.posts_by_id(plan, [ids[0]])
    assert back.status == "scheduled" and back.scheduled_at == when
