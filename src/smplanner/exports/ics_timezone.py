"""The VTIMEZONE block of a calendar, from the Olson zone's real changes of time.

Each change of time between two dates is found in the zone database and written as
an onset: DTSTART for the first of a kind, then one RDATE line per later change
(RFC 5545 §3.6.5). One date per RDATE line matters: vobject-based servers
(Radicale and others) misread a comma-separated RDATE list, where icalendar reads
both. Onsets are the local time *before* the change, as the RFC's examples give
them (Paris goes to summer time at 02:00 CET and back at 03:00 CEST). Pure: no files.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.exports.ics_text import local_stamp, offset_text


@dataclass(frozen=True)
class Change:
    """One change of the zone's offset, at ``instant`` (UTC)."""

    instant: datetime
    before: int  # seconds east of UTC
    after: int
    name: str
    daylight: bool

    @property
    def onset(self) -> datetime:
        """The wall-clock time at which the change happens, read in the old offset."""
        return (self.instant + timedelta(seconds=self.before)).replace(tzinfo=None)


def _offset(zone: ZoneInfo, instant: datetime) -> int:
    offset = instant.astimezone(zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def changes(zone: ZoneInfo, first: date, last: date) -> list[Change]:
    """Every change of time of ``zone`` from ``first`` to ``last`` (UTC days)."""
    found = []
    step = timedelta(hours=6)  # no zone changes twice within six hours
    moment = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime(last.year, last.month, last.day, tzinfo=UTC)
    offset = _offset(zone, moment)
    while moment < end:
        following = moment + step
        next_offset = _offset(zone, following)
        if next_offset != offset:
            low, high = moment, following  # the change is in (low, high]: bisect to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == offset:
                    low = middle
                else:
                    high = middle
            instant = high.replace(second=0, microsecond=0)
            local = instant.astimezone(zone)
            dst = local.dst()
            found.append(Change(instant, offset, next_offset, local.tzname() or "", bool(dst)))
            offset = next_offset
        moment = following
    return found


def vtimezone_lines(zone: ZoneInfo, first: date, last: date) -> Iterator[str]:
    """The unfolded content lines of the zone's VTIMEZONE, covering ``first``–``last``."""
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    local = start.astimezone(zone)
    offset = _offset(zone, start)
    yield "BEGIN:VTIMEZONE"
    yield f"TZID:{zone.key}"
    # What holds before the first change (or all along, for a zone without changes).
    kind = "DAYLIGHT" if local.dst() else "STANDARD"
    yield from _component(kind, local.tzname() or "", offset, offset, [local_stamp(local)])
    groups: dict[tuple[bool, int, int, str], list[Change]] = {}
    for change in changes(zone, first, last):
        groups.setdefault((change.daylight, change.before, change.after, change.name), []).append(
            change
        )
    for (daylight, before, after, name), members in groups.items():
        onsets = [local_stamp(change.onset) for change in members]
        yield from _component("DAYLIGHT" if daylight else "STANDARD", name, before, after, onsets)
    yield "END:VTIMEZONE"


def _component(kind: str, name: str, before: int, after: int, onsets: list[str]) -> Iterator[str]:
    yield f"BEGIN:{kind}"
    yield f"DTSTART:{onsets[0]}"
    for onset in onsets[1:]:
        yield f"RDATE:{onset}"
    yield f"TZOFFSETFROM:{offset_text(before)}"
    yield f"TZOFFSETTO:{offset_text(after)}"
    if name:
        yield f"TZNAME:{name}"
    yield f"END:{kind}"
