"""What reading one export table gives: the posts, series and problems found, and
what the preview must show before storing (notes, flags, the zone and the period the
times and days rest on).

The reading itself is done by column name (importers/column_reader.py), for the
layouts of importers/export_kinds.py.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from smplanner.domain.stat_records import (
    DailyValue,
    HourlyActivity,
    PostRow,
    StatPost,
    post_from_row,
    post_row,
)
from smplanner.importers.import_errors import RowProblem
from smplanner.messages import Message


@dataclass
class ExportReading:
    """The normalized content of one recognised table, with its problems."""

    source: str
    kind: str
    label: str
    rows_read: int = 0
    # Posts as the ingest takes them (see PostRow): no object per post on the way.
    post_rows: list[PostRow] = field(default_factory=list)
    daily: list[DailyValue] = field(default_factory=list)
    hourly: list[HourlyActivity] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # What the preview must show the user before storing (Messages): a time that could
    # be read two ways, an assumption to check. Not problems: the rows are stored.
    flags: list[str] = field(default_factory=list)
    # The interface languages of the columns read ("fr", "en"; both in a mixed file).
    languages: tuple[str, ...] = ()
    # The time zone the file's times were read in (IANA name), when the file says
    # none and smplanner knows which one the network writes (Meta: Pacific time);
    # None: the plan's time zone. The preview lets the user change it.
    time_zone: str | None = None
    # The title of a Meta daily series that names no network (``Followers en plus``):
    # its values have none until the user says which (statistics_import_network.py).
    network_unsaid: str | None = None
    # Days read from year-less dates: the first and last day placed, and the download
    # day they were placed by (see tiktok_days).
    period: tuple[date, date] | None = None
    download_day: date | None = None
    # The spreadsheet row of each post published at night (wall time 23:00–03:59, when
    # some zone's clocks go back), to name it if its hour is the repeated one in the
    # zone the file is read in (services/statistics_import_repeated.py). Night posts
    # only: a few per cent of a page's posts, not one entry per row.
    night_rows: NightRows = field(default_factory=lambda: NightRows())
    # A daily breakdown's figures added up so far (Meta posts exports): the parts of a
    # large table hand the same DaySums on, and the kind's finish makes them posts once
    # all are read.
    day_sums: DaySums | None = None

    @property
    def bad_rows(self) -> int:
        return len({problem.row for problem in self.problems if problem.row is not None})

    @property
    def records(self) -> int:
        return len(self.post_rows) + len(self.daily) + len(self.hourly)

    @property
    def posts(self) -> list[StatPost]:
        """The posts read, as StatPost objects (made on demand: previews and tests)."""
        return [post_from_row(row) for row in self.post_rows]

    def add_post(self, post: StatPost) -> None:
        self.post_rows.append(post_row(post))


class NightRows:
    """The spreadsheet row of each post published at night, by post id (the first row
    noted for an id). Kept as two arrays, the id's hash and the row, 16 bytes a post,
    sorted on the first lookup: a dict of id -> row took ~150 bytes a post, 30 MB for
    a million-row Meta export posting around the clock. A hash shared by two ids could
    only name the other post's row in a message."""

    def __init__(self) -> None:
        self._keys = array("q")
        self._rows = array("q")
        self._sorted = True

    def note(self, external_id: str, row: int) -> None:
        self._keys.append(hash(external_id))
        self._rows.append(row)
        self._sorted = False

    def extend(self, other: NightRows) -> None:
        """The rows of a later part of the same table (noted after these)."""
        self._keys.extend(other._keys)
        self._rows.extend(other._rows)
        self._sorted = False

    def get(self, external_id: str) -> int | None:
        if not self._sorted:
            order = sorted(range(len(self._keys)), key=self._keys.__getitem__)  # stable
            self._keys = array("q", (self._keys[i] for i in order))
            self._rows = array("q", (self._rows[i] for i in order))
            self._sorted = True
        key = hash(external_id)
        at = bisect_left(self._keys, key)
        return self._rows[at] if at < len(self._keys) and self._keys[at] == key else None

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NightRows):
            return NotImplemented
        return sorted(zip(self._keys, self._rows, strict=True)) == sorted(
            zip(other._keys, other._rows, strict=True)
        )

    # No __hash__: defining __eq__ leaves it unhashable, as a dict is.


class PostDays:
    """The days of one post's rows read so far: for each day, its spreadsheet row and a
    hash of its figures, in two arrays indexed by the day's distance from the first
    day (8 bytes a day, not an object per row); a post whose days span more than
    WIDE_SPAN days (a damaged file) keeps a dict instead."""

    WIDE_SPAN = 4000

    __slots__ = ("base", "hashes", "rows", "wide")

    def __init__(self, ordinal: int) -> None:
        self.base = ordinal
        self.rows = array("i")  # 0: no row for that day yet
        self.hashes = array("i")
        self.wide: dict[int, tuple[int, int]] | None = None

    def seen(self, ordinal: int, row: int, figures: int) -> tuple[int, int] | None:
        """(row, figures' hash) of the day's row read before; None, and noted, if none."""
        if self.wide is None and not self._fits(ordinal):
            self.wide = {
                self.base + at: (known, self.hashes[at])
                for at, known in enumerate(self.rows)
                if known
            }
        if self.wide is not None:
            before = self.wide.get(ordinal)
            if before is None:
                self.wide[ordinal] = (row, figures)
            return before
        at = ordinal - self.base
        if self.rows[at]:
            return self.rows[at], self.hashes[at]
        self.rows[at], self.hashes[at] = row, figures
        return None

    def _fits(self, ordinal: int) -> bool:
        """Make room for the day in the arrays; False if the span would be too wide."""
        first = min(self.base, ordinal)
        last = max(self.base + len(self.rows) - 1, ordinal)
        if last - first >= self.WIDE_SPAN:
            return False
        if ordinal < self.base:  # room before, and as much again to spare (amortized)
            need = self.base - ordinal
            grow = need + max(0, min(len(self.rows), self.WIDE_SPAN - len(self.rows) - need))
            self.rows = array("i", bytes(4 * grow)) + self.rows
            self.hashes = array("i", bytes(4 * grow)) + self.hashes
            self.base -= grow
        elif ordinal - self.base >= len(self.rows):
            grow = max(ordinal - self.base + 1 - len(self.rows), len(self.rows) // 2)
            self.rows.frombytes(bytes(4 * grow))
            self.hashes.frombytes(bytes(4 * grow))
        return True


@dataclass(frozen=True)
class RepeatedRow:
    """A row giving what an earlier row (``row``) already gave: a post's day, a video's
    day, a post's lifetime figures."""

    row: int
    same: bool  # with the same figures: the same thing once, given twice


def figures_hash(metrics: Mapping[str, float] | str) -> int:
    """What two rows' figures are compared by (a row's figures are not kept), from
    the figures or their JSON text (the same figures of a layout write the same
    text): 32 bits, two rows of other figures taken for the same once in four
    billion repeats."""
    whole = hash(metrics) if isinstance(metrics, str) else hash(tuple(sorted(metrics.items())))
    return (whole & 0xFFFFFFFF) - (1 << 31)


@dataclass
class Repeats:
    """What a table's rows gave twice. A row giving what an earlier row gave (a post's
    day, a post: two downloads put together, a re-save) is the same thing given twice:
    with the same figures it is counted once (counted here, the first ten rows kept to
    name them in the preview); with other figures, which one is right cannot be told:
    the reader makes the later row a bad row naming the earlier
    (ColumnReader.refuse_repeat), which the user may skip to keep the earlier. Never
    added together, never the last silently. Held by the DaySums the parts of a table
    hand on, so that a repeat in another part is seen as one."""

    count: int = 0
    rows: list[int] = field(default_factory=list)

    def judge(self, before: tuple[int, int] | None, row: int, figures: int) -> RepeatedRow | None:
        """Row ``row`` (figures' hash ``figures``) against the (row, figures' hash) an
        earlier row gave for the same thing; None if no row did."""
        if before is None:
            return None
        same = before[1] == figures
        if same:
            self.count += 1
            if len(self.rows) < 10:
                self.rows.append(row)
        return RepeatedRow(before[0], same)

    def note(self, what: Message) -> Message | None:
        """What the preview says of the repeats with the same figures (``what``: "a
        post's day"); None if there were none."""
        if not self.count:
            return None
        return Message(
            "{count} row(s) give {what} that an earlier row gave with the same figures "
            "(rows {rows}): each is counted once.",
            count=self.count,
            what=what,
            rows=", ".join(map(str, self.rows)) + (" …" if self.count > len(self.rows) else ""),
        )


def the_post(key: str, _day: date | None) -> Message:
    """What a repeated row of a posts export gives again, for its bad row."""
    return Message("post {id}", id=key)


def the_video(key: str, _day: date | None) -> Message:
    """What a repeated row of a videos export (YouTube, TikTok) gives again."""
    return Message("video {id}", id=key)


def the_day(_key: str, day: date | None) -> Message:
    """What a repeated row of an account series gives again, for its bad row."""
    assert day is not None
    return Message("the day {day}", day=day.isoformat())


class KeyRows:
    """For each key read so far (a post id), the row that gave it and a hash of its
    figures: 64 open-addressing tables of two arrays (the key's hash; the row and the
    figures' hash packed), 16 bytes a slot, grown by half once four fifths full, one
    table at a time: ~24 MB for a million-row export of a million posts, where a dict
    took ~100 MB and one table doubling ~48 MB at its peak. Two keys of the same
    64-bit hash would be taken for one: as unlikely as in NightRows."""

    PARTS = 64

    __slots__ = ("_keys", "_used", "_values")

    def __init__(self) -> None:
        self._keys = [array("q", bytes(8 * 16)) for _ in range(self.PARTS)]  # 0: empty
        self._values = [array("q", bytes(8 * 16)) for _ in range(self.PARTS)]
        self._used = [0] * self.PARTS

    def seen(self, key: str, row: int, figures: int) -> tuple[int, int] | None:
        """(row, figures' hash) of the key's row read before; None, and noted, if none.
        ``figures`` is a 32-bit hash (figures_hash)."""
        wanted = hash(key) or 1
        part = wanted % self.PARTS
        keys = self._keys[part]
        size = len(keys)
        at = (wanted // self.PARTS) % size
        while True:
            found = keys[at]
            if found == wanted:
                value = self._values[part][at]
                return value >> 32, (value & 0xFFFFFFFF) - (1 << 31)
            if not found:
                break
            at = at + 1 if at + 1 < size else 0
        keys[at] = wanted
        self._values[part][at] = (row << 32) | (figures + (1 << 31))
        self._used[part] += 1
        if 5 * self._used[part] > 4 * size:
            self._grow(part)
        return None

    def _grow(self, part: int) -> None:
        keys, values = self._keys[part], self._values[part]
        size = len(keys) * 3 // 2 + 1
        new_keys, new_values = array("q", bytes(8 * size)), array("q", bytes(8 * size))
        for key, value in zip(keys, values, strict=True):
            if key:
                at = (key // self.PARTS) % size
                while new_keys[at]:
                    at = at + 1 if at + 1 < size else 0
                new_keys[at], new_values[at] = key, value
        self._keys[part], self._values[part] = new_keys, new_values


@dataclass
class DaySums:
    """The rows of a daily breakdown (one row per post and day) added up: each post's
    figures over its days, and each account day's figures over its posts (YouTube's
    chart data: over its videos). Held per post and per day, not per row: a
    million-row breakdown of 30,000 posts holds 30,000 posts' sums. A table read in
    parts hands the same DaySums from part to part (export_files), so that a post's
    day is counted once wherever its rows fall.

    A row for a post's day that an earlier row already gave is that day given twice
    (two downloads put together, a re-save): see Repeats. The parts of a lifetime
    export (one row a post) hand a DaySums on too, for its ``lifetime`` rows."""

    network: str = ""
    # Each post as its first row gives it, with the sums of its days so far.
    posts: dict[str, StatPost] = field(default_factory=dict)
    series: dict[tuple[str, date, str], float] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None
    # The rows read of each post's (or video's) days, and of each post of a lifetime
    # export (one row a post: ``lifetime``), and what was given twice.
    days: dict[str, PostDays] = field(default_factory=dict)
    lifetime: KeyRows = field(default_factory=KeyRows)
    repeats: Repeats = field(default_factory=Repeats)

    def seen(
        self, key: str, day: date | None, row: int, metrics: Mapping[str, float] | str
    ) -> RepeatedRow | None:
        """Spreadsheet row ``row`` gives ``key``'s ``day`` (a post's, a video's, the
        account's: key ""; None: a post's lifetime) with ``metrics`` (or their JSON
        text): what an earlier row gave of it, if one did (see Repeats); else None, and
        the row is noted."""
        figures = figures_hash(metrics)
        if day is None:
            return self.repeats.judge(self.lifetime.seen(key, row, figures), row, figures)
        ordinal = day.toordinal()
        known = self.days.get(key)
        if known is None:
            known = self.days[key] = PostDays(ordinal)
        return self.repeats.judge(known.seen(ordinal, row, figures), row, figures)

    def add(
        self, post: StatPost, day: date, not_additive: frozenset[str], row: int
    ) -> RepeatedRow | None:
        """Spreadsheet row ``row``: ``post`` with the figures of ``day``. Added unless
        an earlier row gave that post's day: then nothing is added, and what it was
        is returned."""
        repeated = self.seen(post.external_id, day, row, post.metrics)
        if repeated is not None:
            return repeated
        counted = {k: v for k, v in post.metrics.items() if k not in not_additive}
        self._add_post(replace(post, metrics=counted))
        for metric, value in counted.items():
            key = (post.account, day, f"{metric}_of_posts")
            self.series[key] = self.series.get(key, 0.0) + value
        self._add_days(day, day)
        return None

    def add_value(self, account: str, day: date, metric: str, value: float) -> None:
        """One figure of an account's day (a sum over the rows of that day)."""
        key = (account, day, metric)
        self.series[key] = self.series.get(key, 0.0) + value
        self._add_days(day, day)

    def _add_post(self, post: StatPost) -> None:
        self.network = post.network
        known = self.posts.get(post.external_id)
        if known is None:
            self.posts[post.external_id] = replace(post, metrics=dict(post.metrics))
            return
        totals = known.metrics
        for metric, value in post.metrics.items():
            totals[metric] = totals.get(metric, 0.0) + value

    def _add_days(self, first: date, last: date) -> None:
        self.first = first if self.first is None else min(self.first, first)
        self.last = last if self.last is None else max(self.last, last)


# Wall hours in which some zone's clocks go back (Chile at midnight to 23:00, Europe
# at 03:00 to 02:00, Morocco at 03:00): a post of these hours may be read two ways.
NIGHT_HOURS = frozenset({23, 0, 1, 2, 3})


def note_night_row(reading: ExportReading, external_id: str, row: int, moment: datetime) -> None:
    """Keep the row of a post published at night (see ExportReading.night_rows)."""
    if moment.hour in NIGHT_HOURS:
        reading.night_rows.note(external_id, row)
