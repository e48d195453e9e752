"""Recurring series (every Tuesday, first Monday of the month…) with dateutil's rrule.

Occurrences are computed on wall-clock local times and the zone is attached after,
so a series at 18:00 stays at 18:00 across daylight-saving changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, rrulestr

MAX_OCCURRENCES = 366
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)


class SeriesScope(StrEnum):
    """Which occurrences a change made through one occurrence of a series reaches."""

    ONE = "one"  # this occurrence only
    FOLLOWING = "following"  # this one and the following ones
    ALL = "all"  # the whole series


class RecurrenceError(ValueError):
    """A rule text rrule cannot read."""


@dataclass(frozen=True)
class Recurrence:
    """What the series dialog asks: a frequency and either an end date or a count."""

    freq: str  # "WEEKLY" or "MONTHLY" (or "DAILY")
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # 0 = Monday; WEEKLY: which days
    month_position: int | None = None  # MONTHLY: 1 = first … -1 = last <weekday>
    count: int | None = None
    until: date | None = None

    def to_rule(self) -> str:
        """The RFC 5545 RRULE text (without DTSTART) stored with the series."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.weekdays:
            codes = [WEEKDAY_CODES[d] for d in self.weekdays]
            if self.freq == "MONTHLY" and self.month_position is not None:
                codes = [f"{self.month_position}{code}" for code in codes]
            parts.append("BYDAY=" + ",".join(codes))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)


def parse_rule(rule: str) -> Recurrence:
    """Read back a rule written by ``Recurrence.to_rule`` (to show it in a dialog).

    Parts the dialog does not offer are ignored; RecurrenceError names a bad part.
    """
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        if not value:
            raise RecurrenceError(f"'{rule}' is not a recurrence rule: '{part}' has no value")
        parts[key.strip().upper()] = value.strip().upper()
    freq = parts.get("FREQ", "")
    if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
        raise RecurrenceError(f"'{rule}': FREQ must be DAILY, WEEKLY or MONTHLY")
    weekdays: list[int] = []
    position: int | None = None
    for code in filter(None, parts.get("BYDAY", "").split(",")):
        day = code[-2:]
        if day not in WEEKDAY_CODES:
            raise RecurrenceError(f"'{rule}': '{code}' is not a weekday")
        weekdays.append(WEEKDAY_CODES.index(day))
        if code[:-2]:
            position = int(code[:-2])
    until = parts.get("UNTIL")
    return Recurrence(
        freq,
        interval=int(parts.get("INTERVAL", "1")),
        weekdays=tuple(weekdays),
        month_position=position,
        count=int(parts["COUNT"]) if "COUNT" in parts else None,
        until=date(int(until[:4]), int(until[4:6]), int(until[6:8])) if until else None,
    )


def occurrences(rule: str, first: datetime, *, limit: int = MAX_OCCURRENCES) -> list[datetime]:
    """Local aware datetimes of a series starting at ``first`` (aware, ZoneInfo).

    A rule with neither COUNT nor UNTIL stops after ``limit`` occurrences.
    """
    zone = first.tzinfo
    if not isinstance(zone, ZoneInfo):
        raise ValueError("the first occurrence must carry a ZoneInfo time zone")
    try:
        parsed = rrulestr(rule, dtstart=first.replace(tzinfo=None))
    except (ValueError, TypeError) as error:
        raise RecurrenceError(f"'{rule}' is not a recurrence rule: {error}") from None
    result: list[datetime] = []
    for moment in parsed:
        if len(result) >= limit:
            break
        result.append(moment.replace(tzinfo=zone))
    return result


def weekday_constant(weekday: int) -> object:
    """dateutil's weekday object for 0 = Monday … 6 = Sunday."""
    return _WEEKDAYS[weekday]
