"""The imported posts as the Statistics tab's table reads them: a window at a time.

A 100,000-post plan is never loaded whole: ``ordered_ids`` gives the ids in the
order and under the filter asked (a compact array), ``rows_by_id`` the few rows a
view shows, and ``best_and_worst`` the ids to tint, ranked by SQLite.
KPIs come from ``statistics_post_figures`` (the domain's formulas in SQL).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import insort
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from smplanner.storage import statistics_post_figures as figures
from smplanner.storage import statistics_post_search as post_search
from smplanner.storage.text_prefilter import prefilter

TEXT_WIDTH = 140  # characters of a post's text the table keeps


class PostTableRow(NamedTuple):
    """One table row, raw: the view formats dates and numbers when it paints."""

    id: int
    published_at: str | None  # ISO text with offset, as stored
    time_known: bool
    network: str
    text: str  # on one line, at most TEXT_WIDTH characters
    audience: float | None
    interactions: float | None
    rate: float | None
    denominator: str
    planned: bool
    link: str | None


_COLUMNS = (
    "p.id, p.published_at, p.time_known, p.network,"
    f" replace(substr(coalesce(p.text, ''), 1, {TEXT_WIDTH}), char(10), ' '),"
    f" {figures.AUDIENCE}, {figures.INTERACTIONS}, {figures.RATE}, {figures.DENOMINATOR},"
    " m.planned_post_id IS NOT NULL, p.link"
)
_FROM = " FROM stat_posts p LEFT JOIN stat_post_matches m ON m.stat_post_id = p.id"
# The order of stat_posts() (oldest first): ties of any sort keep it.
SOURCE_ORDER = "p.published_at, p.id"

# Sort keys of the table's columns, as the table compared them (None as -1 for figures).
SORT_KEYS = {
    "published": "strftime('%Y-%m-%d %H:%M', p.published_at)",
    "network": "p.network",
    "text": f"replace(substr(coalesce(p.text, ''), 1, {TEXT_WIDTH}), char(10), ' ')",
    "audience": f"coalesce({figures.AUDIENCE}, -1.0)",
    "interactions": f"coalesce({figures.INTERACTIONS}, -1.0)",
    "rate": figures.RATE_SORT,
    "denominator": figures.DENOMINATOR,
    "planned": "m.planned_post_id IS NOT NULL",
}


def _row(values: tuple[Any, ...]) -> PostTableRow:
    return PostTableRow(
        values[0],
        values[1],
        bool(values[2]),
        values[3],
        values[4],
        values[5],
        values[6],
        values[7],
        values[8],
        bool(values[9]),
        values[10],
    )


def _casefolded_contains(text: str | None, needle: str) -> bool:
    return text is not None and needle in text.casefold()


_DATE_CHARACTERS = frozenset("0123456789-: tT")


def _may_be_in_a_date(text: str) -> bool:
    """Whether ``text`` can occur in a shown date ("2026-03-02 09:15"): else the
    filter skips comparing every post's date (a word never matches one)."""
    return all(character in _DATE_CHARACTERS for character in text)


def _filter(text: str, networks: Iterable[str]) -> tuple[str, list[object]]:
    """WHERE clause: the text (or the shown date) contains ``text``, case aside, or the
    post's network is one of ``networks`` (those whose shown names contain it)."""
    if not text:
        return "", []
    chosen = sorted(set(networks))
    if text.isascii():  # LIKE ignores case for ASCII letters, in C
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clause = "(p.text LIKE ? ESCAPE '\\'"
        params: list[object] = [f"%{escaped}%"]
        if _may_be_in_a_date(text):  # the date's string functions cost 3x the text's LIKE
            clause += " OR replace(substr(p.published_at, 1, 16), 'T', ' ') LIKE ? ESCAPE '\\'"
            params.append(f"%{escaped}%")
    else:
        # Python's casefold for the texts that pass a test in C (text_prefilter), not
        # for every post: 7 s at 1,000,000 posts.
        cheap = prefilter("p.text", text)
        clause, params = "((smplanner_contains(p.text, ?))", [text.casefold()]
        if cheap is not None:
            clause = f"(({cheap[0]} AND smplanner_contains(p.text, ?))"
            params = [*cheap[1], text.casefold()]
    if chosen:
        clause += f" OR p.network IN ({', '.join('?' * len(chosen))})"
        params.extend(chosen)
    return " WHERE " + clause + ")", params


def ordered_ids(
    conn: sqlite3.Connection,
    *,
    sort: str = "published",
    descending: bool = False,
    text: str = "",
    networks: Iterable[str] = (),
) -> array[int]:
    """The ids of the posts matching the filter, sorted by a ``SORT_KEYS`` column.

    Ties keep the posts' own order (oldest first), as a stable sort would.
    """
    conn.create_function("smplanner_contains", 2, _casefolded_contains, deterministic=True)
    where, params = _filter(text, networks)
    order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'}, {SOURCE_ORDER}"
    narrowed = post_search.candidates(conn, text) if where else None
    if narrowed is not None:
        # The posts the trigram index names (and those of the networks asked, and
        # those it has not indexed yet), each read by its id and tested exactly.
        subquery, first = narrowed
        chosen = sorted(set(networks))
        if chosen:
            subquery += " UNION ALL SELECT id FROM stat_posts WHERE network IN"
            subquery += f" ({', '.join('?' * len(chosen))})"
            first = [*first, *chosen]
        where = f" WHERE p.id IN ({subquery}) AND ({where.removeprefix(' WHERE ')})"
        params = [*first, *params]
        source = _FROM
    else:
        # Filtered: one pass over the table, then the matches sorted. Walking a sort's
        # index instead reads each post by its id, in index order: 10 s at 1,000,000.
        source = _FROM.replace("stat_posts p", "stat_posts p NOT INDEXED") if where else _FROM
    sql = f"SELECT p.id{source}{where} ORDER BY {order}"
    ids: array[int] = array("q")
    cursor = conn.execute(sql, params)
    while batch := cursor.fetchmany(4096):
        ids.extend(row[0] for row in batch)
    return ids


# Sorts read a page at a time from an index (migrations/statistics_schema.py), unfiltered:
# by publish time (stat_posts_newest_first) and by engagement rate (stat_posts_by_rate_*).
PAGED_SORTS = ("published", "rate")

# The first ids of a filter are looked for among this many posts in the sort's order
# at most (an index walk, ~10-45 ms at 1,000,000 posts), and only when the filter may
# meet at least FEW_CANDIDATES posts: fewer are read and sorted whole as quickly.
FIRST_IDS_WALK = 16_384
FEW_CANDIDATES = 20_000


def first_ids(
    conn: sqlite3.Connection,
    limit: int,
    *,
    sort: str = "published",
    descending: bool = False,
    text: str = "",
    networks: Iterable[str] = (),
) -> list[int] | None:
    """``ordered_ids(...)[:limit]`` when it comes much sooner than the whole list, else
    None: a filter many posts meet (a word in one post of eight: 125,000 posts to read
    and sort, 0.25-0.65 s at 1,000,000 posts), in a sort read from an index
    (PAGED_SORTS). Its first ``limit`` matches are looked for among the first
    FIRST_IDS_WALK posts of that order (walking the sort's index); None when fewer are
    there, or when the trigram index names fewer than FEW_CANDIDATES posts (the whole
    list is then as quick: 1-40 ms)."""
    chosen = sorted(set(networks))
    if not text or sort not in PAGED_SORTS:
        return None
    conn.create_function("smplanner_contains", 2, _casefolded_contains, deterministic=True)
    narrowed = post_search.candidates(conn, text)
    if narrowed is not None and not chosen:  # a network asked: its posts are many
        subquery, first = narrowed
        (found,) = conn.execute(
            f"SELECT count(*) FROM ({subquery} LIMIT ?)", [*first, FEW_CANDIDATES]
        ).fetchone()
        if found < FEW_CANDIDATES:
            return None
    where, params = _filter(text, chosen)
    order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'}, {SOURCE_ORDER}"
    walked = f"SELECT p.id FROM stat_posts p ORDER BY {order} LIMIT ?"
    sql = f"SELECT p.id{_FROM}{where} AND p.id IN ({walked}) ORDER BY {order} LIMIT ?"
    ids = [row[0] for row in conn.execute(sql, [*params, FIRST_IDS_WALK, limit])]
    return ids if len(ids) == limit else None


def ids_page(
    conn: sqlite3.Connection,
    offset: int,
    limit: int,
    *,
    sort: str = "published",
    descending: bool = True,
) -> list[int]:
    """A page of every post's id in a ``PAGED_SORTS`` order:
    ``ordered_ids(sort=sort, descending=...)[offset:offset + limit]``, read from an
    index, so a page costs the same on any plan. Newest first (the table's first
    order) and either way by rate are plain walks of an index at any depth (a page far
    down costs the walk to it: ~50 ms at 1,000,000 posts); oldest first reads the
    newest-first index backwards, sorting each minute's ties."""
    if sort not in PAGED_SORTS:
        raise ValueError(f"not read by pages: {sort}")
    order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'}, {SOURCE_ORDER}"
    sql = f"SELECT p.id FROM stat_posts p ORDER BY {order} LIMIT ? OFFSET ?"
    return [row[0] for row in conn.execute(sql, (limit, offset))]


def rows_by_id(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, PostTableRow]:
    """The table rows of these posts (a window of the table), by id."""
    wanted = list(ids)
    if not wanted:
        return {}
    sql = f"SELECT {_COLUMNS}{_FROM} WHERE p.id IN (SELECT value FROM json_each(?))"
    return {row[0]: _row(row) for row in conn.execute(sql, (json.dumps(wanted),))}


def all_rows(conn: sqlite3.Connection) -> Iterator[PostTableRow]:
    """Every row, oldest first, read as it is consumed (for the CSV export)."""
    cursor = conn.execute(f"SELECT {_COLUMNS}{_FROM} ORDER BY {SOURCE_ORDER}")
    while batch := cursor.fetchmany(1024):
        yield from map(_row, batch)


NETWORK_RATE_INDEX = "stat_posts_by_network_rate"  # migrations/statistics_schema.py, step 0010
# A rate of a post that has one: a range of the index (seeks past the posts without a
# rate, where "IS NOT NULL" walked them). Rates are finite: no figure is infinite.
_RATED = f"{figures.RATE} > -9e999"


def best_and_worst(conn: sqlite3.Connection, best_count: int = 3) -> dict[int, str]:
    """Post id -> "best" or "worst": by engagement rate within each denominator.

    As ``kpi.best_and_worst`` ranks them over every post: never more than half a
    denominator's posts marked each way, posts without a rate left out, ties in the
    posts' own order (best: earliest first; worst: latest first). Read from the index
    of each network's posts by rate (stat_posts_by_network_rate): for each network,
    its first and last few posts and how many it has, up to twice ``best_count``
    (a few seeks: 4-7 s for a pass over 1,000,000 posts before); a plan without the
    index is ranked by one pass over every post.
    """
    present = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (NETWORK_RATE_INDEX,)
    ).fetchone()
    if present is None:
        return _best_and_worst_by_pass(conn, best_count)
    from smplanner.domain.kpi import BY_REACH, NATURAL_DENOMINATOR

    groups: dict[str, list[str]] = {}
    for network in post_networks(conn):
        groups.setdefault(NATURAL_DENOMINATOR.get(network, BY_REACH), []).append(network)
    enough = 2 * best_count  # past it, a group's size changes no count below
    marks: dict[int, str] = {}
    for networks in groups.values():
        posts = scored = 0
        best: list[tuple[float, tuple[int, str], int]] = []
        worst: list[tuple[float, tuple[int, str], int]] = []
        for network in networks:
            posts += _capped(conn, "p.network = ?", network, enough)
            scored += _capped(conn, f"p.network = ? AND {_RATED}", network, enough)
            for kept, order in (
                (best, f"{figures.RATE} DESC, p.published_at, p.id"),
                (worst, f"{figures.RATE}, p.published_at DESC, p.id DESC"),
            ):
                rows = conn.execute(
                    f"SELECT {figures.RATE}, p.published_at, p.id FROM stat_posts p"
                    f" WHERE p.network = ? AND {_RATED} ORDER BY {order} LIMIT ?",
                    (network, best_count),
                )
                # (-rate, time, id): NULL times first, as SQLite orders them.
                kept.extend((-rate, (0, "") if at is None else (1, at), i) for rate, at, i in rows)
        count = min(best_count, posts // 2)
        worst_count = min(count, max(0, scored - count))  # from the posts left by the best
        marks.update((post_id, "best") for *_, post_id in sorted(best)[:count])
        worst_first = sorted(worst, reverse=True)  # rate up, later posts first
        marks.update((post_id, "worst") for *_, post_id in worst_first[:worst_count])
    return marks


def _capped(conn: sqlite3.Connection, where: str, network: str, limit: int) -> int:
    """How many posts meet ``where``, counted up to ``limit``."""
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM stat_posts p WHERE {where} LIMIT ?)",
        (network, limit),
    ).fetchone()
    return int(row[0])


def _best_and_worst_by_pass(conn: sqlite3.Connection, best_count: int) -> dict[int, str]:
    """best_and_worst by one pass over the posts keeping only the few leading
    candidates of each denominator (a plan without the index)."""
    groups: dict[str, _Ranking] = {}
    cursor = conn.execute(
        f"SELECT {figures.DENOMINATOR}, {figures.RATE}, p.id FROM stat_posts p"
        f" ORDER BY {SOURCE_ORDER}"
    )
    position = 0
    while batch := cursor.fetchmany(4096):
        for denominator, rate, post_id in batch:
            ranking = groups.get(denominator)
            if ranking is None:
                ranking = groups[denominator] = _Ranking(best_count)
            ranking.add(rate, position, post_id)
            position += 1
    marks: dict[int, str] = {}
    for ranking in groups.values():
        best, worst = ranking.result()
        marks.update((post_id, "best") for post_id in best)
        marks.update((post_id, "worst") for post_id in worst)
    return marks


class _Ranking:
    """The leading best and worst candidates of one denominator, ``size`` of each."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.posts = 0
        self.scored = 0
        self.best: list[tuple[float, int, int]] = []  # (-rate, position, id), best first
        self.worst: list[tuple[float, int, int]] = []  # (rate, -position, id), worst first

    def add(self, rate: float | None, position: int, post_id: int) -> None:
        self.posts += 1
        if rate is None:
            return
        self.scored += 1
        for kept, key in (
            (self.best, (-rate, position, post_id)),
            (self.worst, (rate, -position, post_id)),
        ):
            if len(kept) < self.size or key < kept[-1]:
                insort(kept, key)
                del kept[self.size :]

    def result(self) -> tuple[list[int], list[int]]:
        count = min(self.size, self.posts // 2)
        # The worst come from the posts left once the best are taken.
        worst_count = min(count, max(0, self.scored - count))
        return (
            [post_id for *_, post_id in self.best[:count]],
            [post_id for *_, post_id in self.worst[:worst_count]],
        )


def post_count(conn: sqlite3.Connection) -> int:
    """How many posts are imported."""
    return int(conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0])


def post_networks(conn: sqlite3.Connection) -> list[str]:
    """The networks of the imported posts, sorted.

    A loose index scan (stat_posts_network_time): one seek per network for the next
    name, where DISTINCT walked the index's every post (0.15 s at 1,000,000 posts, on
    each refresh of the tab and each filter typed)."""
    networks: list[str] = []
    (network,) = conn.execute("SELECT min(network) FROM stat_posts").fetchone()
    while network is not None:
        networks.append(network)
        (network,) = conn.execute(
            "SELECT min(network) FROM stat_posts WHERE network > ?", (network,)
        ).fetchone()
    return networks
