"""Plan versus actual for the Statistics tab: every planned post due by now against
the imported posts and the stored matches (services/statistics_matching makes them).

Reads only what the comparison needs (storage/plan_actual_reads.py): on a plan of a
million imported posts it runs in well under a second, on a worker (the pane's).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from smplanner.domain.plan_actual import PlanActual, PlannedItem, compare_with_reach
from smplanner.storage import plan_actual_reads as reads
from smplanner.storage.plan_file import PlanFile


def plan_versus_actual(plan: PlanFile, now: datetime | None = None) -> PlanActual:
    """What became of each planned post whose time has passed (``now``: the clock)."""
    from smplanner.services.statistics_ingest import plan_timezone

    zone = plan_timezone(plan)
    moment = now or datetime.now(zone)
    # Stored times are the plan's wall clock: a day's margin, then exact moments.
    until = (moment.astimezone(zone) + timedelta(days=1)).isoformat(timespec="minutes")
    planned = [
        PlannedItem(i, network, name or "", datetime.fromisoformat(at), status)
        for i, network, name, at, status in reads.select_planned_until(plan.conn, until)
    ]
    matched = [
        (imported, planned_id, how, _in_zone(at, zone))
        for imported, planned_id, how, at in reads.select_matched_times(plan.conn)
    ]
    latest = {
        network: reach
        for network, at in reads.latest_published(plan.conn).items()
        if (reach := _in_zone(at, zone)) is not None
    }
    return compare_with_reach(planned, matched, latest, reads.count_imported(plan.conn), moment)


def _in_zone(text: str | None, zone: tzinfo) -> datetime | None:
    """A stored published time in the plan's zone, as the calendar shows planned ones."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(zone) if moment.tzinfo else moment
