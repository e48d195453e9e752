"""Facebook Insights' legacy exports (old archives): posts, and the page's days.

Two header rows: the column names, then a row of descriptions. Several columns
repeat one name (``Lifetime Post Stories by action type`` three times) and are told
apart only by the description row (``like``, ``comment``, ``share``), or in some files
by a `` - like`` suffix. Likes, comments and shares are the *Post Stories by action
type* columns (counts of actions), not *Talking About This* (people, kept as
``people_…``); clicks are *Post Consumptions* (clicks), not *Consumers* (people).
``Posted`` is Pacific time, like Meta's ``Publish time``. The page-level export
(``Lifetime Total Likes``, ``Daily New Likes``…, one row a day) gives account series.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import StatPost
from smplanner.importers.column_reader import ColumnReader, RowIsBad, normalize_header
from smplanner.importers.export_kinds import (
    A_DAY,
    A_POST,
    ExportKind,
    read_daily_rows,
    repeats_noted,
)
from smplanner.importers.export_reading import note_night_row, the_post
from smplanner.importers.meta_posts import META_TIME_ZONE
from smplanner.messages import Message

# Columns with a name of their own (folded) -> metric.
_NAMED = {
    "lifetime post total reach": m.REACH,
    "lifetime post organic reach": "reach_organic",
    "lifetime post paid reach": "reach_paid",
    "lifetime post total impressions": m.IMPRESSIONS,
    "lifetime post organic impressions": "impressions_organic",
    "lifetime post paid impressions": "impressions_paid",
    "lifetime engaged users": "engaged_users",
    "lifetime post consumers": "people_clicked",  # people, not clicks
    "lifetime post consumptions": m.CLICKS,
    "lifetime negative feedback": "negative_feedback",
    "lifetime negative feedback from users": "negative_feedback_users",
}
# Repeated names -> {type of the column (description row or " - type") -> metric}.
_BY_TYPE: dict[str, dict[str, str]] = {
    "lifetime post stories by action type": {
        "like": m.LIKES,
        "comment": m.COMMENTS,
        "share": m.SHARES,
    },
    "lifetime talking about this (post) by action type": {
        "like": "people_liked",
        "comment": "people_commented",
        "share": "people_shared",
    },
    "lifetime post consumptions by type": {
        "link clicks": m.LINK_CLICKS,
        "other clicks": "other_clicks",
        "photo view": "photo_views",
        "video play": "video_plays",
    },
    "lifetime post consumers by type": {
        "link clicks": "people_link_clicks",
        "other clicks": "people_other_clicks",
        "photo view": "people_photo_views",
        "video play": "people_video_plays",
    },
    "lifetime negative feedback from users by type": {
        "hide_all_clicks": "hide_all",
        "hide_clicks": "hide",
        "report_spam_clicks": "report_spam",
        "unlike_page_clicks": "unlike_page",
    },
}
_CLICK_TYPES = (m.LINK_CLICKS, "other_clicks", "photo_views", "video_plays")


def _type_of(name: str, description: str, types: dict[str, str]) -> str | None:
    """The column's type: the description row's word, else the name's `` - type``."""
    for text in (description, name.rpartition(" - ")[2] if " - " in name else ""):
        if text in types:
            return types[text]
    for word in sorted(types, key=len, reverse=True):  # "…, by action type: like"
        if description.endswith((f" {word}", f"-{word}", f"({word})", f":{word}")):
            return types[word]
    return None


def _mapping(reader: ColumnReader) -> tuple[dict[int, tuple[str, float]], list[str]]:
    """Column -> metric, and the repeated columns no type could be told for."""
    rows = reader.table.rows
    descriptions = rows[reader.header_index + 1] if reader.header_index + 1 < len(rows) else []
    mapping: dict[int, tuple[str, float]] = {}
    untold: list[str] = []
    for position, header in enumerate(reader.headers):
        name = normalize_header(header)
        description = normalize_header(
            descriptions[position] if position < len(descriptions) else ""
        )
        family = name.partition(" - ")[0]
        if name in _NAMED:
            mapping[position] = (_NAMED[name], 1.0)
        elif family in _BY_TYPE:
            metric = _type_of(name, description, _BY_TYPE[family])
            if metric is None:
                untold.append(header)
            elif metric not in {target for target, _factor in mapping.values()}:
                mapping[position] = (metric, 1.0)
    return mapping, untold


def _read(reader: ColumnReader) -> None:
    mapping, untold = _mapping(reader)
    if untold:
        reader.reading.notes.append(
            Message(
                "Columns left out, their description row naming no type: {columns}.",
                columns=", ".join(untold),
            )
        )
    reader.first_data_row += 1  # the row of descriptions
    reader.reading.time_zone = META_TIME_ZONE
    zone = ZoneInfo(META_TIME_ZONE)
    post_id = reader.column("post id")
    for number, row in reader.rows():
        try:
            external_id = reader.text(row, post_id)
            if external_id is None:
                raise reader.fail(number, post_id, Message("the post id is missing."))
            published = reader.moment(number, row, reader.column("posted"))
            figures = reader.metrics(number, row, mapping)
        except RowIsBad:
            continue
        if not reader.given_once(number, post_id, external_id, None, figures, the_post):
            continue  # a post an earlier row gave (two archives put together)
        if m.CLICKS not in figures and any(kind in figures for kind in _CLICK_TYPES):
            figures[m.CLICKS] = sum(figures.get(kind, 0.0) for kind in _CLICK_TYPES)
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=zone)
            note_night_row(reader.reading, external_id, number, published)
        reader.reading.add_post(
            StatPost(
                network="facebook",
                account="",
                external_id=external_id,
                link=reader.text(row, reader.column("permalink")),
                published_at=published,
                text=reader.text(row, reader.column("post message")),
                post_type=reader.text(row, reader.column("type")),
                metrics=figures,
            )
        )


# The page-level export: one row a day, a row of descriptions under the names.
_PAGE = {
    "lifetime total likes": m.FOLLOWERS,
    "daily new likes": m.NEW_FOLLOWERS,
    "daily unlikes": m.UNFOLLOWS,
    "daily page engaged users": "engaged_users",
    "daily total reach": m.REACH,
    "daily organic reach": "reach_organic",
    "daily paid reach": "reach_paid",
    "daily total impressions": m.IMPRESSIONS,
    "daily organic impressions": "impressions_organic",
    "daily paid impressions": "impressions_paid",
    "daily page consumptions": m.CLICKS,
}


def _read_page(reader: ColumnReader) -> None:
    below = reader.table.rows[reader.header_index + 1 : reader.header_index + 2]
    date_cell = reader.cell(below[0], reader.column("date")) if below else None
    if isinstance(date_cell, str) and not date_cell[:1].isdigit():
        reader.first_data_row += 1  # the row of descriptions
    read_daily_rows(reader, "facebook", reader.mapped(_PAGE))


LEGACY_POSTS = ExportKind(
    kind="facebook_legacy_posts",
    label="Facebook Insights — legacy post export",
    required=frozenset({"post id", "permalink", "post message", "posted"}),
    read_rows=_read,
    finish=repeats_noted(A_POST),
    header_rows=2,  # every part read repeats the names and the descriptions
)
LEGACY_PAGE = ExportKind(
    kind="facebook_legacy_page",
    label="Facebook Insights — legacy page export",
    required=frozenset({"date", "lifetime total likes", "daily new likes"}),
    read_rows=_read_page,
    finish=repeats_noted(A_DAY),
)
KINDS = [LEGACY_POSTS, LEGACY_PAGE]
