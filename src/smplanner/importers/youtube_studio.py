"""YouTube Studio (Advanced mode > Export current view): Table data, Chart data, Totals.

The metric columns are the ones the user chose, so any known metric may be there or
not. The first data row is ``Total`` (skipped). ``Table data`` has one row per video;
``Chart data`` one per day and video (summed per day for the channel, rates left
out); ``Totals`` one per day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.importers.export_reading import (
    ColumnReader,
    ExportKind,
    RowIsBad,
    find_header_row,
    normalize_header,
)
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

# Counts can be summed over videos; rates and averages cannot.
ADDITIVE: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "watch time (hours)": (m.WATCH_TIME_SECONDS, 3600.0),
    "subscribers": "followers_change",
    "estimated revenue (usd)": "revenue",
    "impressions": m.IMPRESSIONS,
    "thumbnail impressions": m.IMPRESSIONS,
    "likes": m.LIKES,
    "shares": m.SHARES,
    "comments added": m.COMMENTS,
    "subscribers gained": m.NEW_FOLLOWERS,
    "subscribers lost": m.UNFOLLOWS,
    "engaged views": "engaged_views",
    "unique viewers": "unique_viewers",
    "new viewers": "new_viewers",
    "returning viewers": "returning_viewers",
}
RATES: dict[str, str | tuple[str, float]] = {
    "impressions click-through rate (%)": "impressions_ctr_percent",
    "thumbnail click-through rate (%)": "impressions_ctr_percent",
    "average percentage viewed (%)": "average_percentage_viewed",
    "stayed to watch (%)": "stayed_to_watch_percent",
}
_DISTINCTIVE = frozenset({"watch time (hours)", "subscribers", "comments added", "content"})


def _read_table(reader: ColumnReader) -> None:
    video = reader.column("content")
    publish = reader.column("video publish time")
    duration = reader.column("duration")
    average = reader.column("average view duration")
    metrics = reader.mapped({**ADDITIVE, **RATES})
    for number, row in reader.rows():
        try:
            video_id = reader.text(row, video)
            if video_id is None:
                raise reader.fail(number, video, Message("the video id is missing."))
            figures = reader.metrics(number, row, metrics)
            length = reader.duration(number, row, duration)
            if length is not None:
                figures["duration_seconds"] = length
            mean = reader.duration(number, row, average)
            if mean is not None:
                figures[m.AVERAGE_WATCH_SECONDS] = mean
            reader.reading.add_post(
                StatPost(
                    network="youtube",
                    account="",
                    external_id=video_id,
                    link=f"https://youtu.be/{video_id}",
                    published_at=reader.moment(number, row, publish),
                    text=reader.text(row, reader.column("video title")),
                    metrics=figures,
                    time_known=False,  # the export gives the day only
                )
            )
        except RowIsBad:
            continue


def _read_days(reader: ColumnReader) -> None:
    date_column = reader.column("date")
    metrics = reader.mapped(ADDITIVE)
    totals: dict[tuple[date, str], float] = defaultdict(float)
    for number, row in reader.rows():
        try:
            day = reader.day(number, row, date_column)
            figures = reader.metrics(number, row, metrics)
        except RowIsBad:
            continue
        for metric, value in figures.items():
            totals[(day, metric)] += value
    reader.reading.daily.extend(
        DailyValue("youtube", "", day, metric, value) for (day, metric), value in totals.items()
    )


def _detect_days(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:4]):
        names = {normalize_header(cell) for cell in row}
        if "date" in names and names & _DISTINCTIVE and "video publish time" not in names:
            return index
        if {"date", "content", "video publish time"} <= names:
            return index
    return None


def _detect_table(table: Table) -> int | None:
    index = find_header_row(table, frozenset({"content", "video title", "video publish time"}), 4)
    if index is None:
        return None
    names = {normalize_header(cell) for cell in table.rows[index]}
    return None if "date" in names else index


TABLE_DATA = ExportKind(
    "youtube_table_data",
    "YouTube Studio — Table data",
    frozenset({"content", "video title", "video publish time"}),
    _read_table,
    detect=_detect_table,
)
CHART_DATA = ExportKind(
    "youtube_chart_data",
    "YouTube Studio — Chart data / Totals",
    frozenset({"date"}),
    _read_days,
    detect=_detect_days,
)
KINDS = [TABLE_DATA, CHART_DATA]
