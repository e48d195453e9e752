"""One reading of the plan's time zone, for the calendar and the statistics alike."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from smplanner.services.statistics_ingest import plan_timezone
from smplanner.storage import calendar_rows
from smplanner.storage.plan_properties_repo import plan_zone


def set_zone(plan, name):  # type: ignore[no-untyped-def]
    with plan.transaction():
        plan.conn.execute("UPDATE plan SET timezone = ? WHERE id = 1", (name,))


def test_the_calendar_and_the_statistics_read_the_same_zone(plan) -> None:
    set_zone(plan, "America/Montreal")
    assert plan_zone(plan.conn) == ZoneInfo("America/Montreal")
    assert calendar_rows.plan_zone(plan.conn) == plan_timezone(plan) == plan_zone(plan.conn)


def test_a_zone_this_computer_does_not_know_reads_as_utc_everywhere(plan) -> None:
    set_zone(plan, "Mars/Olympus_Mons")
    assert calendar_rows.plan_zone(plan.conn) == plan_timezone(plan) == ZoneInfo("UTC")
