"""Meta Business Suite post exports (Insights > Content > Export): Facebook and Instagram.

One row per post with lifetime totals. ``Publish time`` reads ``09/28/2026 18:12``
(month first, the account's local time). Facebook's caption sits in ``Title`` or
``Description`` depending on the post type; Instagram files before 2025 say
``Impressions`` where newer ones say ``Views``.
"""

from __future__ import annotations

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import StatPost
from smplanner.importers.export_reading import ColumnReader, ExportKind, RowIsBad
from smplanner.messages import Message

FACEBOOK_METRICS: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "impressions": m.IMPRESSIONS,
    "reach": m.REACH,
    "reactions, comments and shares": m.INTERACTIONS,
    "reactions": m.REACTIONS,
    "comments": m.COMMENTS,
    "shares": m.SHARES,
    "total clicks": m.CLICKS,
    "link clicks": m.LINK_CLICKS,
    "other clicks": "other_clicks",
    "seconds viewed": m.WATCH_TIME_SECONDS,
    "average seconds viewed": m.AVERAGE_WATCH_SECONDS,
    "negative feedback from users: hide all": "hide_all",
    "negative feedback from users: hide": "hide",
    "duration (sec)": "duration_seconds",
}

INSTAGRAM_METRICS: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "impressions": m.IMPRESSIONS,
    "reach": m.REACH,
    "likes": m.LIKES,
    "shares": m.SHARES,
    "follows": m.NEW_FOLLOWERS,
    "comments": m.COMMENTS,
    "saves": m.SAVES,
    "duration (sec)": "duration_seconds",
}


def _read_posts(reader: ColumnReader, network: str, account_headers: tuple[str, ...]) -> None:
    column = reader.column
    post_id = column("post id")
    account = column(*account_headers)
    publish = column("publish time")
    link = column("permalink")
    kind = column("post type")
    captions = [column("description"), column("title")]
    metrics = reader.mapped(FACEBOOK_METRICS if network == "facebook" else INSTAGRAM_METRICS)
    for number, row in reader.rows():
        try:
            external_id = reader.text(row, post_id)
            if external_id is None:
                raise reader.fail(number, post_id, Message("the post id is missing."))
            text = next((t for t in (reader.text(row, c) for c in captions) if t), None)
            reader.reading.add_post(
                StatPost(
                    network=network,
                    account=reader.text(row, account) or "",
                    external_id=external_id,
                    link=reader.text(row, link),
                    published_at=reader.moment(number, row, publish),
                    text=text,
                    post_type=reader.text(row, kind),
                    metrics=reader.metrics(number, row, metrics),
                )
            )
        except RowIsBad:
            continue


def _read_facebook(reader: ColumnReader) -> None:
    _read_posts(reader, "facebook", ("page name", "page id"))


def _read_instagram(reader: ColumnReader) -> None:
    _read_posts(reader, "instagram", ("account username", "account name", "account id"))


FACEBOOK_POSTS = ExportKind(
    kind="meta_facebook_posts",
    label="Meta Business Suite — Facebook posts",
    required=frozenset({"post id", "page id", "publish time", "permalink"}),
    read_rows=_read_facebook,
)
INSTAGRAM_POSTS = ExportKind(
    kind="meta_instagram_posts",
    label="Meta Business Suite — Instagram posts",
    required=frozenset({"post id", "account id", "account username", "publish time"}),
    read_rows=_read_instagram,
)
KINDS = [FACEBOOK_POSTS, INSTAGRAM_POSTS]
