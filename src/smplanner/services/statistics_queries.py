"""Read API of the statistics: imports, daily series, posts, activity hours, progress.

Used by the Statistics tab, the deliverables (report) and the CLI. Every function
copes with an empty plan (empty lists) and never writes. The SQL is in storage/
(statistics_reads.py, statistics_post_table.py); here the rows get their types.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from smplanner.domain.stat_records import StatPost
from smplanner.storage import statistics_post_table as post_table
from smplanner.storage import statistics_reads as reads
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.statistics_post_table import PostTableRow

# The columns the posts table sorts by (post_table_ids' ``sort``).
POST_SORT_KEYS = tuple(post_table.SORT_KEYS)


@dataclass(frozen=True)
class ImportRecord:
    """One recorded import, newest first in ``imports()``."""

    id: int
    source_label: str
    source_kind: str
    file_hash: str | None
    imported_at: str
    rows_read: int
    posts_added: int
    posts_updated: int
    daily_added: int
    daily_updated: int


@dataclass(frozen=True)
class SeriesKey:
    """A daily series present in the plan, with its extent."""

    network: str
    metric: str
    first_day: date
    last_day: date
    days: int


@dataclass(frozen=True)
class StoredStatPost:
    """An imported post as stored, with its row id and planned post (if matched)."""

    id: int
    post: StatPost
    planned_post_id: int | None = None


def imports(plan: PlanFile) -> list[ImportRecord]:
    """Every recorded import, newest first."""
    return [ImportRecord(*row) for row in reads.select_imports(plan.conn)]


def import_with_hash(plan: PlanFile, file_hash: str) -> ImportRecord | None:
    """The latest import of a file with this content, if it was imported before."""
    for record in imports(plan):
        if record.file_hash == file_hash:
            return record
    return None


def series_keys(plan: PlanFile) -> list[SeriesKey]:
    """The (network, metric) daily series available, all accounts together."""
    rows = reads.select_series_keys(plan.conn)
    return [
        SeriesKey(n, m, date.fromisoformat(a), date.fromisoformat(b), c) for n, m, a, b, c in rows
    ]


def daily_series(
    plan: PlanFile,
    network: str,
    metric: str,
    start: date | None = None,
    end: date | None = None,
    account: str | None = None,
) -> list[tuple[date, float]]:
    """One metric per day (summed over the network's accounts unless one is named).

    ``start`` and ``end`` are inclusive.
    """
    rows = reads.select_daily_series(plan.conn, network, metric, start, end, account)
    return [(date.fromisoformat(day), float(value)) for day, value in rows]


def stat_posts(
    plan: PlanFile,
    network: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[StoredStatPost]:
    """Imported posts with their metrics, oldest first; ``start``/``end`` inclusive days."""
    result = []
    for row in reads.select_stat_posts(plan.conn, network, start, end):
        published = datetime.fromisoformat(row[5]) if row[5] else None
        post = StatPost(
            network=row[1],
            account=row[2],
            external_id=row[3],
            link=row[4],
            published_at=published,
            text=row[6],
            post_type=row[7],
            metrics={k: float(v) for k, v in json.loads(row[8]).items()},
            time_known=bool(row[10]),
        )
        result.append(StoredStatPost(id=row[0], post=post, planned_post_id=row[9]))
    return result


def stat_post_count(plan: PlanFile) -> int:
    """How many posts are imported."""
    return post_table.post_count(plan.conn)


def stat_post_networks(plan: PlanFile) -> list[str]:
    """The networks of the imported posts, sorted."""
    return post_table.post_networks(plan.conn)


def post_table_ids(
    plan: PlanFile,
    *,
    sort: str = "published",
    descending: bool = False,
    text: str = "",
    networks: Iterable[str] = (),
) -> array[int]:
    """Ids of the imported posts for the posts table, sorted by one of POST_SORT_KEYS
    (ties oldest first) and filtered: the text or stored date contains ``text`` (case
    aside) or the network is one of ``networks``. A compact array, not the posts."""
    return post_table.ordered_ids(
        plan.conn, sort=sort, descending=descending, text=text, networks=networks
    )


def post_table_first_ids(
    plan: PlanFile,
    limit: int,
    *,
    sort: str = "published",
    descending: bool = False,
    text: str = "",
    networks: Iterable[str] = (),
) -> list[int] | None:
    """``post_table_ids(...)[:limit]`` when a filter many posts meet makes the whole
    list slow (an index walk instead of a read and sort of them all), else None."""
    return post_table.first_ids(
        plan.conn, limit, sort=sort, descending=descending, text=text, networks=networks
    )


def post_search_behind(plan: PlanFile) -> int:
    """How many posts the posts filter's index has not indexed yet (0 without one)."""
    from smplanner.storage import statistics_post_search as post_search

    return post_search.behind(plan.conn) if post_search.present(plan.conn) else 0


# Past this many posts not indexed, the posts table indexes them on a worker when it
# loads (after imports, a large plan's first opening after the migration); fewer are
# checked by id by each filter (~8 ms for 25,000).
POST_SEARCH_BEHIND_IN_BACKGROUND = 25_000


# Sorts of the posts table read a page at a time (unfiltered), whatever the plan's size.
PAGED_POST_SORTS = post_table.PAGED_SORTS


def post_table_id_page(
    plan: PlanFile,
    offset: int,
    limit: int,
    *,
    sort: str = "published",
    descending: bool = True,
) -> list[int]:
    """A page of ``post_table_ids(sort=sort)`` (no filter) for a sort of
    PAGED_POST_SORTS, read from an index: the posts table's first order (newest first)
    and its sorts by engagement rate, whatever the plan's size."""
    return post_table.ids_page(plan.conn, offset, limit, sort=sort, descending=descending)


def post_table_rows(plan: PlanFile, ids: Iterable[int]) -> dict[int, PostTableRow]:
    """The table rows (KPIs computed by SQLite) of some posts, by id."""
    return post_table.rows_by_id(plan.conn, ids)


def all_post_table_rows(plan: PlanFile) -> Iterator[PostTableRow]:
    """Every post's table row, oldest first, read as consumed (exports)."""
    return post_table.all_rows(plan.conn)


def best_and_worst_posts(plan: PlanFile, best_count: int = 3) -> dict[int, str]:
    """Post id -> "best"/"worst": at most ``best_count`` each (and never more than half
    the posts) by engagement rate within each denominator."""
    return post_table.best_and_worst(plan.conn, best_count)


def posts_to_match(
    plan: PlanFile,
) -> list[tuple[int, str, str, str | None, datetime | None, str | None]]:
    """(id, network, external id, link, published_at, text) of every imported post,
    oldest first: what plan-versus-actual matching compares, without the figures."""
    rows = reads.select_posts_to_match(plan.conn)
    return [
        (i, network, external_id, link, datetime.fromisoformat(at) if at else None, text)
        for i, network, external_id, link, at, text in rows
    ]


def post_choices(plan: PlanFile) -> list[tuple[str, str, str | None]]:
    """(network, external id, first 50 characters of the text) of every imported post,
    oldest first: enough to pick one, without its figures."""
    return reads.select_post_choices(plan.conn)


def follower_activity(plan: PlanFile, network: str) -> list[tuple[int, int, float]]:
    """(weekday 0=Monday, hour, mean active followers) from imported activity hours."""
    rows = reads.select_activity_hours(plan.conn, network)
    sums: dict[tuple[int, int], list[float]] = {}
    for day, hour, active in rows:
        key = (date.fromisoformat(day).weekday(), int(hour))
        sums.setdefault(key, []).append(float(active))
    return sorted((wd, h, sum(v) / len(v)) for (wd, h), v in sums.items())


def saved_column_mappings(plan: PlanFile) -> dict[str, dict[str, str]]:
    """Generic-CSV column mappings saved by name (target field -> column header)."""
    from smplanner.storage.statistics_column_mappings import select_mappings

    return {name: json.loads(mapping) for name, mapping in select_mappings(plan.conn)}


def figures_of_planned_posts(plan: PlanFile) -> dict[int, dict[str, float]]:
    """Plan versus actual for the calendar: planned post id -> its imported figures."""
    rows = reads.select_matched_figures(plan.conn)
    return {
        int(planned): {k: float(v) for k, v in json.loads(metrics).items()}
        for planned, metrics in rows
    }
