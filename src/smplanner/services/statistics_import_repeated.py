"""Times in the hour that repeats when the clocks go back: asked, never chosen silently.

On 1 November 2026 Los Angeles lives 01:00–01:59 twice (summer time, then winter
time): a Meta export's "11/01/2026 01:30" is one of two instants an hour apart. The
import preview (and ``smplanner import --ambiguous``) asks which one, once per file;
until it is answered the file is not stored (``import_files`` refuses it). The
question is put again for the zone the user picks: a wall time repeated in Pacific
time is not in Manila's, and a time of 02:30 on 25 October is repeated in Paris.

Only the times a file gives in a zone of its own (Meta's Pacific time, or the zone
chosen in the preview) are checked here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from smplanner.errors import UserError
from smplanner.importers.export_reading import NIGHT_HOURS
from smplanner.importers.reading_spool import rewritten
from smplanner.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable

    from smplanner.domain.stat_records import PostRow
    from smplanner.importers.export_reading import ExportReading
    from smplanner.services.statistics_import import FilePreview


class Repeated(StrEnum):
    """Which of the two hours a repeated wall time is."""

    EARLIER = "earlier"  # the first: still summer time (the larger offset)
    LATER = "later"  # the second: winter time


@dataclass(frozen=True)
class RepeatedTimes:
    """The posts of a previewed file published in a repeated hour of its zone."""

    zone: str
    rows: tuple[int, ...]  # their spreadsheet rows, where the reading kept them
    unnamed: tuple[str, ...]  # the ids of the others (no row kept)

    @property
    def count(self) -> int:
        return len(self.rows) + len(self.unnamed)

    def where(self) -> str:
        """ "rows 2, 7" (or post ids) as a message says it: the first ten."""
        names = [str(row) for row in self.rows] + list(self.unnamed)
        return ", ".join(names[:10]) + (" …" if len(names) > 10 else "")


def is_repeated_hour(moment: datetime) -> bool:
    """True for an aware wall time that happens twice in its zone (clocks going back);
    False for one that happens once, or never (the hour skipped in spring)."""
    first = moment.replace(fold=0).utcoffset()
    second = moment.replace(fold=1).utcoffset()
    return first is not None and second is not None and first > second


def _zone_key(moment: datetime) -> str | None:
    return getattr(moment.tzinfo, "key", None)


def _is_candidate(part: ExportReading, moment: datetime | None, known: bool) -> bool:
    return (
        moment is not None
        and known
        and moment.hour in NIGHT_HOURS  # the cheap test first: most posts are by day
        and part.time_zone is not None
        and _zone_key(moment) == part.time_zone
        and is_repeated_hour(moment)
    )


def repeated_times(item: FilePreview) -> RepeatedTimes | None:
    """The file's posts in a repeated hour of the zone it is read in; None if none.
    Kept on the preview until its zones change (the preview asks often; a large
    reading is spooled on disk)."""
    if item.reading is None:
        return None
    key = tuple(part.time_zone for part in item.reading.readings)
    if item.repeated_cache is not None and item.repeated_cache[0] == key:
        cached: RepeatedTimes | None = item.repeated_cache[1]
        return cached
    found = _find_repeated(item)
    item.repeated_cache = (key, found)
    return found


def _find_repeated(item: FilePreview) -> RepeatedTimes | None:
    assert item.reading is not None
    rows: list[int] = []
    unnamed: list[str] = []
    zone = None
    for part in item.reading.readings:
        if part.time_zone is None:
            continue
        for row in part.post_rows:
            if _is_candidate(part, row[4], row[5]):
                zone = part.time_zone
                number = part.night_rows.get(row[2])
                if number is None:
                    unnamed.append(row[2])
                else:
                    rows.append(number)
    if zone is None:
        return None
    return RepeatedTimes(zone, tuple(sorted(set(rows))), tuple(unnamed))


def choose(item: FilePreview, which: Repeated) -> None:
    """Read the file's repeated wall times as the first or the second hour."""
    item.repeated_choice = Repeated(which)
    apply_choice(item)


def apply_choice(item: FilePreview) -> None:
    """Give the file's repeated wall times the hour chosen (after a new zone too)."""
    if item.reading is None or item.repeated_choice is None:
        return
    fold = 1 if item.repeated_choice is Repeated.LATER else 0
    for part in item.reading.readings:
        if part.time_zone is None or not any(
            _is_candidate(part, row[4], row[5]) for row in part.post_rows
        ):
            continue
        part.post_rows = rewritten(part.post_rows, _folded(part, fold))


def _folded(part: ExportReading, fold: int) -> Callable[[PostRow], PostRow]:
    """What gives a post row of ``part`` the hour chosen, if its time is a repeated one."""

    def change(row: PostRow) -> PostRow:
        moment = row[4]
        if moment is None or not _is_candidate(part, moment, row[5]):
            return row
        return (*row[:4], moment.replace(fold=fold), *row[5:])

    return change


def unanswered(item: FilePreview) -> RepeatedTimes | None:
    """The repeated times of a file nobody said which hour they are; None if answered."""
    if item.repeated_choice is not None:
        return None
    return repeated_times(item)


def repeated_flag(item: FilePreview) -> Message | None:
    """What the preview says about the file's repeated times, asked or answered."""
    found = repeated_times(item)
    if found is None:
        return None
    if item.repeated_choice is None:
        return Message(
            "{count} post(s) were published in the hour that repeats when the clocks go "
            "back in {zone} (rows {rows}): say whether it is the first hour (summer time) "
            "or the second (winter time).",
            count=found.count,
            zone=found.zone,
            rows=found.where(),
        )
    return Message(
        "{count} post(s) were published in the hour that repeats when the clocks go back "
        "in {zone} (rows {rows}): read as the {which}.",
        count=found.count,
        zone=found.zone,
        rows=found.where(),
        which=Message("first hour (summer time)")
        if item.repeated_choice is Repeated.EARLIER
        else Message("second hour (winter time)"),
    )


class RepeatedHourUnansweredError(UserError):
    """A file with times in a repeated hour was to be stored before the question was
    answered: nothing is stored."""

    def __init__(self, name: str, found: RepeatedTimes) -> None:
        self.name = name
        self.found = found
        super().__init__(
            Message(
                "{file}: {count} post(s) were published in the hour that repeats when the "
                "clocks go back in {zone} (rows {rows}). Say whether it is the first hour "
                "(summer time) or the second (winter time): nothing was imported.",
                file=name,
                count=found.count,
                zone=found.zone,
                rows=found.where(),
            )
        )


def refuse_unanswered(previews: list[FilePreview]) -> None:
    """RepeatedHourUnansweredError for the first file whose repeated times are unanswered."""
    for item in previews:
        found = unanswered(item)
        if found is not None:
            raise RepeatedHourUnansweredError(item.path.name, found)
