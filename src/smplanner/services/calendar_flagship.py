"""The flagship-launch exemption: a big announcement may say the same thing on every
network, so the "same text on several networks" rule leaves its variants alone.

The exemption belongs to a group of variants (PostGroup.major_announcement). Marking
posts that are not yet variants of one idea first gathers them into one group (the
group of one of them if they have just one), so that the rule sees them together.
One call is one undoable Edit: the posts' groups and the groups' marks come back.
"""

from __future__ import annotations

from collections.abc import Iterable

from smplanner.domain.post_refs import PostRef
from smplanner.services import calendar_queries
from smplanner.services.calendar_posts import post_changes
from smplanner.services.changes import Changes, Edit
from smplanner.storage import calendar_writes
from smplanner.storage.plan_file import PlanFile


def is_flagship(plan: PlanFile, posts: Iterable[PostRef]) -> bool:
    """True when every one of these posts is in a group marked as a flagship launch."""
    groups = calendar_queries.groups(plan)
    chosen = list(posts)
    return bool(chosen) and all(
        p.group_id is not None and p.group_id in groups and groups[p.group_id].major_announcement
        for p in chosen
    )


def _state(plan: PlanFile, ids: set[int]) -> tuple[dict[int, int | None], dict[int, bool]]:
    posts = calendar_queries.posts_by_id(plan, ids)
    groups = calendar_queries.groups(plan)
    marks = {g: groups[g].major_announcement for g in {p.group_id for p in posts} if g in groups}
    return {p.id: p.group_id for p in posts}, marks


def _restore(
    plan: PlanFile, state: tuple[dict[int, int | None], dict[int, bool]], days: set[int]
) -> Changes:
    post_groups, marks = state
    with plan.transaction():
        for post_id, group_id in post_groups.items():
            calendar_writes.set_post_group(plan.conn, post_id, group_id)
        for group_id, major in marks.items():
            calendar_writes.set_major_announcement(plan.conn, group_id, major)
    return post_changes(post_groups, days)


def set_flagship(plan: PlanFile, ids: Iterable[int], flagship: bool) -> Edit:
    """Mark (or unmark) posts as one flagship launch; ``value`` is how many posts."""
    wanted = set(ids)
    posts = calendar_queries.posts_by_id(plan, wanted)
    if not posts:
        return Edit.nothing(0)
    days = {p.scheduled_at.date().toordinal() for p in posts if p.scheduled_at is not None}
    before = _state(plan, wanted)
    with plan.transaction():
        if flagship:
            group_id = _common_group(plan, posts)
            for post in posts:
                if post.group_id != group_id:
                    calendar_writes.set_post_group(plan.conn, post.id, group_id)
            calendar_writes.set_major_announcement(plan.conn, group_id, True)
        else:
            for group_id in {p.group_id for p in posts if p.group_id is not None}:
                calendar_writes.set_major_announcement(plan.conn, group_id, False)
    after = _state(plan, wanted)
    if after == before:
        return Edit.nothing(len(posts))
    return Edit(
        post_changes(wanted, days),
        undo=lambda: _restore(plan, before, days),
        redo=lambda: _restore(plan, after, days),
        value=len(posts),
    )


def _common_group(plan: PlanFile, posts: list[PostRef]) -> int:
    """The group the posts will share: theirs if they have one between them, else new."""
    existing = sorted({p.group_id for p in posts if p.group_id is not None})
    if len(existing) == 1:
        return existing[0]
    first = posts[0]
    return calendar_writes.insert_group(plan.conn, first.title or first.text[:60])
