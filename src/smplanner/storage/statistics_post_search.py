"""A trigram index of the imported posts' texts and shown dates (``stat_post_search``,
statistics migration 0009): the posts filter asks it which posts may hold the text
typed, then checks only those, instead of reading every post (a full pass took
0.25-0.45 s at 1,000,000 posts, whether a post matched or not).

An FTS5 table with the trigram tokenizer, contentless (no copy of the texts: the
index alone, ~125 MB at 1,000,000 posts) and without positions (``detail=none``):
it answers "these posts hold every trigram of the needle" (case folded by SQLite),
a superset of the posts that hold the needle; statistics_post_table then applies
its exact test (LIKE, or Python's casefold) to those candidates only. A needle of
fewer than three characters, or with no trigram every match is sure to hold
(``match_query``), is still compared on every post.

Derived data, never exported (its shadow tables are virtual-table parts; the mark is
in plan_json.DERIVED_TABLES). Kept like stat_post_hours: every post up to the mark
(``stat_post_search_mark``) is indexed, the posts after it (inserted by the imports
since, without an INSERT trigger, which would make every row of an import's
executemany a statement with its own journal) are checked by the filter directly
(a range of ids) until ``catch_up`` indexes them, on a worker. Triggers follow the
changes and removals of indexed posts (an upsert, an undo, a new time zone) in plain
SQL, so any connection may write stat_posts. A removal lowers the mark below the
post (SQLite may give its id again); a post indexed above the mark is known by its
row in the index's own ``_docsize`` table and never indexed twice.
"""

from __future__ import annotations

import sqlite3
from functools import cache

TABLE = "stat_post_search"
MARK_TABLE = "stat_post_search_mark"
_DOCSIZE = f"{TABLE}_docsize"  # FTS5's own table: one row per indexed post

CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, shown, content='',"
    " tokenize='trigram', detail='none')"
)
CREATE_MARK = (
    f"CREATE TABLE {MARK_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), post_id INTEGER NOT NULL)"
)


# The characters whose casefold is several ("ß" -> "ss", "ﬁ" -> "fi") that a Latin
# needle may meet: indexed as their casefold, so that "strasse" finds "Straße" (the
# index's own folding maps one character to one). A literal, not computed from this
# Python's tables, as the triggers' text must not change with them; other such
# characters (Greek, Armenian) make the letters they fold into not "plain" (below).
EXPANDED = "ßẞﬀﬁﬂﬃﬄﬅﬆİŉǰẖẗẘẙẚ"
# Their UTF-8 first two bytes: a text holding none (nearly all) is indexed as it is,
# after six byte searches in C instead of 17 replace() calls (5 s at 1,000,000 posts).
_EXPANDED_PREFIXES = ("c39f", "c4b0", "c589", "c7b0", "e1ba", "efac")


def indexed_text(row: str) -> str:
    """What the index holds of the text of the stat_posts row ``row`` names."""
    expanded = f"{row}.text"
    for character in EXPANDED:
        expanded = f"replace({expanded}, '{character}', '{character.casefold()}')"
    guard = " OR ".join(
        f"instr(CAST({row}.text AS BLOB), X'{prefix}')" for prefix in _EXPANDED_PREFIXES
    )
    return f"CASE WHEN {guard} THEN {expanded} ELSE {row}.text END"


def shown_date(row: str) -> str:
    """The date the table shows and the filter matches ("2026-03-02 09:15"), of the
    stat_posts row ``row`` names (statistics_post_table's filter uses the same)."""
    return f"replace(substr({row}.published_at, 1, 16), 'T', ' ')"


_MARK = f"(SELECT post_id FROM {MARK_TABLE} WHERE id = 1)"


def _indexed(row: str) -> str:
    return f"EXISTS (SELECT 1 FROM {_DOCSIZE} WHERE id = {row}.id)"


def _triggers() -> list[str]:
    forget = (
        f"INSERT INTO {TABLE} ({TABLE}, rowid, text, shown)"
        f" SELECT 'delete', old.id, {indexed_text('old')}, {shown_date('old')}"
        f" WHERE {_indexed('old')};"
    )
    write_again = (
        f"INSERT INTO {TABLE} (rowid, text, shown)"
        f" SELECT new.id, {indexed_text('new')}, {shown_date('new')}"
        f" WHERE new.id <= coalesce({_MARK}, 0) AND NOT {_indexed('new')};"
    )
    return [
        f"CREATE TRIGGER stat_post_search_updated AFTER UPDATE OF id, text, published_at"
        " ON stat_posts WHEN old.id IS NOT new.id OR old.text IS NOT new.text"
        f" OR old.published_at IS NOT new.published_at BEGIN {forget} {write_again} END",
        f"CREATE TRIGGER stat_post_search_deleted AFTER DELETE ON stat_posts BEGIN {forget}"
        f" UPDATE {MARK_TABLE} SET post_id = old.id - 1 WHERE id = 1 AND post_id >= old.id; END",
    ]


# Read by migrations/statistics_schema.py (and so by schema_audit, which knows the app's own).
TRIGGERS = _triggers()


def present(conn: sqlite3.Connection) -> bool:
    """Whether the plan has the index (a plan opened read-only before migration 0009
    has not)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MARK_TABLE,)
    ).fetchone()
    return row is not None


def mark(conn: sqlite3.Connection) -> int:
    row = conn.execute(f"SELECT post_id FROM {MARK_TABLE} WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def _last_post(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM stat_posts").fetchone()[0])


def _set_mark(conn: sqlite3.Connection, post_id: int) -> None:
    conn.execute(
        f"INSERT INTO {MARK_TABLE} (id, post_id) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET post_id = excluded.post_id",
        (post_id,),
    )


def behind(conn: sqlite3.Connection) -> int:
    """How many ids past the mark the filter checks directly (two index seeks)."""
    return max(0, _last_post(conn) - mark(conn))


def catch_up(conn: sqlite3.Connection, batch: int | None = None) -> bool:
    """Index the posts after the mark (inside the caller's transaction; ~1.2 s per
    100,000 posts), at most the next ``batch`` ids if given, those indexed already
    (an undo lowered the mark) left as they are; True when every post is indexed."""
    first, last = mark(conn), _last_post(conn)
    if first >= last:
        return True
    upper = last if batch is None else min(last, first + batch)
    conn.execute(
        f"INSERT INTO {TABLE} (rowid, text, shown)"
        f" SELECT p.id, {indexed_text('p')}, {shown_date('p')} FROM stat_posts p"
        f" WHERE p.id > ? AND p.id <= ? AND NOT {_indexed('p')} ORDER BY p.id",
        (first, upper),
    )
    _set_mark(conn, upper)
    return upper >= last


def refill(conn: sqlite3.Connection) -> None:
    """Index every stored post again (a new step, a plan read from JSON)."""
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")  # contentless
    conn.execute(
        f"INSERT INTO {TABLE} (rowid, text, shown)"
        f" SELECT p.id, {indexed_text('p')}, {shown_date('p')} FROM stat_posts p ORDER BY p.id"
    )
    last = _last_post(conn)
    if last or mark(conn):  # no mark at all is mark 0: an empty plan holds no row
        _set_mark(conn, last)


def candidates(conn: sqlite3.Connection, needle: str) -> tuple[str, list[object]] | None:
    """(SQL subquery of post ids, its parameters) holding every post whose text or
    shown date may contain ``needle`` (case aside, as the filter compares it): the
    index's matches and the posts past the mark. None when the index cannot narrow
    the search (no index, or no trigram that every match must hold)."""
    query = match_query(needle)
    if query is None or not present(conn) or behind(conn) > MOST_BEHIND:
        return None  # far behind (a plan just migrated): one pass over the posts is less
    sql = (
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?"
        f" UNION ALL SELECT id FROM stat_posts WHERE id > coalesce({_MARK}, 0)"
    )
    return sql, [query]


# Past this many posts not indexed yet, checking them all by id costs more than the
# plain pass over every post (a large plan migrated, before the worker indexes it).
MOST_BEHIND = 100_000
# A plan of at most this many posts is indexed by the migration step itself (~1 s);
# a larger one by the posts table's worker after the opening, a batch of posts per
# transaction (statistics_hours.catch_up_post_search), not on the GUI thread for 20 s
# at 1,000,000 posts.
INDEXED_IN_STEP = 50_000
BATCH = 50_000

MAX_TRIGRAMS = 12  # past a dozen, another trigram hardly narrows the candidates


def match_query(needle: str) -> str | None:
    """The FTS5 query (trigrams ANDed) that every text containing ``needle`` as the
    filter compares (an ASCII needle: LIKE, ASCII letters in either case; else
    Python's casefold of both) is sure to meet, or None if there is no such trigram.

    The index folds case as SQLite's Unicode tables do, one character into one. For
    an ASCII needle the match is ASCII text, which folds the same. Otherwise only the
    trigrams of the casefolded needle made of "plain" characters count: those that
    every character folding (by casefold) into them is indexed as its casefold or
    folds into alone, and the same way for SQLite (not "α", which "ᾳ" folds into with
    an "ι")."""
    if needle.isascii():
        folded = needle.lower()
        runs = [folded]
    else:
        folded = needle.casefold()
        runs, current = [], ""
        for character in folded:
            if _plain(character):
                current += character
            else:
                runs.append(current)
                current = ""
        runs.append(current)
    trigrams = list(dict.fromkeys(run[i : i + 3] for run in runs for i in range(len(run) - 2)))
    if not trigrams:
        return None
    if len(trigrams) > MAX_TRIGRAMS:  # spread over the needle
        step = (len(trigrams) - 1) / (MAX_TRIGRAMS - 1)
        trigrams = [trigrams[round(i * step)] for i in range(MAX_TRIGRAMS)]
    return " AND ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)


@cache
def _plain(character: str) -> bool:
    """Whether every character whose casefold holds ``character`` is indexed as its
    casefold (EXPANDED) or casefolds into it alone and folds, for SQLite's trigram
    index, as ``character`` itself does."""
    from smplanner.storage.text_prefilter import folding_into

    if character.casefold() != character:
        return False
    sources = {character, character.upper(), *folding_into(character)} - set(EXPANDED)
    if any(source.casefold() != character for source in sources):
        return False
    return _folds_alike(character, frozenset(sources))


def _folds_alike(character: str, sources: frozenset[str]) -> bool:
    """Whether SQLite's trigram tokenizer folds each of ``sources`` as ``character``."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail='none')")
        ordered = sorted(sources)
        conn.executemany(
            "INSERT INTO t (rowid, x) VALUES (?, ?)",
            [(number, source * 3) for number, source in enumerate(ordered, 1)],
        )
        query = '"' + character.replace('"', '""') * 3 + '"'
        found = conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()[0]
        return int(found) == len(ordered)
    finally:
        conn.close()
