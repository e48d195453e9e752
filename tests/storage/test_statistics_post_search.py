"""The posts filter through the trigram index (stat_post_search, statistics migration
0009) finds exactly the posts the full pass over every text finds (LIKE for an ASCII
needle, Python's casefold otherwise: accents, capitals, "ß", ligatures), on real plan
files, before and after the posts are indexed and after every kind of write: an
import that changes texts and dates, its undo and redo, a plan migrated from the
format before the index, a plan read back from its JSON export. And it reads far
fewer rows than the full pass.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services import statistics_hours
from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.services.statistics_edits import put_back_imports, take_back_imports
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import plan_json
from smplanner.storage import statistics_post_search as post_search
from smplanner.storage import statistics_post_table as post_table
from smplanner.storage.plan_file import PlanFile, create_plan, open_plan
from smplanner.storage.schema_audit import foreign_objects
from smplanner.storage.version import SCHEMA_VERSION

TEXTS = [
    "Éclair au café, CRÈME pâtissière",
    "éclairs du matin",
    "ÉCLAIR géant",
    "eclair sans accent",
    "Galette des rois: fève cachée",
    "FÈVE d'or",
    "Straße and STRASSE",
    "die Strasse",
    "Le ﬁnancier du jour",  # a ligature: casefolds to "fi"
    "The financier",
    "200 \u212aelvin",  # the Kelvin sign: casefolds to "k"
    "œuf en cœur",
    "ŒUF",
    "ΑΘΗΝΑ και αθηνα",
    "ΑΘΗΝᾼ",  # casefolds to "αθηναι": not one character into one
    "ᲐᲑᲒ",  # Georgian capitals, newer than SQLite's case tables
    "100 % beurre_doux",
    'Il a dit "bonjour"',
    "BAKERY news #Bakery",
    None,
    "",
]

NEEDLES = [
    "éclair",
    "ÉCLAIR",
    "Éclairs",
    "eclair",
    "clair",
    "fève",
    "FÈVE",
    "straße",
    "strasse",
    "STRASSE",
    "financier",
    "ﬁnancier",
    "kelvin",
    "\u212aelvin",
    "cœur",
    "œuf",
    "ΑΘΗΝΑ",
    "αθηνα",
    "ηναι",
    "აბგ",
    "% beurre_",
    '"bonjour"',
    "bakery",
    "BaKeRy",
    "2026-03",
    "03-0",
    "é",
    "ée",
    "nothing like it",
]


def _posts(texts: list[str | None], prefix: str = "p") -> list[StatPost]:
    first = datetime(2026, 3, 1, 9, 15, tzinfo=UTC)
    return [
        StatPost(
            network=("facebook", "instagram", "x")[i % 3],
            account="boulangerie",
            external_id=f"{prefix}{i}",
            published_at=first + timedelta(days=i, minutes=7 * i),
            text=text,
            metrics={"reach": 100.0 + i, "likes": float(i % 7)},
        )
        for i, text in enumerate(texts)
    ]


def _full_pass(conn: sqlite3.Connection, **asked: object) -> list[int]:
    """The reference: the filter as it was, one pass over every post."""
    found = pytest.MonkeyPatch()
    found.setattr(post_search, "candidates", lambda *_: None)
    try:
        return list(post_table.ordered_ids(conn, **asked))  # type: ignore[arg-type]
    finally:
        found.undo()


def _asked() -> Iterator[dict[str, object]]:
    for needle in NEEDLES:
        yield {"text": needle}
        yield {"text": needle, "sort": "rate", "descending": True}
    yield {"text": "bakery", "networks": ["instagram"]}  # or the network's own posts


def assert_as_the_full_pass(plan: PlanFile) -> None:
    found_any = 0
    for asked in _asked():
        expected = _full_pass(plan.conn, **asked)
        assert list(post_table.ordered_ids(plan.conn, **asked)) == expected, asked  # type: ignore[arg-type]
        found_any += bool(expected)
    assert found_any > len(NEEDLES), "needles finding nothing prove little"


@pytest.fixture
def plan(plan_path: Path) -> Iterator[PlanFile]:
    created = create_plan(plan_path, PlanProperties("Boulangerie", timezone="Europe/Paris"))
    yield created
    created.close()


def test_the_index_narrows_the_needles_a_baker_types() -> None:
    for needle in ("éclair", "ÉCLAIR", "fève", "straße", "financier", "cœur", "bakery", "2026-03"):
        assert post_search.match_query(needle) is not None, needle
    # Too short, or only letters other characters fold into with others ("ᾳ" -> "αι"):
    # every text is compared, as before.
    for needle in ("é", "ée", "ba", "ΑΘΗΝΑ", "აბგ"):
        assert post_search.match_query(needle) is None, needle


def test_posts_found_before_and_after_they_are_indexed(plan: PlanFile) -> None:
    ingest(plan, source_label="first", source_kind="manual", posts=_posts(TEXTS))
    assert post_search.behind(plan.conn) == len(TEXTS)  # an import indexes nothing
    assert_as_the_full_pass(plan)  # the posts past the mark are checked directly
    statistics_hours.catch_up_post_search(plan)  # the posts table's worker
    assert post_search.behind(plan.conn) == 0
    assert_as_the_full_pass(plan)
    assert foreign_objects(plan.conn) == []  # the triggers are the app's own


def test_every_write_to_the_posts_keeps_the_index_true(plan: PlanFile) -> None:
    posts = _posts(TEXTS)
    first = ingest(plan, source_label="first", source_kind="manual", posts=posts)
    with plan.transaction():
        post_search.catch_up(plan.conn)
    # A later export of the same posts: texts swapped around, dates moved, some gone.
    changed = [
        replace(
            post,
            text=TEXTS[(i + 5) % len(TEXTS)],
            published_at=None if i % 4 == 0 else post.published_at + timedelta(days=40),
        )
        for i, post in enumerate(posts)
    ]
    second = ingest(plan, source_label="second", source_kind="manual", posts=changed)
    assert second.posts_updated > len(TEXTS) // 2
    assert_as_the_full_pass(plan)
    take_back_imports(plan, [second.import_id])
    assert_as_the_full_pass(plan)
    take_back_imports(plan, [first.import_id])
    assert post_table.ordered_ids(plan.conn, text="éclair") == post_table.ordered_ids(
        plan.conn, text="nothing"
    )
    put_back_imports(plan, [first.import_id, second.import_id])
    assert_as_the_full_pass(plan)
    with plan.transaction():
        post_search.catch_up(plan.conn)
    assert_as_the_full_pass(plan)
    # New posts on ids SQLite gives again after the undo, then indexed.
    ingest(plan, source_label="third", source_kind="manual", posts=_posts(TEXTS[::-1], "q"))
    assert_as_the_full_pass(plan)
    with plan.transaction():
        post_search.catch_up(plan.conn)
    assert_as_the_full_pass(plan)
    integrity = plan.conn.execute(
        "INSERT INTO stat_post_search (stat_post_search, rank) VALUES ('integrity-check', 0)"
    )
    assert integrity is not None  # raises if the index and its parts disagree


def test_a_plan_of_the_format_before_gets_its_index_when_opened(plan_path: Path) -> None:
    created = create_plan(plan_path, PlanProperties("Boulangerie", timezone="Europe/Paris"))
    ingest(created, source_label="first", source_kind="manual", posts=_posts(TEXTS))
    created.close()
    conn = sqlite3.connect(plan_path)  # as the previous release left it: no step 0009
    for trigger in ("updated", "deleted"):
        conn.execute(f"DROP TRIGGER stat_post_search_{trigger}")
    conn.execute("DROP TABLE stat_post_search")
    conn.execute("DROP TABLE stat_post_search_mark")
    conn.execute("DROP INDEX stat_posts_by_network_rate")  # and the step after
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN"
        " ('0009_post_search', '0010_posts_by_network_rate')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 2}")
    conn.commit()
    assert not post_search.present(conn)  # no index: the full pass, as before
    assert len(post_table.ordered_ids(conn, text="éclair")) == 3
    conn.close()
    with open_plan(plan_path) as migrated:
        assert migrated.migrated_from == SCHEMA_VERSION - 2
        assert post_search.behind(migrated.conn) == 0  # every post indexed by the step
        assert_as_the_full_pass(migrated)
        assert foreign_objects(migrated.conn) == []


def test_the_index_is_not_exported_and_comes_back_on_import(plan: PlanFile, tmp_path: Path) -> None:
    ingest(plan, source_label="first", source_kind="manual", posts=_posts(TEXTS))
    tables = plan_json.exportable_tables(plan.conn)
    assert "stat_posts" in tables
    assert not [name for name in tables if name.startswith("stat_post_search")]
    exported = tmp_path / "plan.json"
    export_plan_json(plan, exported)
    with import_plan_json(exported, tmp_path / "Back.smplan") as back:
        assert post_search.behind(back.conn) == 0
        assert_as_the_full_pass(back)


def _steps(conn: sqlite3.Connection, **asked: object) -> tuple[int, list[int]]:
    """(SQLite virtual machine steps, in thousands, the filter took; its ids)."""
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    conn.set_progress_handler(count, 1000)
    try:
        ids = list(post_table.ordered_ids(conn, **asked))  # type: ignore[arg-type]
    finally:
        conn.set_progress_handler(None, 1000)
    return counted[0], ids


def test_the_filter_reads_the_few_posts_the_index_names(plan: PlanFile) -> None:
    filler = [f"Post {i}: la galette des rois est de retour #boulangerie" for i in range(3000)]
    texts = [*filler, "Un éclair géant", "ÉCLAIR au chocolat", "BAKERY"]
    ingest(plan, source_label="many", source_kind="manual", posts=_posts(texts))
    with plan.transaction():
        post_search.catch_up(plan.conn)
    for needle in ("éclair", "bakery"):
        indexed, found = _steps(plan.conn, text=needle)
        full = pytest.MonkeyPatch()
        full.setattr(post_search, "candidates", lambda *_: None)
        try:
            scanned, expected = _steps(plan.conn, text=needle)
        finally:
            full.undo()
        assert found == expected and found, needle
        assert indexed * 20 < scanned, (needle, indexed, scanned)


def test_the_derived_tables_named_by_the_migrations_are_these_modules_own() -> None:
    from smplanner.storage import statistics_post_hours as post_hours
    from smplanner.storage.migrations import statistics_schema as statistics

    assert statistics.POST_HOURS_TABLES == (post_hours.TABLE, post_hours.MARK_TABLE)
    assert statistics.POST_SEARCH_TABLES == (post_search.MARK_TABLE,)


def test_a_large_plan_is_indexed_by_batches_after_its_migration(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = create_plan(plan_path, PlanProperties("Boulangerie", timezone="Europe/Paris"))
    ingest(created, source_label="first", source_kind="manual", posts=_posts(TEXTS))
    created.close()
    conn = sqlite3.connect(plan_path)  # as the previous release left it
    for trigger in ("updated", "deleted"):
        conn.execute(f"DROP TRIGGER stat_post_search_{trigger}")
    conn.execute("DROP TABLE stat_post_search")
    conn.execute("DROP TABLE stat_post_search_mark")
    conn.execute("DROP INDEX stat_posts_by_network_rate")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN"
        " ('0009_post_search', '0010_posts_by_network_rate')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 2}")
    conn.commit()
    conn.close()
    monkeypatch.setattr(post_search, "INDEXED_IN_STEP", 5)  # "large": more than 5 posts
    with open_plan(plan_path) as migrated:
        assert post_search.behind(migrated.conn) == len(TEXTS)  # not on the GUI thread
        assert_as_the_full_pass(migrated)  # every post checked directly meanwhile
        monkeypatch.setattr(post_search, "MOST_BEHIND", 3)
        assert post_search.candidates(migrated.conn, "éclair") is None  # far behind: a pass
        assert_as_the_full_pass(migrated)
        monkeypatch.setattr(post_search, "BATCH", 4)
        statistics_hours.catch_up_post_search(migrated)  # a transaction per 4 posts
        assert post_search.behind(migrated.conn) == 0
        assert post_search.candidates(migrated.conn, "éclair") is not None
        assert_as_the_full_pass(migrated)


def test_an_sqlite_without_full_text_search_opens_plans_and_filters_by_a_pass(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As an SQLite built without FTS5 answers the step: "no such module".
    monkeypatch.setattr(post_search, "CREATE_TABLE", "CREATE VIRTUAL TABLE t USING nofts(x)")
    created = create_plan(plan_path, PlanProperties("Boulangerie", timezone="Europe/Paris"))
    ingest(created, source_label="first", source_kind="manual", posts=_posts(TEXTS))
    assert not post_search.present(created.conn)
    assert post_table.ordered_ids(created.conn, text="ÉCLAIR") == post_table.ordered_ids(
        created.conn, text="éclair"
    )
    assert len(post_table.ordered_ids(created.conn, text="éclair")) == 3
    created.close()
