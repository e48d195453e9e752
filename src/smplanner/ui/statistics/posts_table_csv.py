"""The posts table's rows as the user reads them: the publish time in the plan's zone,
and the "Posts as CSV" file (English column names, raw numbers, formulas guarded)."""

from __future__ import annotations

import csv
from datetime import datetime, tzinfo
from typing import Any, TextIO

from smplanner.domain.spreadsheet_cells import guard_row
from smplanner.storage.statistics_post_table import PostTableRow


def published_text(row: PostTableRow, zone: tzinfo | None) -> str:
    """The publish time in ``zone`` (the plan's), the day only when the hour is unknown."""
    if row.published_at is None:
        return ""
    moment = datetime.fromisoformat(row.published_at)
    if zone is not None:
        moment = moment.astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M" if row.time_known else "%Y-%m-%d")


CSV_HEADER = [
    "published",
    "network",
    "text",
    "audience",
    "interactions",
    "engagement_rate",
    "denominator",
    "planned",
    "link",
    "mark",
]


def write_posts_csv(handle: TextIO, rows: Any, marks: dict[int, str], zone: tzinfo | None) -> None:
    """Table rows as CSV (English column names, raw numbers), one line per row."""
    writer = csv.writer(handle)
    writer.writerow(CSV_HEADER)
    for row in rows:
        # Post texts come from the networks' exports: never let one run as a formula.
        writer.writerow(
            guard_row(
                [
                    published_text(row, zone),
                    row.network,
                    row.text,
                    row.audience,
                    row.interactions,
                    row.rate,
                    row.denominator,
                    row.planned,
                    row.link,
                    marks.get(row.id, ""),
                ]
            )
        )
