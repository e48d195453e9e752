"""TikTok Studio "Download data": a .zip of CSVs (or each CSV alone, or one .xlsx).

Column names stay English whatever the interface language (export_headers.csv); the
dates follow the language and have no year (``September 4``, ``19 avril``, ``9月6日``,
``18 января``, ``18 tháng Tám``). A series' days are placed by the download day and
their sequence (year_less_dates); a video's publish time comes from its id (top 32
bits are Unix seconds). FollowerActivity.csv gives the followers' own active hours.
Gender and territory tables are recognised and left out (no time series).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, HourlyActivity, StatPost
from smplanner.importers.cell_values import Cell, parse_datetime, tiktok_video_time
from smplanner.importers.column_reader import ColumnReader, RowIsBad
from smplanner.importers.export_kinds import A_DAY, A_VIDEO, ExportKind, repeats_noted
from smplanner.importers.export_reading import the_day, the_video
from smplanner.importers.year_less_dates import latest_on_or_before, month_day, place_days
from smplanner.messages import Message

_VIDEO = re.compile(r"/video/(\d+)")
_ACCOUNT = re.compile(r"tiktok\.com/@([^/?#]+)")

CONTENT_METRICS: dict[str, str | tuple[str, float]] = {
    "likes": m.LIKES,
    "comments": m.COMMENTS,
    "shares": m.SHARES,
    "views": m.VIEWS,
    "views_last_7_days": "views_last_7_days",
}


def _download_day(reader: ColumnReader) -> date:
    return reader.download_day or date.today()


def _days(reader: ColumnReader, rows: list[tuple[int, list[Cell]]]) -> list[date | None]:
    """The day of each row: a year-less day placed by the download day and the rows'
    sequence, a dated one as written; None for a bad row (its problem recorded)."""
    position = reader.field("date")
    texts = [reader.text(row, position) for _number, row in rows]
    keys = [month_day(text) for text in texts]
    download = _download_day(reader)
    placed = place_days(keys, download)
    days: list[date | None] = []
    for (number, row), text, key, day in zip(rows, texts, keys, placed, strict=True):
        if key is None:
            day = _dated(reader, number, row, position, text)
        days.append(day)
    year_less = [day for key, day in zip(keys, placed, strict=True) if key and day]
    if year_less:
        _note_period(reader, min(year_less), max(year_less), download)
    return days


def _dated(
    reader: ColumnReader, number: int, row: list[Cell], position: int | None, text: str | None
) -> date | None:
    """A day written with its year (``2026-09-04``); None, with the problem, otherwise."""
    try:
        moment = parse_datetime(reader.cell(row, position))
    except ValueError:
        moment = None
    if moment is not None:
        return moment.date()
    if text is None:
        reader.fail(
            number,
            position,
            Message("the day is missing. Download the export again from TikTok Studio."),
        )
    else:
        reader.fail(
            number,
            position,
            Message(
                "'{text}' is not a day: TikTok writes a month and a day ('19 avril', "
                "'April 19') or a date. Download the export again from TikTok Studio and "
                "import it without re-saving it.",
                text=text,
            ),
        )
    return None


def _note_period(reader: ColumnReader, first: date, last: date, download: date) -> None:
    reading = reader.reading
    if reading.period is not None:
        first, last = min(first, reading.period[0]), max(last, reading.period[1])
    reading.period = (first, last)
    reading.download_day = download


def _series(
    mapping: Mapping[str, str | tuple[str, float]],
) -> Callable[[ColumnReader], None]:
    """A row reader for one account series (one row a day) with these fields."""

    def read(reader: ColumnReader) -> None:
        rows = list(reader.rows())
        columns = reader.mapped_fields(mapping)
        for (number, row), day in zip(rows, _days(reader, rows), strict=True):
            if day is None:
                continue
            try:
                figures = reader.metrics(number, row, columns)
            except RowIsBad:
                continue
            if not reader.given_once(number, reader.field("date"), "", day, figures, the_day):
                continue  # a day an earlier row gave (two downloads put together)
            reader.reading.daily.extend(
                DailyValue("tiktok", "", day, metric, value) for metric, value in figures.items()
            )

    return read


def _post_time(reader: ColumnReader, number: int, row: list[Cell]) -> datetime | None:
    """``Post time`` when the link holds no usable id: a year-less day is the latest
    not after the download day (the Content table's rows are not consecutive days)."""
    position = reader.field("post_time")
    key = month_day(reader.text(row, position))
    if key is not None:
        day = latest_on_or_before(key, _download_day(reader))
        return datetime(day.year, day.month, day.day)
    return reader.moment(number, row, position)


def _read_content(reader: ColumnReader) -> None:
    link_column = reader.field("video_link")
    metrics = reader.mapped_fields(CONTENT_METRICS)
    for number, row in reader.rows():
        try:
            link = reader.text(row, link_column)
            match = _VIDEO.search(link or "")
            if link is None or match is None:
                raise reader.fail(number, link_column, Message("no video link with a video id."))
            published = tiktok_video_time(match.group(1))
            time_known = published is not None
            if published is None:
                published = _post_time(reader, number, row)
            figures = reader.metrics(number, row, metrics)
            if not reader.given_once(number, link_column, match.group(1), None, figures, the_video):
                continue  # a video an earlier row gave (two downloads put together)
            account = _ACCOUNT.search(link)
            reader.reading.add_post(
                StatPost(
                    network="tiktok",
                    account=account.group(1) if account else "",
                    external_id=match.group(1),
                    link=link,
                    published_at=published,
                    text=reader.text(row, reader.field("video_title")),
                    metrics=figures,
                    time_known=time_known,
                )
            )
        except RowIsBad:
            continue


def _the_hour(hour: str, day: date | None) -> Message:
    assert day is not None
    return Message("{day}, hour {hour}", day=day.isoformat(), hour=hour)


def _read_activity(reader: ColumnReader) -> None:
    hour_column = reader.field("hour")
    active_column = reader.field("active_followers")
    rows = list(reader.rows())
    for (number, row), day in zip(rows, _days(reader, rows), strict=True):
        if day is None:
            continue
        try:
            hour_text = reader.text(row, hour_column) or ""
            hour_match = re.match(r"^(\d{1,2})", hour_text)
            if not hour_match or int(hour_match.group(1)) > 23:
                raise reader.fail(number, hour_column, Message("an hour from 0 to 23 is expected."))
            active = reader.number(number, row, active_column)
        except RowIsBad:
            continue
        hour = hour_match.group(1)
        figures = {"active": active} if active is not None else {}
        if not reader.given_once(number, hour_column, hour, day, figures, _the_hour):
            continue  # an hour an earlier row gave (two downloads put together)
        if active is not None:
            reader.reading.hourly.append(
                HourlyActivity("tiktok", "", day, int(hour_match.group(1)), active)
            )


def _read_nothing(reader: ColumnReader) -> None:
    reader.reading.notes.append(Message("Audience shares are not time series: left out."))


CONTENT = ExportKind(
    "tiktok_content",
    "TikTok Studio — Content",
    frozenset({"video_title", "video_link", "post_time"}),
    _read_content,
    names=("tiktok", "content"),
    finish=repeats_noted(A_VIDEO),
)
OVERVIEW = ExportKind(
    "tiktok_overview",
    "TikTok Studio — Overview",
    frozenset({"date", "views", "profile_views"}),
    _series(
        {
            "views": m.VIEWS,
            "profile_views": m.PROFILE_VIEWS,
            "likes": m.LIKES,
            "comments": m.COMMENTS,
            "shares": m.SHARES,
            "new_followers": m.NEW_FOLLOWERS,
        }
    ),
    names=("tiktok", "overview"),
    finish=repeats_noted(A_DAY),
)
FOLLOWER_HISTORY = ExportKind(
    "tiktok_follower_history",
    "TikTok Studio — FollowerHistory",
    frozenset({"date", "followers"}),
    _series({"followers": m.FOLLOWERS, "followers_change": "followers_change"}),
    names=("tiktok", "follower_history"),
    finish=repeats_noted(A_DAY),
)
FOLLOWER_ACTIVITY = ExportKind(
    "tiktok_follower_activity",
    "TikTok Studio — FollowerActivity",
    frozenset({"date", "hour", "active_followers"}),
    _read_activity,
    names=("tiktok", "follower_activity"),
    finish=repeats_noted(Message("an hour of a day")),
)
VIEWERS = ExportKind(
    "tiktok_viewers",
    "TikTok Studio — Viewers",
    frozenset({"date", "viewers"}),
    _series(
        {
            "viewers": "viewers",
            "new_viewers": "new_viewers",
            "returning_viewers": "returning_viewers",
        }
    ),
    names=("tiktok", "viewers"),
    finish=repeats_noted(A_DAY),
)
GENDER = ExportKind(
    "tiktok_follower_gender",
    "TikTok Studio — FollowerGender",
    frozenset({"gender", "distribution"}),
    _read_nothing,
    names=("tiktok", "follower_gender"),
)
TERRITORIES = ExportKind(
    "tiktok_follower_territories",
    "TikTok Studio — FollowerTopTerritories",
    frozenset({"top_territories", "distribution"}),
    _read_nothing,
    names=("tiktok", "follower_territories"),
)
KINDS = [CONTENT, OVERVIEW, FOLLOWER_HISTORY, FOLLOWER_ACTIVITY, VIEWERS, GENDER, TERRITORIES]
