"""CSV of posts and of statistics, for spreadsheets.

Written for the spreadsheet of the plan's language: French spreadsheets expect ";"
between fields and a decimal comma, English ones "," and a decimal point. Files
start with a UTF-8 byte-order mark so that Excel reads accents correctly. One row
per record, long format for daily statistics (date, network, metric, value) so that
pivot tables work directly.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from smplanner.domain.spreadsheet_cells import guard_row
from smplanner.services.export_json import open_atomically
from smplanner.storage import calendar_rows, export_reads
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties

POST_COLUMNS = (
    "id",
    "network",
    "scheduled_at",
    "status",
    "title",
    "text",
    "hashtags",
    "link",
    "pillar",
    "objective",
    "campaign",
)


def _dialect(plan: PlanFile) -> tuple[str, str]:
    """(field separator, decimal mark) for the plan's language."""
    return (";", ",") if read_properties(plan).language == "fr" else (",", ".")


def _number(value: float | None, decimal: str) -> str:
    if value is None:
        return ""
    text = f"{value:.10g}" if value != int(value) else str(int(value))
    return text.replace(".", decimal)


def write_csv_stream(
    target: Path,
    header: Sequence[str] | None,
    rows: Iterable[Sequence[object]],
    sep: str = ",",
    *,
    byte_order_mark: bool = True,
) -> int:
    """Write a CSV as the rows come (a 1,000,000-row table never sits in memory), every
    cell guarded against formulas, atomically; return the rows written."""
    count = 0
    with open_atomically(Path(target)) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=False)
        if byte_order_mark:
            text.write("\ufeff")  # Excel reads accents right with it
        writer = csv.writer(text, delimiter=sep, lineterminator="\r\n")
        # Texts typed by users or imported from the networks may start like a formula.
        if header is not None:
            writer.writerow(guard_row(header))
        for row in rows:
            writer.writerow(guard_row(row))
            count += 1
        text.flush()
        text.detach()  # the binary file is closed by open_atomically
    return count


def _write(target: Path, header: Sequence[str], rows: Iterable[Sequence[object]], sep: str) -> int:
    return write_csv_stream(target, header, rows, sep)


def write_posts_csv(plan: PlanFile, target: Path) -> int:
    """Every post (ideas last) with its pillar, objective and campaign by name."""
    from smplanner.services import calendar_queries, strategy_queries

    sep, _decimal = _dialect(plan)  # the posts stream from SQLite: 50,000 never sit in memory
    pillars = {p.id: p.name for p in strategy_queries.content_pillars(plan)}
    objectives = {o.id: o.title for o in strategy_queries.objectives(plan)}
    campaigns = {c.id: c.name for c in calendar_queries.campaigns(plan)}
    rows = (
        (
            post.id,
            post.network,
            post.scheduled_at.isoformat() if post.scheduled_at else "",
            post.status,
            post.title,
            post.text,
            post.hashtags,
            post.link,
            pillars.get(post.pillar_id or -1, ""),
            objectives.get(post.objective_id or -1, ""),
            campaigns.get(post.campaign_id or -1, ""),
        )
        for post in calendar_rows.stream_posts(plan.conn)
    )
    return _write(target, POST_COLUMNS, rows, sep)


def write_daily_statistics_csv(plan: PlanFile, target: Path) -> int:
    """Every imported or typed daily figure: date, network, metric, value."""
    from smplanner.services import statistics_queries

    sep, decimal = _dialect(plan)

    def rows() -> Iterable[Sequence[object]]:
        for key in statistics_queries.series_keys(plan):
            for day, value in statistics_queries.daily_series(plan, key.network, key.metric):
                yield (day.isoformat(), key.network, key.metric, _number(value, decimal))

    return _write(target, ("date", "network", "metric", "value"), rows(), sep)


def write_post_statistics_csv(plan: PlanFile, target: Path) -> int:
    """Every imported post with one column per metric found in any of them."""
    sep, decimal = _dialect(plan)
    metrics = export_reads.stat_post_metric_names(plan.conn)
    header = ["network", "account", "published_at", "link", "text", "planned_post_id", *metrics]

    def rows() -> Iterable[Sequence[object]]:
        for (
            network,
            account,
            published,
            link,
            text,
            planned,
            figures,
        ) in export_reads.stream_stat_posts(plan.conn):
            values = json.loads(figures) if figures else {}
            yield (
                network,
                account,
                datetime.fromisoformat(published).isoformat() if published else "",
                link or "",
                text or "",
                planned or "",
                *(_number(_figure(values.get(name)), decimal) for name in metrics),
            )

    return _write(target, header, rows(), sep)


def _figure(value: float | None) -> float | None:
    return None if value is None else float(value)  # a whole number in the JSON: an int
