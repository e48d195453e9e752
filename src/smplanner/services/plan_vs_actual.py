"""Plan versus actual for the Statistics tab: every planned post due by now against
the imported posts and the stored matches (services/statistics_matching makes them).
"""

from __future__ import annotations

from datetime import datetime

from smplanner.domain.plan_actual import PlanActual, PlannedItem, compare
from smplanner.services import statistics_queries as queries
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.statistics_matches import select_matches


def plan_versus_actual(plan: PlanFile, now: datetime | None = None) -> PlanActual:
    """What became of each planned post whose time has passed (``now``: the clock)."""
    from smplanner.services.calendar_queries import all_posts
    from smplanner.services.statistics_ingest import plan_timezone

    zone = plan_timezone(plan)
    moment = now or datetime.now(zone)
    planned = [
        PlannedItem(p.id, p.network, p.title or p.text.split("\n", 1)[0], p.scheduled_at, p.status)
        for p in all_posts(plan)
        if p.scheduled_at is not None
    ]
    # Published times in the plan's zone, as the calendar shows the planned ones.
    imported = {
        row[0]: (row[1], row[4].astimezone(zone) if row[4] and row[4].tzinfo else row[4])
        for row in queries.posts_to_match(plan)
    }
    matches = [(a, b, how) for a, b, how, _ in select_matches(plan.conn)]
    return compare(planned, imported, matches, moment)
