"""Edit posts: create, update, move, copy, delete, restore, variants per network.

Each function is one transaction returning Changes with the POSTS topic, the post
ids touched (``posts``) and the local days touched as ordinals (``days``), so that
a calendar view repaints only those days.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from smplanner.domain.networks import network_ids
from smplanner.domain.post_refs import STATUSES, PostDraft, PostRef
from smplanner.domain.post_status import PostStatus, comment_after
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.calendar_queries import POSTS, posts_by_id
from smplanner.services.changes import Changes
from smplanner.storage import calendar_rows, calendar_writes
from smplanner.storage.plan_file import PlanFile, now_iso

Schedule = dict[int, tuple[str | None, str]]  # id -> (stored scheduled_at, status)


class PostError(UserError, ValueError):
    """A post field that cannot be stored; the message names the field."""


def _days(moments: Iterable[datetime | None]) -> set[int]:
    return {m.date().toordinal() for m in moments if m is not None}


def _stored_days(values: Iterable[str | None]) -> set[int]:
    return {date.fromisoformat(v[:10]).toordinal() for v in values if v}


def _one(plan: PlanFile, post_id: int) -> PostRef:
    found = posts_by_id(plan, [post_id])
    if not found:
        raise PostError(
            Message("Post {post} no longer exists: it was deleted meanwhile.", post=str(post_id))
        )
    return found[0]


def post_changes(ids: Iterable[int], days: set[int]) -> Changes:
    return Changes.of(POSTS, posts=ids, days=days)


def check_draft(draft: PostDraft) -> None:
    """Refuse a network or status the plan does not know (PostError names it)."""
    if draft.network not in network_ids():
        raise PostError(
            Message(
                "Network '{network}' is unknown: use one of {known}.",
                network=draft.network,
                known=", ".join(network_ids()),
            )
        )
    if draft.status not in STATUSES:
        raise PostError(
            Message(
                "Status '{status}' is unknown: use one of {known}.",
                status=draft.status,
                known=", ".join(STATUSES),
            )
        )
    if draft.scheduled_at is not None and draft.scheduled_at.tzinfo is None:
        raise PostError(Message("The post's date has no time zone."))


def create_posts(plan: PlanFile, drafts: list[PostDraft]) -> tuple[list[int], Changes]:
    """Insert posts; return their ids and what changed."""
    for draft in drafts:
        check_draft(draft)
    zone = calendar_rows.plan_zone(plan.conn)
    stamp = now_iso()
    ids = []
    with plan.transaction():
        for draft in drafts:
            row = calendar_rows.draft_to_row(draft, zone)
            row.update(created_at=stamp, updated_at=stamp)
            ids.append(calendar_writes.insert_post(plan.conn, row))
    return ids, post_changes(ids, _days(d.scheduled_at for d in drafts))


def update_post(plan: PlanFile, post_id: int, draft: PostDraft) -> Changes:
    """Replace the editable fields of one post (a series occurrence becomes detached)."""
    check_draft(draft)
    before = _one(plan, post_id)
    zone = calendar_rows.plan_zone(plan.conn)
    row = calendar_rows.draft_to_row(draft, zone)
    row.update(updated_at=now_iso(), detached=int(before.series_id is not None))
    with plan.transaction():
        calendar_writes.update_post(plan.conn, post_id, row)
    return post_changes([post_id], _days([before.scheduled_at, draft.scheduled_at]))


def restore_posts(plan: PlanFile, posts: list[PostRef]) -> Changes:
    """Write these posts back exactly as they were (undo of an edit or a delete)."""
    zone = calendar_rows.plan_zone(plan.conn)
    with plan.transaction():
        old = {p.id: p for p in posts_by_id(plan, [p.id for p in posts])}
        calendar_writes.upsert_posts(plan.conn, [calendar_rows.post_to_row(p, zone) for p in posts])
    moments = [p.scheduled_at for p in posts] + [p.scheduled_at for p in old.values()]
    return post_changes([p.id for p in posts], _days(moments))


def delete_posts(plan: PlanFile, ids: Iterable[int]) -> Changes:
    """Remove posts (undo with restore_posts on the PostRefs read before)."""
    doomed = posts_by_id(plan, set(ids))
    with plan.transaction():
        calendar_writes.delete_posts(plan.conn, [post.id for post in doomed])
    return post_changes([p.id for p in doomed], _days(p.scheduled_at for p in doomed))


def schedule_of(plan: PlanFile, ids: Iterable[int]) -> Schedule:
    """The stored time and status of these posts (to undo a move)."""
    return calendar_rows.select_schedule(plan.conn, ids)


def move_posts(plan: PlanFile, targets: dict[int, datetime | None]) -> Changes:
    """Give posts new times (None = back to the backlog of ideas).

    An idea given a date becomes a draft; a post sent back to the backlog becomes
    an idea again. Other statuses are kept.
    """
    zone = calendar_rows.plan_zone(plan.conn)
    before = schedule_of(plan, targets)
    stamp = now_iso()
    with plan.transaction():
        for post_id, moment in targets.items():
            if post_id not in before:
                continue
            status = before[post_id][1]
            if moment is None:
                status = "idea"
            elif status == "idea":
                status = "draft"
            stored = calendar_rows.to_storage_time(moment, zone)
            calendar_writes.set_schedule(plan.conn, post_id, stored, status, stamp)
    days = _days(targets.values()) | _stored_days(v[0] for v in before.values())
    return post_changes(before, days)


def restore_schedule(plan: PlanFile, schedule: Schedule) -> Changes:
    """Put times and statuses back as ``schedule_of`` read them (undo of a move)."""
    current = schedule_of(plan, schedule)
    with plan.transaction():
        for post_id, (stored, status) in schedule.items():
            calendar_writes.set_schedule(plan.conn, post_id, stored, status, None)
    days = _stored_days(v[0] for v in schedule.values())
    days |= _stored_days(v[0] for v in current.values())
    return post_changes(schedule, days)


def mark_published(plan: PlanFile, post_ids: Iterable[int]) -> Changes:
    """Mark planned posts as published (the statistics found them among the imported
    posts). Undo with ``restore_schedule`` of the ``schedule_of`` read before."""
    before = schedule_of(plan, post_ids)
    stamp = now_iso()
    with plan.transaction():
        for post_id, (_stored, status) in before.items():
            if status != "published":
                calendar_writes.set_published(plan.conn, post_id, stamp)
    return post_changes(before, _stored_days(v[0] for v in before.values()))


def copy_posts(plan: PlanFile, targets: dict[int, datetime | None]) -> tuple[list[int], Changes]:
    """Duplicate posts at new times (Ctrl-drag); copies leave series and keep groups."""
    originals = {p.id: p for p in posts_by_id(plan, targets)}
    drafts = []
    for post_id, moment in targets.items():
        post = originals.get(post_id)
        if post is None:
            continue
        draft = calendar_rows.post_as_draft(post)
        status = "idea" if moment is None else ("draft" if post.status == "idea" else post.status)
        drafts.append(_replace(draft, scheduled_at=moment, status=status))
    return create_posts(plan, drafts)


def _replace(draft: PostDraft, **changes: Any) -> PostDraft:
    from dataclasses import replace

    return replace(draft, **changes)


def make_variants(plan: PlanFile, post_id: int, networks: list[str]) -> tuple[list[int], Changes]:
    """Turn a post into a group of variants, one per extra network (text copied, to adapt).

    Returns the ids of the new variants; the original joins (or creates) the group.
    """
    post = _one(plan, post_id)
    zone = calendar_rows.plan_zone(plan.conn)
    stamp = now_iso()
    ids: list[int] = []
    with plan.transaction():
        group_id = post.group_id
        if group_id is None:
            group_id = calendar_writes.insert_group(plan.conn, post.title or post.text[:60])
            calendar_writes.set_post_group(plan.conn, post_id, group_id)
        for network in networks:
            if network == post.network:
                continue
            if network not in network_ids():
                raise PostError(Message("Network '{network}' is unknown.", network=network))
            draft = _replace(calendar_rows.post_as_draft(post), network=network, group_id=group_id)
            row = calendar_rows.draft_to_row(draft, zone)
            row.update(created_at=stamp, updated_at=stamp)
            ids.append(calendar_writes.insert_post(plan.conn, row))
    return ids, post_changes([post_id, *ids], _days([post.scheduled_at]))


def set_major_announcement(plan: PlanFile, group_id: int, major: bool) -> Changes:
    """Mark a group as a major announcement (the same text may then repeat)."""
    with plan.transaction():
        calendar_writes.set_major_announcement(plan.conn, group_id, major)
    ids = [
        post.id for post in calendar_rows.select_posts(plan.conn, "WHERE group_id = ?", [group_id])
    ]
    return post_changes(ids, set())


def set_status(
    plan: PlanFile, ids: Iterable[int], status: str, comment: str | None = None
) -> Changes:
    """Give posts a status (the client's comment with "changes requested").

    An idea (no date) stays an idea: a status past "idea" needs a date on the
    calendar, so undated posts are left as they are. See post_status.comment_after
    for what happens to an earlier comment.
    """
    wanted = parse_known_status(status)
    posts = posts_by_id(plan, set(ids))
    changed = [p for p in posts if p.scheduled_at is not None or wanted is PostStatus.IDEA]
    stamp = now_iso()
    with plan.transaction():
        for post in changed:
            kept = comment_after(wanted, post.client_comment, comment)
            calendar_writes.set_status(plan.conn, post.id, wanted.value, kept, stamp)
    return post_changes([p.id for p in changed], _days(p.scheduled_at for p in changed))


def set_labels(plan: PlanFile, targets: dict[int, tuple[int, ...]]) -> Changes:
    """Give posts exactly these labels (post id -> label ids); one transaction."""
    posts = posts_by_id(plan, targets)
    with plan.transaction():
        for post in posts:
            calendar_writes.set_post_labels(plan.conn, post.id, targets[post.id])
    return post_changes([p.id for p in posts], _days(p.scheduled_at for p in posts))


def parse_known_status(value: str) -> PostStatus:
    """The PostStatus for ``value``, or a PostError that lists the known ones."""
    try:
        return PostStatus(value)
    except ValueError:
        raise PostError(
            Message(
                "Status '{status}' is unknown: use one of {known}.",
                status=value,
                known=", ".join(STATUSES),
            )
        ) from None


def posts_for_undo(plan: PlanFile, ids: Iterable[int]) -> list[PostRef]:
    """Read posts before a change, to restore them on undo."""
    return posts_by_id(plan, set(ids))
