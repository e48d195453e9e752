"""Property-based round trips: any valid TikTok, X or YouTube export reads back as written.

TikTok Studio's zip or each of its CSVs alone (year-less dates, times from the video
ids), X's content, overview, video and legacy tweet exports (times from the post
ids, or with an offset), YouTube Studio's table and chart data (a Total row, summed
days). See statistics_layout_files.py for how the files are written.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, HourlyActivity, StatPost
from tests.statistics_layout_files import (
    CAPTIONS,
    COUNTS,
    DAYS,
    MOMENTS,
    NAMES,
    PROPERTIES,
    Expected,
    Written,
    check_round_trip,
    csv_bytes,
    figure_cells,
    stripped,
    title,
)

# ------------------------------------------------------------------ TikTok


@st.composite
def tiktok_studio(draw: st.DrawFn) -> Written:
    """The Studio download: a zip of its CSVs, or one of them alone."""
    today = date.today()
    expected = Expected()
    files: dict[str, bytes] = {}
    # Content.csv: the video id gives the time; "Post time" is year-less and ignored.
    account = draw(NAMES)
    headers, figures = draw(
        figure_cells(
            {
                "Total likes": m.LIKES,
                "Total comments": m.COMMENTS,
                "Total shares": m.SHARES,
                "Total views": m.VIEWS,
            }
        )
    )
    rows = [["Time", "Video title", "Video link", "Post time", *headers]]
    expected.posts["tiktok_content"] = []
    for moment in draw(st.lists(MOMENTS, max_size=6, unique=True)):
        instant = moment.replace(tzinfo=UTC)
        video = (int(instant.timestamp()) << 32) | draw(st.integers(0, 2**32 - 1))
        link = f"https://www.tiktok.com/@{account}/video/{video}"
        caption = draw(CAPTIONS)
        cells, metrics = draw(figures)
        rows.append([today.isoformat(), caption, link, moment.strftime("%B %-d"), *cells])
        expected.posts["tiktok_content"].append(
            StatPost("tiktok", account, str(video), link, instant, stripped(caption), None, metrics)
        )
    files["Content.csv"] = csv_bytes(rows)
    for name, kind, table in [
        (
            "Overview.csv",
            "tiktok_overview",
            {"Video Views": m.VIEWS, "Profile Views": m.PROFILE_VIEWS, "Likes": m.LIKES},
        ),
        (
            "FollowerHistory.csv",
            "tiktok_follower_history",
            {
                "Followers": m.FOLLOWERS,
                "Difference in followers from previous day": "followers_change",
            },
        ),
        (
            "Viewers.csv",
            "tiktok_viewers",
            {"Total Viewers": "viewers", "New Viewers": "new_viewers"},
        ),
    ]:
        chosen, day_figures = draw(
            figure_cells(
                table, required=tuple(table)[:2] if kind == "tiktok_overview" else tuple(table)[:1]
            )
        )
        day_rows = [["Date", *chosen]]
        expected.daily[kind] = []
        # A run of consecutive days written without a year, within the year before
        # the download day (today: the zip's entries are dated now), oldest or newest
        # first, as TikTok writes its series.
        end = today - timedelta(days=draw(st.integers(0, 300)))
        run = [end - timedelta(days=back) for back in reversed(range(draw(st.integers(0, 6))))]
        if draw(st.booleans()):
            run.reverse()
        for day in run:
            cells, metrics = draw(day_figures)
            day_rows.append([day.strftime("%B %-d"), *cells])
            expected.daily[kind].extend(
                DailyValue("tiktok", "", day, metric, value) for metric, value in metrics.items()
            )
        files[name] = csv_bytes(day_rows)
    activity = [["Date", "Hour", "Active followers"]]
    expected.hourly["tiktok_follower_activity"] = []
    for day, hour in draw(st.lists(st.tuples(DAYS, st.integers(0, 23)), max_size=10, unique=True)):
        active = draw(COUNTS)
        activity.append(
            [day.isoformat(), draw(st.sampled_from([str(hour), f"{hour}:00"])), str(active)]
        )
        expected.hourly["tiktok_follower_activity"].append(
            HourlyActivity("tiktok", "", day, hour, float(active))
        )
    files["FollowerActivity.csv"] = csv_bytes(activity)
    if draw(st.booleans()):  # one CSV alone
        name = draw(st.sampled_from(sorted(files)))
        kind = _TIKTOK_KINDS[name]
        alone = Expected()
        for part in ("posts", "daily", "hourly"):
            if kind in getattr(expected, part):
                getattr(alone, part)[kind] = getattr(expected, part)[kind]
        return Written(name, files[name], alone)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return Written("tiktok.zip", buffer.getvalue(), expected)


_TIKTOK_KINDS = {
    "Content.csv": "tiktok_content",
    "Overview.csv": "tiktok_overview",
    "FollowerHistory.csv": "tiktok_follower_history",
    "Viewers.csv": "tiktok_viewers",
    "FollowerActivity.csv": "tiktok_follower_activity",
}


# ------------------------------------------------------------------ X


@st.composite
def x_posts(draw: st.DrawFn, legacy: bool) -> Written:
    """X content export (time from the post id) or the legacy tweet activity (``time``)."""
    from smplanner.importers.x_analytics import POST_METRICS

    chosen, figures = draw(figure_cells(POST_METRICS, required=("impressions",)))
    chosen = [h if legacy else title(h) for h in chosen]
    figures_by_header = figures
    if legacy:
        fixed = ["Tweet id", "Tweet permalink", "Tweet text", "time"]
    else:
        fixed = ["Post id", "Date", "Post text", "Post Link"]
    header = [fixed[0], *draw(st.permutations(fixed[1:] + chosen))]
    kind = "x_legacy_tweet_activity" if legacy else "x_content"
    expected = Expected()
    expected.posts[kind] = []
    rows = [header]
    account = draw(NAMES)
    for moment in draw(st.lists(MOMENTS, max_size=8, unique=True)):
        instant = moment.replace(tzinfo=UTC)
        milliseconds = int(instant.timestamp() * 1000) + draw(st.integers(0, 999))
        post_id = str((milliseconds - 1288834974657) << 22 | draw(st.integers(0, 4095)))
        link = f"https://x.com/{account}/status/{post_id}"
        caption = draw(CAPTIONS)
        cells, metrics = draw(figures_by_header)
        offset = timezone(timedelta(hours=draw(st.integers(-5, 5))))
        local = instant.astimezone(offset)
        values = dict(zip(chosen, cells, strict=True))
        values.update(
            {
                "Tweet id": post_id,
                "Post id": post_id,
                "Tweet permalink": link,
                "Post Link": link,
                "Tweet text": caption,
                "Post text": caption,
                "time": local.strftime("%Y-%m-%d %H:%M ") + local.strftime("%z"),
                "Date": moment.strftime("%a, %b %d, %Y"),
            }
        )
        rows.append([values[name] for name in header])
        expected.posts[kind].append(
            StatPost("x", account, post_id, link, instant, stripped(caption), None, metrics)
        )
    return Written(
        "x.csv", csv_bytes(rows, encoding=draw(st.sampled_from(["utf-8", "utf-8-sig"]))), expected
    )


@st.composite
def x_daily(draw: st.DrawFn, video: bool) -> Written:
    """X account overview or video overview: one row a day, ``Sun, Sep 13, 2026``."""
    from smplanner.importers.x_analytics import OVERVIEW_METRICS

    kind = "x_video_overview" if video else "x_overview"
    if video:
        table: dict[str, str] = {"Views": m.VIDEO_VIEWS, "Watch Time (ms)": m.WATCH_TIME_SECONDS}
        required: tuple[str, ...] = ("Views", "Watch Time (ms)")
    else:
        table = {title(h): v for h, v in OVERVIEW_METRICS.items() if isinstance(v, str)}
        required = ("Impressions", "Engagements", "New follows")
    chosen, figures = draw(figure_cells(table, required=required))
    rows = [["Date", *chosen]]
    expected = Expected()
    expected.daily[kind] = []
    for day in draw(st.lists(DAYS, max_size=8, unique=True)):
        cells, metrics = draw(figures)
        rows.append([day.strftime("%a, %b %d, %Y"), *cells])
        for metric, value in metrics.items():
            if metric == m.WATCH_TIME_SECONDS:
                value = 0.0 + value * 0.001  # milliseconds, as the importer scales them
            expected.daily[kind].append(DailyValue("x", "", day, metric, value))
    return Written(f"{kind}.csv", csv_bytes(rows), expected)


# ------------------------------------------------------------------ YouTube

VIDEO_IDS = st.text(
    alphabet=st.sampled_from(list("abcdefghijkABCDEFGH0123456789_-")), min_size=11, max_size=11
)


@st.composite
def youtube_table(draw: st.DrawFn) -> Written:
    """Table data: a Total row first, then one row per video."""
    chosen, figures = draw(
        figure_cells(
            {
                "Views": m.VIEWS,
                "Subscribers": "followers_change",
                "Impressions": m.IMPRESSIONS,
                "Likes": m.LIKES,
            }
        )
    )
    header = [
        "Content",
        "Video title",
        "Video publish time",
        "Duration",
        *chosen,
        "Watch time (hours)",
        "Average view duration",
    ]
    rows = [header, ["Total", "", "", "", *["1"] * len(chosen), "1.5", "0:01:00"]]
    expected = Expected()
    expected.posts["youtube_table_data"] = []
    for video in draw(st.lists(VIDEO_IDS, max_size=8, unique=True)):
        day = draw(DAYS)
        caption = draw(CAPTIONS)
        cells, metrics = draw(figures)
        hundredths = draw(COUNTS)
        seconds = draw(st.integers(0, 36_000))
        average = draw(st.integers(0, 3_600))
        rows.append(
            [
                video,
                caption,
                day.strftime("%b %-d, %Y"),
                str(seconds),
                *cells,
                f"{hundredths // 100}.{hundredths % 100:02d}",
                f"{average // 3600}:{average // 60 % 60:02d}:{average % 60:02d}",
            ]
        )
        metrics = {
            **metrics,
            m.WATCH_TIME_SECONDS: 0.0 + hundredths / 100 * 3600.0,
            "duration_seconds": float(seconds),
            m.AVERAGE_WATCH_SECONDS: float(average),
        }
        expected.posts["youtube_table_data"].append(
            StatPost(
                "youtube",
                "",
                video,
                f"https://youtu.be/{video}",
                datetime(day.year, day.month, day.day),
                stripped(caption),
                None,
                metrics,
                time_known=False,
            )
        )
    return Written("Table data.csv", csv_bytes(rows), expected)


@st.composite
def youtube_chart(draw: st.DrawFn) -> Written:
    """Chart data: one row per day and video, summed per day for the channel."""
    chosen, figures = draw(
        figure_cells(
            {"Views": m.VIEWS, "Subscribers": "followers_change"}, required=("Subscribers",)
        )
    )
    rows = [["Date", "Content", "Video title", *chosen]]
    totals: dict[tuple[date, str], float] = defaultdict(float)
    for day, video in draw(st.lists(st.tuples(DAYS, VIDEO_IDS), max_size=10, unique=True)):
        cells, metrics = draw(figures)
        rows.append([day.isoformat(), video, "Recette", *cells])
        for metric, value in metrics.items():
            totals[(day, metric)] += value
    expected = Expected()
    expected.daily["youtube_chart_data"] = [
        DailyValue("youtube", "", day, metric, value) for (day, metric), value in totals.items()
    ]
    return Written("Chart data.csv", csv_bytes(rows), expected)


LAYOUTS: dict[str, Callable[[], st.SearchStrategy[Written]]] = {
    "tiktok_studio": tiktok_studio,
    "x_content": lambda: x_posts(legacy=False),
    "x_legacy_tweet_activity": lambda: x_posts(legacy=True),
    "x_overview": lambda: x_daily(video=False),
    "x_video_overview": lambda: x_daily(video=True),
    "youtube_table_data": youtube_table,
    "youtube_chart_data": youtube_chart,
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@PROPERTIES
@given(data=st.data())
def test_any_valid_tiktok_x_or_youtube_export_reads_back_as_written(layout, data):
    check_round_trip(data.draw(LAYOUTS[layout](), label="file"))
