"""'Suggest a slot': the next free good hour for a network that keeps the weekly cap."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.domain.caps import fits_cap
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleSettings
from smplanner.domain.slots import SlotTable, peak_hours
from smplanner.domain.timing import is_night, is_weekend

GOOD_SCORE = 0.5
HORIZON_DAYS = 56


def suggest_slot(
    network: str,
    after: datetime,
    posts: list[PostRef],
    table: SlotTable,
    cap: int,
    settings: RuleSettings,
    *,
    ignoring: frozenset[int] = frozenset(),
    avoid_peaks: bool = True,
) -> datetime | None:
    """The first hour after ``after`` (local, aware) that is recommended (score >= 0.5),
    not at night nor (if warned) at the weekend, free on that network, within the cap.

    Peak hours are skipped on a first pass (competition), then accepted if nothing
    else fits within eight weeks. Returns None if no hour fits.
    """
    zone = after.tzinfo
    assert isinstance(zone, ZoneInfo), "suggest_slot needs a ZoneInfo-aware datetime"
    taken = {
        (p.scheduled_at.date(), p.scheduled_at.hour)
        for p in posts
        if p.network == network and p.scheduled_at is not None and p.id not in ignoring
    }
    peaks = peak_hours(table) if avoid_peaks else set()
    start = after.replace(minute=0, second=0, microsecond=0, tzinfo=None) + timedelta(hours=1)
    for step in range(HORIZON_DAYS * 24):
        # Walk wall-clock hours and attach the zone: DST days keep their local hours.
        local = (start + timedelta(hours=step)).replace(tzinfo=zone)
        key = (local.weekday(), local.hour)
        if table.get(key, 0.0) < GOOD_SCORE or key in peaks:
            continue
        if is_night(local, settings) or (settings.warns_weekend(network) and is_weekend(local)):
            continue
        if (local.date(), local.hour) in taken:
            continue
        if fits_cap(posts, network, local, cap, ignoring=ignoring):
            return local
    if avoid_peaks and peaks:
        return suggest_slot(
            network, after, posts, table, cap, settings, ignoring=ignoring, avoid_peaks=False
        )
    return None
