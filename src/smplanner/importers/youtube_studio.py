"""YouTube Studio (Advanced mode > Export current view): Table data, Chart data, Totals.

Column names follow the interface language (export_headers.csv: ``Table data.csv`` is
``Informations relatives aux tableaux.csv`` in French, ``Totals.csv`` ``Totaux.csv``).
The metric columns are the ones the user chose, so any known metric may be there or
not. A ``Total`` row (the first data row, when it was not removed) is never read as a
video or a day. ``Table data`` has one row per video; ``Chart data`` one per day and
video (summed per day for the channel, rates left out); ``Totals`` one per day with
the chart's one metric (dates may be re-saved day first: ``13-06-2025``). Exports
grouped by another dimension (traffic source, geography, viewer age, subscription
status) are breakdowns, refused by name: they hold no per-video or per-day figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.importers.cell_values import Cell, DateOrder, parse_datetime
from smplanner.importers.column_reader import TOTAL_WORDS, ColumnReader, RowIsBad, normalize_header
from smplanner.importers.export_kinds import A_VIDEO, ExportKind, repeats_noted
from smplanner.importers.export_reading import DaySums, ExportReading, the_video
from smplanner.importers.header_names import header_names
from smplanner.importers.import_errors import date_expected
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

NAMES = ("youtube", "table_data")
# Canonical fields (export_headers.csv) -> metric. Counts can be summed over videos;
# rates and averages cannot.
ADDITIVE: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "watch_time_hours": (m.WATCH_TIME_SECONDS, 3600.0),
    "followers_change": "followers_change",  # "Subscribers": gained - lost, may be < 0
    "revenue": "revenue",
    "impressions": m.IMPRESSIONS,
    "likes": m.LIKES,
    "shares": m.SHARES,
    "comments": m.COMMENTS,
    "new_followers": m.NEW_FOLLOWERS,
    "unfollows": m.UNFOLLOWS,
    "engaged_views": "engaged_views",
    "unique_viewers": "unique_viewers",
    "new_viewers": "new_viewers",
    "returning_viewers": "returning_viewers",
}
RATES: dict[str, str | tuple[str, float]] = {
    "impressions_ctr_percent": "impressions_ctr_percent",
    "average_percentage_viewed": "average_percentage_viewed",
    "stayed_to_watch_percent": "stayed_to_watch_percent",
}
_FIGURES = frozenset({*ADDITIVE, *RATES, "average_view_duration"})
_DESCRIBING = frozenset({"content", "video_title", "publish_time", "duration"})
_PERCENT_OF = re.compile(r"\s*\(%\)$")
_DASHED = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def _is_total(text: str | None) -> bool:
    return text is not None and normalize_header(text) in TOTAL_WORDS


def _read_table(reader: ColumnReader) -> None:
    video = reader.field("content")
    publish = reader.field("publish_time")
    duration = reader.field("duration")
    average = reader.field("average_view_duration")
    metrics = reader.mapped_fields({**ADDITIVE, **RATES})
    for number, row in reader.rows():
        try:
            video_id = reader.text(row, video)
            if _is_total(video_id):
                continue  # the Total row, wherever the Content column is
            if video_id is None:
                raise reader.fail(number, video, Message("the video id is missing."))
            figures = reader.metrics(number, row, metrics)
            length = reader.duration(number, row, duration)
            if length is not None:
                figures["duration_seconds"] = length
            mean = reader.duration(number, row, average)
            if mean is not None:
                figures[m.AVERAGE_WATCH_SECONDS] = mean
            if not reader.given_once(number, video, video_id, None, figures, the_video):
                continue  # a video an earlier row gave (two downloads put together)
            reader.reading.add_post(
                StatPost(
                    network="youtube",
                    account="",
                    external_id=video_id,
                    link=f"https://youtu.be/{video_id}",
                    # An unlisted video may have no publish time: left empty.
                    published_at=reader.moment(number, row, publish),
                    text=reader.text(row, reader.field("video_title")),
                    metrics=figures,
                    time_known=False,  # the export gives the day only
                )
            )
        except RowIsBad:
            continue


def _dashed_order(reader: ColumnReader, position: int | None) -> str:
    """How ``13-06-2025`` reads in this column: a part above 12 decides, else day first
    (YouTube writes ISO dates; a dashed date comes from a European re-save). What a part
    of a table read in parts decided holds for the parts after it."""
    key = -1 - (position or 0)  # beside the column orders the reader keeps by position
    known = reader.table.date_orders.get(key)
    if known is not None:
        return known
    for text in reader.texts(position):
        found = _DASHED.match(text or "")
        if found:
            first, second = int(found.group(1)), int(found.group(2))
            decided = (
                DateOrder.DAY_FIRST
                if first > 12 >= second
                else DateOrder.MONTH_FIRST
                if second > 12 >= first
                else None
            )
            if decided is not None:
                reader.table.date_orders[key] = decided
                return decided
    return DateOrder.DAY_FIRST


def _day(
    reader: ColumnReader, number: int, row: list[Cell], position: int | None, dashed: str
) -> date:
    text = reader.text(row, position)
    found = _DASHED.match(text or "")
    if not found:
        return reader.day(number, row, position)
    try:
        moment = parse_datetime("/".join(found.groups()), order=dashed)
    except ValueError as error:
        raise reader.fail(number, position, date_expected(error)) from None
    assert moment is not None
    return moment.date()


def _read_days(reader: ColumnReader) -> None:
    date_column = reader.field("date")
    video_column = reader.field("content")
    dashed = _dashed_order(reader, date_column)
    metrics = reader.mapped_fields(ADDITIVE)
    if reader.reading.day_sums is None:
        reader.reading.day_sums = DaySums(network="youtube")
    totals = reader.reading.day_sums
    for number, row in reader.rows():
        video = reader.text(row, video_column)
        if _is_total(reader.text(row, date_column)) or _is_total(video):
            continue  # "Total" / "Totaux": the period's sum, not a day
        try:
            day = _day(reader, number, row, date_column, dashed)
            figures = reader.metrics(number, row, metrics)
        except RowIsBad:
            continue
        # A video's day (Totals: the channel's) given by an earlier row is counted once.
        repeated = totals.seen(video or "", day, number, figures)
        if repeated is not None:
            if not repeated.same:
                what = (
                    Message("video {id} on {day}", id=video, day=day.isoformat())
                    if video
                    else Message("the day {day}", day=day.isoformat())
                )
                reader.refuse_repeat(number, date_column, repeated, what)
            continue
        for metric, value in figures.items():
            totals.add_value("", day, metric, value)


def _finish_days(reading: ExportReading) -> None:
    """Once every part is read: each day's sums over the videos, as the channel's series."""
    sums, reading.day_sums = reading.day_sums, None
    if sums is not None:
        reading.daily.extend(
            DailyValue("youtube", account, day, metric, value)
            for (account, day, metric), value in sums.series.items()
        )
        repeats = sums.repeats.note(
            Message("a day") if sums.days.keys() == {""} else Message("a video's day")
        )
        if repeats is not None:
            reading.notes.append(repeats)


def _header_fields(row: Sequence[Cell]) -> tuple[list[str], dict[str, list[int]]]:
    headers = [str(cell) for cell in row if cell not in (None, "")]
    return headers, header_names(*NAMES).fields_of(headers)


def _detect_days(table: Table) -> int | None:
    """Chart data (Date, Content, …) or Totals (Date and the chart's metric, every
    column a YouTube one: a Date and Views file of another network has other columns)."""
    for index, row in enumerate(table.rows[:4]):
        headers, fields = _header_fields(row)
        if "date" not in fields:
            continue
        known = sum(len(positions) for positions in fields.values())
        if "content" in fields or (known == len(headers) >= 2 and fields.keys() & _FIGURES):
            return index
    return None


def _detect_table(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:4]):
        _headers, fields = _header_fields(row)
        if {"content", "video_title"} <= fields.keys() and "date" not in fields:
            return index
    return None


def breakdown_refusal(tables: Sequence[Table]) -> Message | None:
    """Why a YouTube Studio export grouped by another dimension (``Traffic source``,
    ``Geography``, ``Viewer age``…) is refused, naming the dimension as the file does;
    None if no table is such a breakdown."""
    for table in tables:
        for row in table.rows[:4]:
            headers, fields = _header_fields(row)
            if len(headers) < 2 or fields.keys() & (_DESCRIBING | {"date"}):
                continue
            # Demographic breakdowns give shares: "Views (%)".
            figures = sum(
                1
                for header in headers[1:]
                if _header_fields([header, _PERCENT_OF.sub("", header)])[1]
            )
            dimension = headers[0].strip()
            named = header_names("youtube", "breakdown").fields_of([dimension])
            if named or (
                not _header_fields([dimension])[1] and figures >= max(1, (len(headers) - 1) / 2)
            ):
                return Message(
                    'this is a YouTube Studio breakdown by "{dimension}": its figures are '
                    "per {dimension}, not per video or per day, so they cannot be placed "
                    'in time. In YouTube Studio (Advanced mode), export the "Content" view '
                    "(one row per video) or the chart by date (Totals), and import that "
                    "file instead.",
                    dimension=dimension,
                )
    return None


TABLE_DATA = ExportKind(
    "youtube_table_data",
    "YouTube Studio — Table data",
    frozenset({"content", "video_title", "publish_time"}),
    _read_table,
    detect=_detect_table,
    names=NAMES,
    finish=repeats_noted(A_VIDEO),
)
CHART_DATA = ExportKind(
    "youtube_chart_data",
    "YouTube Studio — Chart data / Totals",
    frozenset({"date"}),
    _read_days,
    detect=_detect_days,
    names=NAMES,
    finish=_finish_days,
)
KINDS = [TABLE_DATA, CHART_DATA]
