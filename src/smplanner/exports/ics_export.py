"""Write the calendar as an .ics file, streamed from the plan.

Posts come from SQLite a batch at a time and go to the file event by event, so the
cost in memory does not grow with the plan (50,000 posts: issue #13's budget is
200 MB and twice a plain string writer's time). Only reads the plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_selection import EVERYTHING, PostSelection
from smplanner.exports.ics_calendar import (
    CalendarContext,
    calendar_chunks,
    year_range,
)
from smplanner.services import calendar_queries
from smplanner.services.calendar_export import ExportResult, plan_names
from smplanner.services.export_json import open_atomically
from smplanner.storage import calendar_rows
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid, read_properties


def write_ics(
    plan: PlanFile,
    target: Path,
    selection: PostSelection | None = None,
    *,
    now: datetime | None = None,
) -> ExportResult:
    """The dated posts and the campaigns of the selection as one .ics file."""
    selection = selection or EVERYTHING
    properties = read_properties(plan)
    pillars, objectives, campaign_names = plan_names(plan)
    context = CalendarContext(
        client_name=properties.client_name,
        zone=calendar_rows.plan_zone(plan.conn),
        plan_uuid=plan_uuid(plan),
        language=properties.language,
        now=now or datetime.now(UTC),
        pillars=pillars,
        objectives=objectives,
        campaigns=campaign_names,
        revisions=calendar_rows.post_revisions(plan.conn),
    )
    ranges = [c for c in calendar_queries.campaigns(plan) if selection.accepts_campaign(c)]
    stored = calendar_rows.scheduled_span(plan.conn)
    days = [*(stored or ()), *(c.starts_on for c in ranges), *(c.ends_on for c in ranges)]
    span = year_range(days, context.now.date())
    written = 0

    def chosen_posts() -> Iterator[PostRef]:
        nonlocal written
        for post in calendar_rows.stream_posts(plan.conn, "WHERE scheduled_at IS NOT NULL"):
            if selection.accepts(post):
                written += 1
                yield post

    with open_atomically(Path(target)) as handle:
        for chunk in calendar_chunks(chosen_posts(), ranges, context, span):
            handle.write(chunk.encode("utf-8"))
    return ExportResult([Path(target)], written + len(ranges))
