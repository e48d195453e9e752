"""Tables of the statistics feature (steps appended by that feature; see __init__.py).

``stat_imports`` records each import (file, hash, kind, counts). Every stored row
names the import that last wrote it (``import_id``); when an import overwrites a
row written by an earlier one, a trigger saves the earlier values in
``stat_overwritten`` so that undoing the import restores them exactly. The trigger
costs nothing on a fresh import (no conflict, no update). Import ids only grow
(AUTOINCREMENT), and the trigger fires only when a newer import takes a row over,
so that restoring the older values on undo records nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step

_TABLES = [
    """CREATE TABLE stat_imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source_label TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        file_hash TEXT,
        imported_at TEXT NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        posts_added INTEGER NOT NULL DEFAULT 0,
        posts_updated INTEGER NOT NULL DEFAULT 0,
        daily_added INTEGER NOT NULL DEFAULT 0,
        daily_updated INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE stat_posts (
        id INTEGER PRIMARY KEY,
        network TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        external_id TEXT NOT NULL,
        link TEXT,
        published_at TEXT,
        time_known INTEGER NOT NULL DEFAULT 1,
        text TEXT,
        post_type TEXT,
        metrics TEXT NOT NULL DEFAULT '{}',
        import_id INTEGER NOT NULL,
        UNIQUE (network, external_id)
    )""",
    "CREATE INDEX stat_posts_import ON stat_posts (import_id)",
    "CREATE INDEX stat_posts_published ON stat_posts (published_at)",
    """CREATE TABLE stat_daily (
        network TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL,
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        import_id INTEGER NOT NULL,
        PRIMARY KEY (network, account, day, metric)
    ) WITHOUT ROWID""",
    "CREATE INDEX stat_daily_import ON stat_daily (import_id)",
    "CREATE INDEX stat_daily_series ON stat_daily (network, metric, day)",
    """CREATE TABLE stat_hourly (
        network TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL,
        hour INTEGER NOT NULL,
        active REAL NOT NULL,
        import_id INTEGER NOT NULL,
        PRIMARY KEY (network, account, day, hour)
    ) WITHOUT ROWID""",
    "CREATE INDEX stat_hourly_import ON stat_hourly (import_id)",
    """CREATE TABLE stat_overwritten (
        import_id INTEGER NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        previous TEXT NOT NULL,
        PRIMARY KEY (import_id, table_name, row_key)
    ) WITHOUT ROWID""",
    # Only the first overwrite within an import is kept (INSERT OR IGNORE): that is
    # the state before the import.
    """CREATE TRIGGER stat_posts_overwritten AFTER UPDATE ON stat_posts
    WHEN new.import_id > old.import_id BEGIN
        INSERT OR IGNORE INTO stat_overwritten VALUES (
            new.import_id, 'stat_posts', old.id,
            json_object('account', old.account, 'link', old.link,
                'published_at', old.published_at, 'time_known', old.time_known, 'text', old.text,
                'post_type', old.post_type, 'metrics', old.metrics,
                'import_id', old.import_id));
    END""",
    """CREATE TRIGGER stat_daily_overwritten AFTER UPDATE ON stat_daily
    WHEN new.import_id > old.import_id BEGIN
        INSERT OR IGNORE INTO stat_overwritten VALUES (
            new.import_id, 'stat_daily',
            json_array(old.network, old.account, old.day, old.metric),
            json_object('value', old.value, 'import_id', old.import_id));
    END""",
    """CREATE TRIGGER stat_hourly_overwritten AFTER UPDATE ON stat_hourly
    WHEN new.import_id > old.import_id BEGIN
        INSERT OR IGNORE INTO stat_overwritten VALUES (
            new.import_id, 'stat_hourly',
            json_array(old.network, old.account, old.day, old.hour),
            json_object('active', old.active, 'import_id', old.import_id));
    END""",
    # Plan vs actual: which planned post (the calendar's posts.id) an imported one
    # is. A plain integer, not a foreign key: the calendar may delete its post.
    """CREATE TABLE stat_post_matches (
        stat_post_id INTEGER PRIMARY KEY REFERENCES stat_posts(id) ON DELETE CASCADE,
        planned_post_id INTEGER NOT NULL,
        how TEXT NOT NULL,
        score REAL NOT NULL
    )""",
    # Generic CSV importer: column mappings saved by name for the next file.
    "CREATE TABLE stat_column_mappings (name TEXT PRIMARY KEY, mapping TEXT NOT NULL)",
]


def sql_statements() -> list[str]:
    """Every statement the steps run, read by storage/schema_audit.py to tell the app's
    own triggers from foreign ones. A function: the triggers' text is made from the KPI
    formulas, which the start-up path (counting steps, plan_validation) need not load."""
    from smplanner.storage import statistics_post_hours as post_hours
    from smplanner.storage import statistics_post_search as post_search

    return _TABLES + post_hours.TRIGGERS + post_search.TRIGGERS


def _statistics_tables(db: Database) -> None:
    # One statement at a time: executescript() would COMMIT the step's transaction.
    for statement in _TABLES:
        db.execute(statement)


# The Statistics tab's posts in their first order (newest minute in UTC first, ties
# oldest first as a stable sort leaves them), read a page at a time from this index:
# the first rows of a million-post plan come in milliseconds instead of after a sort
# of every post. storage/statistics_post_table.py orders by exactly these expressions.
SHOWN_ORDER_INDEX = (
    "CREATE INDEX stat_posts_newest_first ON stat_posts"
    " (strftime('%Y-%m-%d %H:%M', published_at) DESC, published_at, id)"
)


def _posts_in_shown_order(db: Database) -> None:
    db.execute(SHOWN_ORDER_INDEX)


# Sorting a million posts by engagement rate computed each post's rate from its JSON
# figures (15 s). The rate is kept in two indexes on the expression the posts table
# sorts by (statistics_post_figures.RATE_SORT), computed once when a post is stored
# or changed, whatever writes it (an import's insert or upsert, an undo, a redo):
# best first (rate DESC) and worst first (rate ASC), each with ties in the posts' own
# order (time, id) as a stable sort leaves them, so any page is an index walk. An
# index is not a column: nothing that copies stat_posts rows (undo's park, the JSON
# export, Save As) changes. CREATE INDEX is one statement (2.4 s per index at 1,000,000
# posts on the 2-core machine), run in the step's own transaction after the backup.
# The formula's text is the one of this release: RATE_INDEX_SHA256 pins it, and a
# change of the KPI formulas needs a step that drops and re-creates these indexes
# (tests/storage/test_statistics_rate_index.py fails until then).
RATE_INDEX_SHA256 = "2937096bf6d7e007ce2dacb9c2c07faf362a5ef40057c36274e6a5e6bfbc6a21"


def rate_index_statements() -> list[str]:
    """The CREATE INDEX statements of the rate indexes, from the current formulas."""
    from smplanner.storage import statistics_post_figures as figures

    rate = figures.unqualified(figures.RATE_SORT)
    return [
        f"CREATE INDEX stat_posts_by_rate_desc ON stat_posts ({rate} DESC, published_at, id)",
        f"CREATE INDEX stat_posts_by_rate_asc ON stat_posts ({rate}, published_at, id)",
    ]


def _posts_by_rate(db: Database) -> None:
    for statement in rate_index_statements():
        db.execute(statement)


def _post_times_in_plan_zone(db: Database) -> None:
    # Posts imported before their times were stored in the plan's zone kept the
    # export's offset (Meta: Pacific), and so a day and an hour that are not the
    # client's: written again in the plan's zone (storage/imported_post_times.py).
    from smplanner.storage.imported_post_times import restate_post_times
    from smplanner.storage.plan_properties_repo import plan_zone

    restate_post_times(db.conn, plan_zone(db.conn))


def _posts_by_network_time(db: Database) -> None:
    # Plan versus actual asks how far each network's exports reach: its latest
    # published post, one seek in this index instead of a pass over every post.
    db.execute("CREATE INDEX stat_posts_network_time ON stat_posts (network, published_at)")


def _hour_cells(db: Database) -> None:
    # The best hours' sums by weekday × hour (storage/statistics_hour_cells.py), kept
    # with the stamp of the figures they were summed from: summing them reads every
    # post's figures (seconds at 1,000,000 posts), reading them back takes a millisecond.
    db.execute(
        """CREATE TABLE stat_hour_cells (
            network TEXT NOT NULL,
            weekday INTEGER NOT NULL,
            hour INTEGER NOT NULL,
            rates REAL NOT NULL,
            rated INTEGER NOT NULL,
            posts INTEGER NOT NULL,
            PRIMARY KEY (network, weekday, hour)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "CREATE TABLE stat_hour_cells_stamp (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " stamp TEXT NOT NULL)"
    )


def _post_marks(db: Database) -> None:
    # The posts table's best and worst posts (storage/statistics_post_marks.py), kept
    # like the best hours' sums: ranking reads every post's figures.
    db.execute("CREATE TABLE stat_post_marks (post_id INTEGER PRIMARY KEY, mark TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE stat_post_marks_stamp (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " stamp TEXT NOT NULL)"
    )


# The best hours' sums after an import read every timed post's figures again: its
# rate from JSON (5-14 s at 1,000,000 posts). Each timed post's weekday, hour and
# rate are kept in stat_post_hours, in the order the sums are made (storage/
# statistics_post_hours.py): the sums walk it, nothing to sort or parse.
# (statistics_post_hours.TABLE and MARK_TABLE; tests/storage/test_statistics_post_search.py)
POST_HOURS_TABLES = ("stat_post_hours", "stat_post_hours_mark")


def _post_hours(db: Database) -> None:
    from smplanner.storage import statistics_post_hours as post_hours

    db.execute(post_hours.CREATE_TABLE)
    db.execute(post_hours.CREATE_MARK)
    post_hours.refill(db.conn)
    for statement in post_hours.TRIGGERS:
        db.execute(statement)


# The posts filter read every post's text (0.25-0.45 s at 1,000,000 posts, matches
# or not): a trigram index of the texts and shown dates names the few to check
# (storage/statistics_post_search.py). Indexing 1,000,000 posts takes ~15 s, once: on a
# worker, by batches, for a plan past INDEXED_IN_STEP posts.
POST_SEARCH_TABLES = ("stat_post_search_mark",)  # statistics_post_search.MARK_TABLE


def _post_search(db: Database) -> None:
    import sqlite3

    from smplanner.storage import statistics_post_search as post_search

    try:
        db.execute(post_search.CREATE_TABLE)
    except sqlite3.OperationalError as error:
        if "no such module" not in str(error):
            raise
        return  # an SQLite built without FTS5: no index, the filter reads every post
    db.execute(post_search.CREATE_MARK)
    (posts,) = db.execute("SELECT count(*) FROM stat_posts").fetchone()
    if posts <= post_search.INDEXED_IN_STEP:
        post_search.refill(db.conn)
    # else indexed on a worker after the opening, the filter reading every post till then
    for statement in post_search.TRIGGERS:
        db.execute(statement)


# Ranking the best and worst posts (the posts table's tints) read every post's figures
# (4-7 s at 1,000,000 posts, on a worker after each import). Each network's posts by
# rate, best first, ties in the posts' own order: the first and last few of each are
# seeks (storage/statistics_post_table.best_and_worst). On the rate formula without its
# "no rate" default, so that posts without a rate sit apart; pinned with the other
# rate indexes (NETWORK_RATE_INDEX_SHA256, as RATE_INDEX_SHA256).
NETWORK_RATE_INDEX_SHA256 = "51afd7a0275446429441048115965eb495ab08c523c28c5a86caacf132f79f35"


def network_rate_index_statement() -> str:
    from smplanner.storage import statistics_post_figures as figures
    from smplanner.storage.statistics_post_table import NETWORK_RATE_INDEX

    rate = figures.unqualified(figures.RATE)
    return (
        f"CREATE INDEX {NETWORK_RATE_INDEX} ON stat_posts (network, {rate} DESC, published_at, id)"
    )


def _posts_by_network_rate(db: Database) -> None:
    db.execute(network_rate_index_statement())


STEPS: list[Step] = [
    ("0001_statistics", _statistics_tables),
    ("0002_posts_in_shown_order", _posts_in_shown_order),
    ("0003_posts_by_rate", _posts_by_rate),
    ("0004_post_times_in_plan_zone", _post_times_in_plan_zone),
    ("0005_posts_by_network_time", _posts_by_network_time),
    ("0006_hour_cells", _hour_cells),
    ("0007_post_marks", _post_marks),
    ("0008_post_hours", _post_hours),
    ("0009_post_search", _post_search),
    ("0010_posts_by_network_rate", _posts_by_network_rate),
]
