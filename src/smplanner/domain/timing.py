"""When a post goes out: at night, at the weekend, or in the network's busiest slot.

Times are local (the plan's time zone). In the peak slot the competition posts too,
so the rule suggests the nearest quieter recommended hour that day that is free.
"""

from __future__ import annotations

from datetime import datetime

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import (
    NIGHT,
    PEAK,
    WEEKEND,
    RuleContext,
    RuleSettings,
    RuleWarning,
)
from smplanner.domain.slots import SlotTable, peak_hours

NEARBY_HOURS = 3


def is_night(moment: datetime, settings: RuleSettings) -> bool:
    """True between night_start and night_end (the span may cross midnight)."""
    start, end = settings.night_start, settings.night_end
    if start == end:
        return False
    if start < end:
        return start <= moment.hour < end
    return moment.hour >= start or moment.hour < end


def is_weekend(moment: datetime) -> bool:
    return moment.weekday() >= 5


def quieter_nearby(
    moment: datetime, table: SlotTable, taken_hours: set[int], settings: RuleSettings
) -> datetime | None:
    """The closest recommended, non-peak, free hour within 3 h on the same day."""
    peaks = peak_hours(table)
    weekday = moment.weekday()
    for distance in range(1, NEARBY_HOURS + 1):
        candidates = []
        for hour in (moment.hour - distance, moment.hour + distance):
            if not 0 <= hour <= 23 or hour in taken_hours:
                continue
            if (weekday, hour) in peaks or table.get((weekday, hour), 0.0) <= 0:
                continue
            candidate = moment.replace(hour=hour, minute=0)
            if not is_night(candidate, settings):
                candidates.append((table[(weekday, hour)], candidate))
        if candidates:
            return max(candidates, key=lambda item: item[0])[1]
    return None


def timing_warnings(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    """Night, weekend and peak-slot warnings for the scheduled posts."""
    settings = context.settings
    taken: dict[tuple[str, object], set[int]] = {}
    for post in posts:
        if post.scheduled_at is not None:
            key = (post.network, post.scheduled_at.date())
            taken.setdefault(key, set()).add(post.scheduled_at.hour)
    warnings = []
    for post in posts:
        moment = post.scheduled_at
        if moment is None:
            continue
        if is_night(moment, settings):
            warnings.append(RuleWarning(NIGHT, (post.id,), post.network, {"hour": moment.hour}))
        if settings.warns_weekend(post.network) and is_weekend(moment):
            warnings.append(RuleWarning(WEEKEND, (post.id,), post.network))
        table = context.slots.get(post.network, {})
        if (moment.weekday(), moment.hour) in peak_hours(table):
            busy = taken.get((post.network, moment.date()), set())
            suggestion = quieter_nearby(moment, table, busy, settings)
            warnings.append(RuleWarning(PEAK, (post.id,), post.network, {"suggestion": suggestion}))
    return warnings
