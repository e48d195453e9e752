"""Editing a recurring series through one of its occurrences: this one only, this and
the following ones, or the whole series; and changing the repeat rule afterwards.

Times move by wall-clock amounts (a series at 18:00 stays at 18:00 across a
daylight-saving change). Undo data is returned to the caller (the UI's undo step).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft, PostRef, SeriesRef
from smplanner.domain.recurrence import RecurrenceError, SeriesScope, occurrences
from smplanner.errors import UserError
from smplanner.services import calendar_queries
from smplanner.services.calendar_posts import (
    check_draft,
    post_changes,
    restore_posts,
    update_post,
)
from smplanner.services.changes import Changes
from smplanner.storage import calendar_rows, calendar_writes
from smplanner.storage.plan_file import PlanFile, now_iso

ONE = SeriesScope.ONE
FOLLOWING = SeriesScope.FOLLOWING
ALL = SeriesScope.ALL
SCOPES = tuple(SeriesScope)


class SeriesError(UserError, ValueError):
    """A series change that cannot be made as asked."""


def _local_wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def _post_wall(post: PostRef, zone: ZoneInfo) -> datetime:
    """A dated occurrence's wall-clock time (change_rule keeps only the dated ones)."""
    assert post.scheduled_at is not None
    return _local_wall(post.scheduled_at, zone)


def in_scope(plan: PlanFile, post: PostRef, scope: SeriesScope) -> list[PostRef]:
    """The occurrences a change to ``post`` reaches, in time order (``post`` included)."""
    if scope not in SCOPES:
        raise SeriesError(f"Scope '{scope}' is unknown: use one of {', '.join(SCOPES)}.")
    if scope == ONE or post.series_id is None:
        return [post]
    posts = calendar_queries.posts_in_series(plan, post.series_id)
    if scope == ALL or post.scheduled_at is None:
        return posts
    return [p for p in posts if p.scheduled_at is not None and p.scheduled_at >= post.scheduled_at]


def scope_targets(
    plan: PlanFile, post: PostRef, target: datetime | None, scope: SeriesScope
) -> dict[int, datetime | None]:
    """New times when ``post`` goes to ``target``: the others move by the same
    wall-clock amount (days and time of day). Back to the ideas: this post only."""
    if target is None or post.scheduled_at is None or scope == ONE:
        return {post.id: target}
    zone = calendar_rows.plan_zone(plan.conn)
    delta = _local_wall(target, zone) - _local_wall(post.scheduled_at, zone)
    targets: dict[int, datetime | None] = {}
    for occurrence in in_scope(plan, post, scope):
        if occurrence.scheduled_at is None:
            continue
        moved = _local_wall(occurrence.scheduled_at, zone) + delta
        targets[occurrence.id] = moved.replace(tzinfo=zone)
    targets[post.id] = target
    return targets


def edit_in_scope(plan: PlanFile, post_id: int, draft: PostDraft, scope: SeriesScope) -> Changes:
    """Apply an edit of one occurrence to the occurrences in ``scope``.

    ONE detaches the occurrence (later series edits leave it alone). FOLLOWING and
    ALL give every reached occurrence the draft's text and details, except those
    edited on their own before; a changed date or time moves them all alike.
    """
    check_draft(draft)
    found = calendar_queries.posts_by_id(plan, [post_id])
    if not found:
        raise SeriesError(f"Post {post_id} no longer exists: it was deleted meanwhile.")
    post = found[0]
    if scope == ONE or post.series_id is None:
        return update_post(plan, post_id, draft)
    zone = calendar_rows.plan_zone(plan.conn)
    times = scope_targets(plan, post, draft.scheduled_at, scope)
    reached = [p for p in in_scope(plan, post, scope) if p.id == post.id or not p.detached]
    stamp = now_iso()
    with plan.transaction():
        for occurrence in reached:
            moment = times.get(occurrence.id, occurrence.scheduled_at)
            row = calendar_rows.draft_to_row(replace(draft, scheduled_at=moment), zone)
            row["updated_at"] = stamp
            calendar_writes.update_post(plan.conn, occurrence.id, row)
    moments = [p.scheduled_at for p in reached] + [times.get(p.id) for p in reached]
    days = {m.date().toordinal() for m in moments if m is not None}
    return post_changes([p.id for p in reached], days)


def restore_series(plan: PlanFile, series: SeriesRef, posts: list[PostRef]) -> Changes:
    """Put back a series row and its occurrences (undo of deleting the whole series)."""
    with plan.transaction():
        calendar_writes.upsert_series(
            plan.conn,
            {
                "id": series.id,
                "rule": series.rule,
                "starts_at": series.starts_at.isoformat(timespec="minutes"),
                "title": series.title,
            },
        )
    return restore_posts(plan, posts)


@dataclass(frozen=True)
class RuleChange:
    """What changing a series' rule did, to undo it."""

    series: SeriesRef  # as it was
    created: tuple[int, ...]
    removed: tuple[PostRef, ...]


def change_rule(plan: PlanFile, series_id: int, rule: str) -> tuple[RuleChange, Changes]:
    """Repeat a series by a new rule from its first occurrence.

    Occurrences at a moment the new rule keeps stay as they are; those it drops
    are removed unless published or edited on their own; new moments get a
    copy of the first occurrence (text and details).
    """
    old = calendar_queries.series(plan).get(series_id)
    if old is None:
        raise SeriesError(f"Series {series_id} no longer exists: it was deleted meanwhile.")
    posts = [p for p in calendar_queries.posts_in_series(plan, series_id) if p.scheduled_at]
    if not posts:
        raise SeriesError("This series has no dated occurrence left to repeat from.")
    zone = calendar_rows.plan_zone(plan.conn)
    movable = [p for p in posts if not p.detached and p.status != "published"]
    template = (movable or posts)[0]
    assert template.scheduled_at is not None
    first = template.scheduled_at.astimezone(zone)
    try:
        moments = occurrences(rule, first)
    except RecurrenceError as error:
        raise SeriesError(str(error)) from None
    if not moments:
        raise SeriesError("This repeat rule gives no date: check its end date or count.")
    wanted = {_local_wall(m, zone) for m in moments}
    kept_days = {_post_wall(p, zone).date() for p in posts if p not in movable}
    removed = [p for p in movable if _post_wall(p, zone) not in wanted]
    present = {_post_wall(p, zone) for p in movable if p not in removed}
    draft = calendar_rows.post_as_draft(template)
    stamp = now_iso()
    created: list[int] = []
    with plan.transaction():
        calendar_writes.delete_posts(plan.conn, [post.id for post in removed])
        for moment in moments:
            wall = _local_wall(moment, zone)
            if wall in present or wall.date() in kept_days:
                continue
            row = calendar_rows.draft_to_row(replace(draft, scheduled_at=moment), zone)
            row.update(series_id=series_id, created_at=stamp, updated_at=stamp)
            created.append(calendar_writes.insert_post(plan.conn, row))
        calendar_writes.set_series_rule(
            plan.conn, series_id, rule, first.isoformat(timespec="minutes")
        )
    days = {m.date().toordinal() for m in moments}
    days |= {p.scheduled_at.date().toordinal() for p in removed if p.scheduled_at}
    change = RuleChange(old, tuple(created), tuple(removed))
    return change, post_changes([*created, *(p.id for p in removed)], days)


def undo_rule_change(plan: PlanFile, change: RuleChange) -> Changes:
    """Take a rule change back: new occurrences go, removed ones return, old rule."""
    gone = calendar_queries.posts_by_id(plan, change.created)
    with plan.transaction():
        calendar_writes.delete_posts(plan.conn, change.created)
        calendar_writes.set_series_rule(
            plan.conn,
            change.series.id,
            change.series.rule,
            change.series.starts_at.isoformat(timespec="minutes"),
        )
    changes = restore_posts(plan, list(change.removed))
    days = {p.scheduled_at.date().toordinal() for p in gone if p.scheduled_at}
    return changes.merged(post_changes(change.created, days))
