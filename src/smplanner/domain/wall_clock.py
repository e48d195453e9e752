"""A wall-clock time in the plan's zone, read without guessing around changes of time.

When the clocks go back, an hour happens twice (02:30 on 25 October 2026 in Paris is
00:30 UTC, then 01:30 UTC); when they go forward, an hour does not exist. A time in
such an hour is refused with what to write instead, never silently chosen. A time
may carry its UTC offset (``02:30 +02:00``) to say which of the two it is: the
calendar CSV export writes one there, so that a round trip is stable. Pure.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from smplanner.messages import Message

_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?")


def offset_label(offset: timedelta | None) -> str:
    """'+02:00', '-04:30'."""
    seconds = int(offset.total_seconds()) if offset is not None else 0
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


def parse_offset(text: str) -> timedelta | None:
    """'+02:00', '+0200', '+2', 'UTC+2' as a timedelta; None if it is not an offset."""
    match = _OFFSET.fullmatch(text.strip())
    if not match:
        return None
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
    if hours > 18 or minutes > 59:
        return None
    value = timedelta(hours=hours, minutes=minutes)
    return -value if sign == "-" else value


def is_repeated(local: datetime) -> bool:
    """True in the hour the clocks repeat when they go back."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def clock_text(local: datetime) -> str:
    """'HH:MM', with the offset in the repeated hour so that it reads back exactly."""
    text = local.strftime("%H:%M")
    return f"{text} {offset_label(local.utcoffset())}" if is_repeated(local) else text


def _clock(clock: time) -> str:
    return clock.strftime("%H:%M")


def wall_clock_moment(
    day: date, clock: time, zone: ZoneInfo, offset: timedelta | None = None
) -> datetime:
    """The aware time a wall clock reads in ``zone``; ValueError (a Message) when the
    time falls in the hour the clocks skip, or in the repeated hour without an offset
    saying which, or with an offset the zone does not have then."""
    first = datetime.combine(day, clock, zone)
    second = first.replace(fold=1)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != first.replace(tzinfo=None):
        becomes = first.astimezone(UTC).astimezone(zone)
        raise ValueError(
            Message(
                "{time} does not exist on {day} in {zone} (the clocks go forward): write "
                "{becomes}, the time it becomes, or another time",
                time=_clock(clock),
                day=day,
                zone=zone.key,
                becomes=becomes.strftime("%H:%M"),
            )
        )
    candidates = [first] if first.utcoffset() == second.utcoffset() else [first, second]
    if offset is not None:
        for candidate in candidates:
            if candidate.utcoffset() == offset:
                # In the repeated hour, a fixed offset: Python never finds a zone's
                # repeated time equal to another zone's (PEP 495), so a round trip
                # would see the stored post as changed.
                return candidate if len(candidates) == 1 else candidate.astimezone(timezone(offset))
        raise ValueError(
            Message(
                "{time} {offset} is not a time of {zone} on {day} (its offset there is "
                "{actual}): write {time} without an offset",
                time=_clock(clock),
                offset=offset_label(offset),
                zone=zone.key,
                day=day,
                actual=" / ".join(offset_label(c.utcoffset()) for c in candidates),
            )
        )
    if len(candidates) == 2:
        raise ValueError(
            Message(
                "{time} happens twice on {day} in {zone} (the clocks go back): write "
                "{earlier} for the first one, before the change, or {later} for the second",
                time=_clock(clock),
                day=day,
                zone=zone.key,
                earlier=f"{_clock(clock)} {offset_label(first.utcoffset())}",
                later=f"{_clock(clock)} {offset_label(second.utcoffset())}",
            )
        )
    return first
