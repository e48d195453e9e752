"""LinkedIn Page analytics workbooks (.xls or re-saved .xlsx): content, followers, visitors.

Row 1 of the content file is a note and the header is on row 2 (header rows are
searched, not assumed). Dates are ``MM/DD/YYYY``; ``NA`` means no value. Older
files say ``Shares (…)`` where newer ones say ``Reposts (…)``. A post's id is the
number in ``urn:li:activity:<id>`` in its link, and also tells its time.
"""

from __future__ import annotations

import re

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import StatPost
from smplanner.importers.cell_values import linkedin_activity_time
from smplanner.importers.export_reading import (
    ColumnReader,
    ExportKind,
    RowIsBad,
    metric_slug,
    normalize_header,
    read_daily_rows,
)
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

_ACTIVITY = re.compile(r"urn:li:(?:activity|share|ugcPost):(\d+)")
_BASES = {
    "impressions": m.IMPRESSIONS,
    "unique impressions": "unique_impressions",
    "clicks": m.CLICKS,
    "reactions": m.REACTIONS,
    "comments": m.COMMENTS,
    "reposts": m.SHARES,
    "shares": m.SHARES,
}
_SPLIT = re.compile(r"^(.*?)\s*\((organic|sponsored|total)\)$")


def _read_metrics(reader: ColumnReader) -> None:
    mapping: dict[int, tuple[str, float]] = {}
    for position, header in enumerate(reader.headers):
        match = _SPLIT.match(normalize_header(header))
        if not match or match.group(1) not in _BASES:
            continue  # engagement rates are recomputed, never summed
        base = _BASES[match.group(1)]
        metric = base if match.group(2) == "total" else f"{base}_{match.group(2)}"
        mapping[position] = (metric, 1.0)
    read_daily_rows(reader, "linkedin", mapping)


POST_METRICS: dict[str, str | tuple[str, float]] = {
    "impressions": m.IMPRESSIONS,
    "views": m.VIEWS,
    "views (excluding offsite video views)": m.VIEWS,
    "offsite views": "offsite_views",
    "clicks": m.CLICKS,
    "likes": m.LIKES,
    "comments": m.COMMENTS,
    "reposts": m.SHARES,
    "shares": m.SHARES,
    "follows": m.NEW_FOLLOWERS,
}


def _read_posts(reader: ColumnReader) -> None:
    link_column = reader.column("post link")
    created = reader.column("created date")
    metrics = reader.mapped(POST_METRICS)
    for number, row in reader.rows():
        try:
            link = reader.text(row, link_column)
            if link is None:
                raise reader.fail(number, link_column, Message("the post link is missing."))
            match = _ACTIVITY.search(link)
            external_id = match.group(1) if match else link
            published = reader.moment(number, row, created)
            from_id = linkedin_activity_time(external_id) if match else None
            # The id carries the hour the export leaves out; trust it if the days agree.
            if from_id is not None and (
                published is None or abs((from_id.date() - published.date()).days) <= 1
            ):
                published = from_id
            reader.reading.add_post(
                StatPost(
                    network="linkedin",
                    account="",
                    external_id=external_id,
                    link=link,
                    published_at=published,
                    text=reader.text(row, reader.column("post title")),
                    post_type=reader.text(row, reader.column("post type", "content type")),
                    metrics=reader.metrics(number, row, metrics),
                    time_known=from_id is not None and published == from_id,
                )
            )
        except RowIsBad:
            continue


FOLLOWER_METRICS: dict[str, str | tuple[str, float]] = {
    "sponsored followers": "new_followers_sponsored",
    "organic followers": "new_followers_organic",
    "auto-invited followers": "new_followers_invited",
    "total followers": m.NEW_FOLLOWERS,
}


def _read_followers(reader: ColumnReader) -> None:
    read_daily_rows(reader, "linkedin", reader.mapped(FOLLOWER_METRICS))


def _detect_visitors(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:6]):
        names = [normalize_header(cell) for cell in row]
        if "date" in names and any("page views" in name for name in names):
            return index
    return None


def _read_visitors(reader: ColumnReader) -> None:
    mapping: dict[int, tuple[str, float]] = {}
    for position, header in enumerate(reader.headers):
        name = normalize_header(header)
        if name == "date" or not name:
            continue
        if name == "total page views (total)":
            mapping[position] = ("page_views", 1.0)
        elif name == "total unique visitors (total)":
            mapping[position] = ("unique_visitors", 1.0)
        else:
            mapping[position] = (metric_slug(name), 1.0)
    read_daily_rows(reader, "linkedin", mapping)


def _detect_metrics(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:6]):
        names = {normalize_header(cell) for cell in row}
        if (
            "date" in names
            and "impressions (total)" in names
            and ("clicks (total)" in names or "impressions (organic)" in names)
        ):
            return index
    return None


CONTENT_METRICS = ExportKind(
    kind="linkedin_content_metrics",
    label="LinkedIn Page — content metrics (sheet Metrics)",
    required=frozenset({"date", "impressions (total)"}),
    read_rows=_read_metrics,
    detect=_detect_metrics,
)
CONTENT_POSTS = ExportKind(
    kind="linkedin_content_posts",
    label="LinkedIn Page — content (sheet All posts)",
    required=frozenset({"post title", "post link", "created date"}),
    read_rows=_read_posts,
)
FOLLOWERS = ExportKind(
    kind="linkedin_followers",
    label="LinkedIn Page — new followers",
    required=frozenset({"date", "organic followers", "total followers"}),
    read_rows=_read_followers,
)
VISITORS = ExportKind(
    kind="linkedin_visitors",
    label="LinkedIn Page — visitor metrics",
    required=frozenset({"date"}),
    read_rows=_read_visitors,
    detect=_detect_visitors,
)
KINDS = [CONTENT_METRICS, CONTENT_POSTS, FOLLOWERS, VISITORS]
