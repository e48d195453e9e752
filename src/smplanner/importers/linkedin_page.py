"""LinkedIn Page analytics workbooks (.xls or re-saved .xlsx): content, followers, visitors.

Row 1 of the content file is a note and the header is on row 2 (header rows are
searched, not assumed). Dates are ``MM/DD/YYYY``; ``NA`` means no value. Older
files say ``Shares (…)`` where newer ones say ``Reposts (…)``. A post's id is the
number in ``urn:li:activity:<id>`` in its link, and also tells its time. In ``All
posts`` a boosted post has an Organic row, a Sponsored row per campaign and a Total
row: organic, sponsored and total figures are kept apart, never the last row alone.
Today's files are .xlsx with every cell as text (numbers and dates read from it).
Column names are English: French LinkedIn names are not confirmed by real files yet,
so a French workbook is refused by name (export_language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import StatPost
from smplanner.importers.cell_values import Cell, linkedin_activity_time
from smplanner.importers.column_reader import ColumnReader, RowIsBad, metric_slug, normalize_header
from smplanner.importers.export_kinds import (
    A_DAY,
    A_POST,
    ExportKind,
    read_daily_rows,
    repeats_noted,
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


# ``Post type`` in ``All posts`` says which figures a row holds: a boosted post has
# one Organic row, one Sponsored row per campaign and a Total row (same link).
_ROW_KINDS = frozenset({"organic", "sponsored", "total"})


@dataclass
class _LinkedInPost:
    """One post of ``All posts`` as its rows come: organic, sponsored, total."""

    post: StatPost
    organic: dict[str, float] | None = None
    sponsored: dict[str, float] = field(default_factory=dict)
    campaigns: list[str] = field(default_factory=list)
    total: dict[str, float] | None = None

    def metrics(self) -> dict[str, float]:
        """Organic figures as the post's (the method reads organic reach), the
        campaigns' added up as ``<metric>_sponsored``, the Total row as ``<metric>_total``."""
        figures = dict(self.organic or {})
        figures.update({f"{metric}_sponsored": v for metric, v in self.sponsored.items()})
        if self.campaigns:
            figures["sponsored_campaigns"] = float(len(self.campaigns))
        figures.update({f"{metric}_total": v for metric, v in (self.total or {}).items()})
        return figures


def _the_row(key: str, _day: object) -> Message:
    """What a repeated row of All posts gives again: the post's organic, total or
    campaign figures (key: "<post id> <kind> <campaign>")."""
    post, kind, campaign = key.split(" ", 2)
    if kind == "sponsored":
        return Message("post {id}, campaign {campaign}", id=post, campaign=campaign)
    if kind == "total":
        return Message("post {id}, Total row", id=post)
    return Message("post {id}", id=post)


def _row_kind(reader: ColumnReader, row: list[Cell]) -> str:
    text = reader.text(row, reader.column("post type"))
    kind = normalize_header(text) if text else ""
    return kind if kind in _ROW_KINDS else "organic"  # older files: one row a post


def _read_posts(reader: ColumnReader) -> None:
    link_column = reader.column("post link")
    created = reader.column("created date")
    metrics = reader.mapped(POST_METRICS)
    posts: dict[str, _LinkedInPost] = {}
    for number, row in reader.rows():
        try:
            link = reader.text(row, link_column)
            if link is None:
                raise reader.fail(number, link_column, Message("the post link is missing."))
            match = _ACTIVITY.search(link)
            external_id = match.group(1) if match else link
            published = reader.moment(number, row, created)
            figures = reader.metrics(number, row, metrics)
        except RowIsBad:
            continue
        from_id = linkedin_activity_time(external_id) if match else None
        # The id carries the hour the export leaves out; trust it if the days agree.
        if from_id is not None and (
            published is None or abs((from_id.date() - published.date()).days) <= 1
        ):
            published = from_id
        kind = _row_kind(reader, row)
        campaign = reader.text(row, reader.column("campaign name")) or ""
        # A row of a post (organic, total, a named campaign) an earlier row gave: read
        # once. Two unnamed campaigns of one post cannot be told from a repeat: both kept.
        if (kind != "sponsored" or campaign) and not reader.given_once(
            number, link_column, f"{external_id} {kind} {campaign}", None, figures, _the_row
        ):
            continue
        content_type = reader.text(row, reader.column("content type"))
        if content_type is None and kind == "organic":
            content_type = reader.text(row, reader.column("post type"))
        entry = posts.get(external_id)
        if entry is None:
            entry = posts[external_id] = _LinkedInPost(
                StatPost(
                    network="linkedin",
                    account="",
                    external_id=external_id,
                    link=link,
                    published_at=published,
                    text=reader.text(row, reader.column("post title")),
                    post_type=content_type,
                    metrics={},
                    time_known=from_id is not None and published == from_id,
                )
            )
        if kind == "sponsored":
            entry.campaigns.append(campaign)
            for metric, value in figures.items():
                entry.sponsored[metric] = entry.sponsored.get(metric, 0.0) + value
        elif kind == "total":
            entry.total = figures
        else:
            entry.organic = figures
    boosted = 0
    for entry in posts.values():
        boosted += bool(entry.campaigns or entry.total)
        reader.reading.add_post(replace(entry.post, metrics=entry.metrics()))
    if boosted:
        reader.reading.notes.append(
            Message(
                "{count} boosted post(s): their organic figures are the post's; the "
                "sponsored campaigns are added up apart (…_sponsored) and the Total "
                "row kept apart (…_total).",
                count=boosted,
            )
        )


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
    finish=repeats_noted(A_DAY),
    detect=_detect_metrics,
)
CONTENT_POSTS = ExportKind(
    kind="linkedin_content_posts",
    label="LinkedIn Page — content (sheet All posts)",
    required=frozenset({"post title", "post link", "created date"}),
    read_rows=_read_posts,
    finish=repeats_noted(A_POST),
)
FOLLOWERS = ExportKind(
    kind="linkedin_followers",
    label="LinkedIn Page — new followers",
    required=frozenset({"date", "organic followers", "total followers"}),
    read_rows=_read_followers,
    finish=repeats_noted(A_DAY),
)
VISITORS = ExportKind(
    kind="linkedin_visitors",
    label="LinkedIn Page — visitor metrics",
    required=frozenset({"date"}),
    read_rows=_read_visitors,
    finish=repeats_noted(A_DAY),
    detect=_detect_visitors,
)
KINDS = [CONTENT_METRICS, CONTENT_POSTS, FOLLOWERS, VISITORS]
