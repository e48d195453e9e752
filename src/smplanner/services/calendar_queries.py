"""Read API of the calendar: posts, campaigns, groups (for every feature and the CLI).

``start``/``end`` may be dates (local days of the plan's time zone, end exclusive)
or aware datetimes. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from smplanner.domain.post_refs import CampaignRef, PostGroup, PostRef, SeriesRef
from smplanner.services.changes import Topic
from smplanner.storage import calendar_rows
from smplanner.storage.plan_file import PlanFile

# Change topics of the calendar feature (services/changes.Topic).
POSTS = Topic.POSTS
CAMPAIGNS = Topic.CAMPAIGNS
TIME_SLOTS = Topic.TIME_SLOTS
CALENDAR_SETTINGS = Topic.CALENDAR_SETTINGS


def _bound(plan: PlanFile, moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        stored = calendar_rows.to_storage_time(moment, calendar_rows.plan_zone(plan.conn))
        assert stored is not None
        return stored
    # A bare day compares below every time of that day ("2026-10-14" < "2026-10-14T…").
    return moment.isoformat()


def posts_between(plan: PlanFile, start: date | datetime, end: date | datetime) -> list[PostRef]:
    """Scheduled posts with start <= scheduled_at < end, in time order."""
    return calendar_rows.select_posts(
        plan.conn,
        "WHERE scheduled_at >= ? AND scheduled_at < ?",
        (_bound(plan, start), _bound(plan, end)),
        dated=True,
    )


def posts_on_days(plan: PlanFile, days: list[date]) -> list[PostRef]:
    """Scheduled posts on these local days (one indexed range query per day)."""
    result: list[PostRef] = []
    for day in sorted(set(days)):
        result.extend(posts_between(plan, day, day + timedelta(days=1)))
    return result


def all_posts(plan: PlanFile) -> list[PostRef]:
    """Every post, scheduled ones in time order, then the ideas (no date)."""
    return calendar_rows.select_posts(plan.conn)


def ideas(plan: PlanFile) -> list[PostRef]:
    """The backlog: posts with no date."""
    return calendar_rows.select_posts(plan.conn, "WHERE scheduled_at IS NULL")


def posts_by_id(plan: PlanFile, ids: Iterable[int]) -> list[PostRef]:
    """These posts (missing ids are skipped), in time order."""
    wanted = sorted(ids)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    return calendar_rows.select_posts(plan.conn, f"WHERE id IN ({marks})", wanted)


def posts_in_group(plan: PlanFile, group_id: int) -> list[PostRef]:
    return calendar_rows.select_posts(plan.conn, "WHERE group_id = ?", (group_id,))


def posts_in_series(plan: PlanFile, series_id: int) -> list[PostRef]:
    return calendar_rows.select_posts(plan.conn, "WHERE series_id = ?", (series_id,))


def campaigns(plan: PlanFile) -> list[CampaignRef]:
    """Campaigns and events (date ranges), by start date."""
    return calendar_rows.select_campaigns(plan.conn)


def groups(plan: PlanFile) -> dict[int, PostGroup]:
    """Variant groups by id."""
    return calendar_rows.select_groups(plan.conn)


def series(plan: PlanFile) -> dict[int, SeriesRef]:
    """Recurring series by id."""
    return calendar_rows.select_series(plan.conn)


def post_count(plan: PlanFile) -> int:
    return calendar_rows.count_posts(plan.conn)
