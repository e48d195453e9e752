"""Where dropped or nudged posts land, and the move (or copy) as one undoable Edit.

The window says only which posts and which cell (a day, or a day and an hour; no
cell: back to the ideas); the times are worked out here from the posts as
stored, so the UI never reads a post's schedule to move it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from smplanner.domain.post_refs import PostRef
from smplanner.domain.recurrence import SeriesScope
from smplanner.domain.slots import as_table, peak_hours
from smplanner.services import calendar_edits, calendar_queries
from smplanner.services.changes import Edit
from smplanner.services.time_slots import effective_slots
from smplanner.storage import calendar_rows
from smplanner.storage.plan_file import PlanFile

DEFAULT_HOUR = 10


@dataclass(frozen=True)
class Landing:
    """What a drop or a nudge did, for the undo menu: how many posts, and where the
    first one went (None: to the ideas)."""

    count: int
    first: datetime | None


def best_hour(plan: PlanFile, network: str, day: date) -> int:
    """The best daytime hour of that weekday that is not the network's peak: a drop
    in the peak slot would at once get the "competition posts then too" warning."""
    slots, _source = effective_slots(plan, network)
    peaks = peak_hours(as_table(slots))
    ranked = sorted(
        (s for s in slots if s.weekday == day.weekday() and 8 <= s.hour <= 20 and s.score > 0),
        key=lambda s: ((s.weekday, s.hour) in peaks, -s.score, s.hour),
    )
    return ranked[0].hour if ranked else DEFAULT_HOUR


def landing_time(
    plan: PlanFile, post: PostRef, day: date, hour: int | None, minute: int | None = None
) -> datetime:
    """Where a post lands in a cell: the cell's hour (at ``minute``, where the pointer
    was, else the post's own minutes), else its own time of day, else its network's
    best slot that weekday, else 10:00 (in the plan's zone)."""
    zone = calendar_rows.plan_zone(plan.conn)
    if hour is not None:
        if minute is None:
            minute = post.scheduled_at.minute if post.scheduled_at else 0
        return datetime.combine(day, time(hour, minute), zone)
    if post.scheduled_at is not None:
        return datetime.combine(day, post.scheduled_at.timetz().replace(tzinfo=None), zone)
    return datetime.combine(day, time(best_hour(plan, post.network, day)), zone)


def drop(
    plan: PlanFile,
    ids: Iterable[int],
    day: date | None,
    hour: int | None,
    *,
    copy: bool,
    minute: int | None = None,
) -> Edit:
    """Move (or copy) posts to a day (and hour, and minute), or back to the ideas
    (``day`` None); ``value`` is a Landing."""
    posts = calendar_queries.posts_by_id(plan, set(ids))
    if not posts:
        return Edit.nothing(Landing(0, None))
    targets = {
        p.id: None if day is None else landing_time(plan, p, day, hour, minute) for p in posts
    }
    edit = (calendar_edits.copy if copy else calendar_edits.move)(plan, targets)
    return _landed(edit, Landing(len(posts), targets[posts[0].id]))


def shift(plan: PlanFile, ids: Iterable[int], days: int = 0, hours: int = 0) -> Edit:
    """Nudge dated posts by days or hours, wall-clock (a DST change keeps the hour);
    ideas stay where they are. ``value`` is a Landing (first: the first of ``ids``)."""
    zone = calendar_rows.plan_zone(plan.conn)
    order = list(dict.fromkeys(ids))
    found = {p.id: p for p in calendar_queries.posts_by_id(plan, order)}
    dated = [found[i] for i in order if i in found and found[i].scheduled_at is not None]
    if not dated:
        return Edit.nothing(Landing(0, None))
    step = timedelta(days=days, hours=hours)
    targets: dict[int, datetime | None] = {
        p.id: (when.replace(tzinfo=None) + step).replace(tzinfo=zone)
        for p in dated
        if (when := p.scheduled_at) is not None
    }
    return _landed(calendar_edits.move(plan, targets), Landing(len(dated), targets[dated[0].id]))


def _landed(edit: Edit, landing: Landing) -> Edit:
    from dataclasses import replace

    return replace(edit, value=landing)


def move_in_scope(
    plan: PlanFile,
    post_id: int,
    day: date,
    hour: int | None,
    scope: SeriesScope,
    minute: int | None = None,
) -> Edit:
    """Move a series occurrence to a cell and, by the same amount, the others in
    ``scope`` (calendar_series); ``value`` is a Landing (first: that occurrence)."""
    from smplanner.services import calendar_series

    found = calendar_queries.posts_by_id(plan, [post_id])
    if not found:
        return Edit.nothing(Landing(0, None))
    target = landing_time(plan, found[0], day, hour, minute)
    targets = calendar_series.scope_targets(plan, found[0], target, scope)
    return _landed(calendar_edits.move(plan, targets), Landing(len(targets), target))
