"""X (Twitter) analytics exports: content, account overview, video overview, legacy tweets.

The content export's ``Date`` (``Sun, Sep 13, 2026``; ``Mon Feb 17 2025`` in the older
variant of early 2025, which also says ``Link``, ``Share``, ``Url clicks``) has no time:
the post id holds it (milliseconds since epoch = (id >> 22) + 1288834974657). The
legacy tweet export has ``time`` like ``2015-09-30 18:42 +0000``, ``favorites`` in very
old files, and ``promoted …`` columns (left out).
"""

from __future__ import annotations

import re

from smplanner.domain import stat_records as m
from smplanner.importers.cell_values import x_post_time
from smplanner.importers.column_reader import ColumnReader, RowIsBad
from smplanner.importers.export_kinds import A_DAY, A_POST, ExportKind, daily_series, repeats_noted
from smplanner.importers.export_reading import the_post
from smplanner.messages import Message

_ACCOUNT = re.compile(r"(?:x|twitter)\.com/([^/?#]+)/status")

POST_METRICS: dict[str, str | tuple[str, float]] = {
    "impressions": m.IMPRESSIONS,
    "likes": m.LIKES,
    "favorites": m.LIKES,
    "engagements": m.ENGAGEMENTS,
    "bookmarks": m.SAVES,
    "shares": m.SHARES,
    "share": m.SHARES,  # the content export of early 2025
    "new follows": m.NEW_FOLLOWERS,
    "follows": m.NEW_FOLLOWERS,
    "replies": m.COMMENTS,
    "reposts": "reposts",
    "retweets": "reposts",
    "profile visits": m.PROFILE_VIEWS,
    "user profile clicks": m.PROFILE_VIEWS,
    "detail expands": "detail_expands",
    "url clicks": m.LINK_CLICKS,
    "hashtag clicks": "hashtag_clicks",
    "permalink clicks": "permalink_clicks",
    "app opens": "app_opens",
    "app installs": "app_installs",
    "email tweet": "email_tweet",
    "dial phone": "dial_phone",
    "media views": "media_views",
    "media engagements": "media_engagements",
}


def _read_posts(
    reader: ColumnReader,
    id_name: str,
    link_names: tuple[str, ...],
    text_name: str,
    *,
    time_in_file: bool,
) -> None:
    # The hot loop of a 100,000-row export: figures and texts come a column at a
    # time (C does most of the work), the row loop only checks and assembles.
    id_column = reader.column(id_name)
    time_column = reader.column("time", "date")
    figures = reader.metric_texts(reader.mapped(POST_METRICS))
    ids = reader.texts(id_column)
    links = reader.texts(reader.column(*link_names))
    texts = reader.texts(reader.column(text_name))
    add = reader.reading.post_rows.append
    account_of = _ACCOUNT.search
    for index, number, row in reader.numbered_rows():
        try:
            external_id = ids[index]
            if external_id is None or not external_id.isdigit():
                raise reader.fail(number, id_column, Message("a numeric post id is expected."))
            # The legacy export's ``time`` is exact; the new one's ``Date`` has no time.
            published = reader.moment(number, row, time_column) if time_in_file else None
            if published is None:
                published = x_post_time(external_id)
            time_known = published is not None
            if published is None:
                published = reader.moment(number, row, time_column)
            metrics = reader.figures(figures, index, number)
        except RowIsBad:
            continue
        if not reader.given_once(number, id_column, external_id, None, metrics, the_post):
            continue  # a post an earlier row gave (two downloads put together)
        link = links[index]
        account = account_of(link) if link else None
        add(
            (
                "x",
                account.group(1) if account else "",
                external_id,
                link,
                published,
                time_known,
                texts[index],
                None,
                metrics,
            )
        )


def _read_content(reader: ColumnReader) -> None:
    # Early 2025 files say ``Link`` (and ``Share``, ``Url clicks``, ``Mon Feb 17 2025``).
    _read_posts(reader, "post id", ("post link", "link"), "post text", time_in_file=False)


def _read_legacy(reader: ColumnReader) -> None:
    _read_posts(reader, "tweet id", ("tweet permalink",), "tweet text", time_in_file=True)


OVERVIEW_METRICS: dict[str, str | tuple[str, float]] = {
    **{k: v for k, v in POST_METRICS.items() if k in {"impressions", "likes", "engagements"}},
    "bookmarks": m.SAVES,
    "shares": m.SHARES,
    "new follows": m.NEW_FOLLOWERS,
    "unfollows": m.UNFOLLOWS,
    "replies": m.COMMENTS,
    "reposts": "reposts",
    "profile visits": m.PROFILE_VIEWS,
    "create post": "posts_created",
    "video views": m.VIDEO_VIEWS,
    "media views": "media_views",
}
VIDEO_METRICS: dict[str, str | tuple[str, float]] = {
    "views": m.VIDEO_VIEWS,
    "watch time (ms)": (m.WATCH_TIME_SECONDS, 0.001),
    "completion rate": m.COMPLETION_RATE,
    "average watch time (ms)": (m.AVERAGE_WATCH_SECONDS, 0.001),
    "estimated revenue": "revenue",
}

CONTENT = ExportKind(
    "x_content",
    "X — account analytics content",
    frozenset({"post id", "date", "post text", "impressions"}),
    _read_content,
    finish=repeats_noted(A_POST),
)
OVERVIEW = ExportKind(
    "x_overview",
    "X — account overview analytics",
    frozenset({"date", "impressions", "engagements", "new follows"}),
    daily_series("x", OVERVIEW_METRICS),
    finish=repeats_noted(A_DAY),
)
VIDEO = ExportKind(
    "x_video_overview",
    "X — video overview analytics",
    frozenset({"date", "views", "watch time (ms)"}),
    daily_series("x", VIDEO_METRICS),
    finish=repeats_noted(A_DAY),
)
LEGACY_TWEETS = ExportKind(
    "x_legacy_tweet_activity",
    "X — legacy tweet activity",
    frozenset({"tweet id", "tweet permalink", "time", "impressions"}),
    _read_legacy,
    finish=repeats_noted(A_POST),
)
KINDS = [CONTENT, OVERVIEW, VIDEO, LEGACY_TWEETS]
