"""TikTok Studio "Download data": a .zip of CSVs (or each CSV alone, or one .xlsx).

Content.csv's dates are localized and have no year (``September 4``, ``9月6日``,
``18 января``), so a video's publish time is taken from its id (top 32 bits are
Unix seconds). FollowerActivity.csv gives the followers' own active hours.
Gender and territory tables are recognised and left out (no time series).
"""

from __future__ import annotations

import re

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import HourlyActivity, StatPost
from smplanner.importers.cell_values import tiktok_video_time
from smplanner.importers.export_reading import ColumnReader, ExportKind, RowIsBad, daily_series
from smplanner.messages import Message

_VIDEO = re.compile(r"/video/(\d+)")
_ACCOUNT = re.compile(r"tiktok\.com/@([^/?#]+)")

CONTENT_METRICS: dict[str, str | tuple[str, float]] = {
    "total likes": m.LIKES,
    "total comments": m.COMMENTS,
    "total shares": m.SHARES,
    "total views": m.VIEWS,
}


def _read_content(reader: ColumnReader) -> None:
    link_column = reader.column("video link")
    post_time = reader.column("post time")
    metrics = reader.mapped(CONTENT_METRICS)
    for number, row in reader.rows():
        try:
            link = reader.text(row, link_column)
            match = _VIDEO.search(link or "")
            if link is None or match is None:
                raise reader.fail(number, link_column, Message("no video link with a video id."))
            published = tiktok_video_time(match.group(1))
            time_known = published is not None
            if published is None:
                published = reader.moment(number, row, post_time)
            account = _ACCOUNT.search(link)
            reader.reading.add_post(
                StatPost(
                    network="tiktok",
                    account=account.group(1) if account else "",
                    external_id=match.group(1),
                    link=link,
                    published_at=published,
                    text=reader.text(row, reader.column("video title")),
                    metrics=reader.metrics(number, row, metrics),
                    time_known=time_known,
                )
            )
        except RowIsBad:
            continue


def _read_activity(reader: ColumnReader) -> None:
    date_column = reader.column("date")
    hour_column = reader.column("hour")
    active_column = reader.column("active followers")
    for number, row in reader.rows():
        try:
            day = reader.day(number, row, date_column)
            hour_text = reader.text(row, hour_column) or ""
            hour_match = re.match(r"^(\d{1,2})", hour_text)
            if not hour_match or int(hour_match.group(1)) > 23:
                raise reader.fail(number, hour_column, Message("an hour from 0 to 23 is expected."))
            active = reader.number(number, row, active_column)
        except RowIsBad:
            continue
        if active is not None:
            reader.reading.hourly.append(
                HourlyActivity("tiktok", "", day, int(hour_match.group(1)), active)
            )


def _read_nothing(reader: ColumnReader) -> None:
    reader.reading.notes.append("Audience shares are not time series: left out.")


CONTENT = ExportKind(
    "tiktok_content",
    "TikTok Studio — Content",
    frozenset({"video title", "video link", "post time"}),
    _read_content,
)
OVERVIEW = ExportKind(
    "tiktok_overview",
    "TikTok Studio — Overview",
    frozenset({"date", "video views", "profile views"}),
    daily_series(
        "tiktok",
        {
            "video views": m.VIEWS,
            "profile views": m.PROFILE_VIEWS,
            "likes": m.LIKES,
            "comments": m.COMMENTS,
            "shares": m.SHARES,
        },
    ),
)
FOLLOWER_HISTORY = ExportKind(
    "tiktok_follower_history",
    "TikTok Studio — FollowerHistory",
    frozenset({"date", "followers"}),
    daily_series(
        "tiktok",
        {
            "followers": m.FOLLOWERS,
            "difference in followers from previous day": "followers_change",
        },
    ),
)
FOLLOWER_ACTIVITY = ExportKind(
    "tiktok_follower_activity",
    "TikTok Studio — FollowerActivity",
    frozenset({"date", "hour", "active followers"}),
    _read_activity,
)
VIEWERS = ExportKind(
    "tiktok_viewers",
    "TikTok Studio — Viewers",
    frozenset({"date", "total viewers"}),
    daily_series(
        "tiktok",
        {
            "total viewers": "viewers",
            "new viewers": "new_viewers",
            "returning viewers": "returning_viewers",
        },
    ),
)
GENDER = ExportKind(
    "tiktok_follower_gender",
    "TikTok Studio — FollowerGender",
    frozenset({"gender", "distribution"}),
    _read_nothing,
)
TERRITORIES = ExportKind(
    "tiktok_follower_territories",
    "TikTok Studio — FollowerTopTerritories",
    frozenset({"top territories", "distribution"}),
    _read_nothing,
)
KINDS = [CONTENT, OVERVIEW, FOLLOWER_HISTORY, FOLLOWER_ACTIVITY, VIEWERS, GENDER, TERRITORIES]
