"""The best hours' sums read from stat_post_hours (migration 0008) equal, to the bit,
the sums the Python formulas give from every stored post's own JSON figures, on real
plan files, after every kind of write to stat_posts: an import, an import that
changes known posts, its undo and redo, a new time zone, a plan migrated from the
format before the table, and a plan read back from its JSON export.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from smplanner.domain import kpi
from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import statistics_hours
from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.services.plan_properties import get_properties, set_properties
from smplanner.services.statistics_edits import put_back_imports, take_back_imports
from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import plan_json
from smplanner.storage import statistics_post_aggregates as aggregates
from smplanner.storage import statistics_post_hours as post_hours
from smplanner.storage.plan_file import PlanFile, create_plan, open_plan
from smplanner.storage.schema_audit import foreign_objects
from smplanner.storage.version import SCHEMA_VERSION
from tests.storage.test_statistics_sql_equivalence import generated_posts

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
REAL_EXPORTS = [
    EXPORTS / "meta_facebook_posts_fr.csv",
    EXPORTS / "meta_instagram_posts.csv",
    EXPORTS / "account_analytics_content_2026-09-01_2026-09-30.csv",
    EXPORTS / "linkedin_content.xls",
]


def python_cells(conn: sqlite3.Connection) -> list[tuple[str, int, int, float, int, int]]:
    """The reference: every stored post read back, its rate by kpi's Python formula
    from its JSON figures, its weekday and hour from its stored text, each cell's
    rates added post by post in id order."""
    cells: dict[tuple[str, int, int], list[float]] = {}
    rows = conn.execute(
        "SELECT network, published_at, time_known, metrics FROM stat_posts ORDER BY id"
    )
    for network, published_at, time_known, metrics in rows:
        if published_at is None or not time_known:
            continue
        weekday = date.fromisoformat(published_at[:10]).weekday()
        cell = cells.setdefault((network, weekday, int(published_at[11:13])), [0.0, 0, 0])
        rate = kpi.post_engagement_rate(network, json.loads(metrics)).value
        if rate is not None:
            cell[0] += rate
            cell[1] += 1
        cell[2] += 1
    return sorted((*key, float(t), int(r), int(c)) for key, (t, r, c) in cells.items())


def assert_exact(plan: PlanFile) -> None:
    """The sums as the heat map reads them (the posts imported since written first)
    equal the Python reference; read from every post's figures, as a plan that
    cannot be written reads them, they are equal to rounding."""
    from_figures = aggregates._rate_cells_from_figures(plan.conn, None)
    found = [tuple(cell) for cell in aggregates.rate_cells(plan.conn)]
    if not post_hours.caught_up(plan.conn):
        assert found == sorted(from_figures)  # not written yet: read from the figures
    statistics_hours.catch_up_post_hours(plan)
    assert post_hours.caught_up(plan.conn)
    found = aggregates.rate_cells(plan.conn)
    assert found == python_cells(plan.conn)
    assert found, "a test plan without a timed post proves nothing"
    assert [c[:3] + c[4:] for c in found] == [c[:3] + c[4:] for c in sorted(from_figures)]
    assert [c[3] for c in found] == pytest.approx([c[3] for c in sorted(from_figures)])
    for network in {cell[0] for cell in found}:
        assert aggregates.rate_cells(plan.conn, network) == [c for c in found if c[0] == network]


def test_a_real_import_sums_as_the_python_formulas(plan_path: Path) -> None:
    plan = create_plan(plan_path, PlanProperties(client_name="Boulangerie Martin"))
    import_files(plan, preview(REAL_EXPORTS))
    plan.close()
    with open_plan(plan_path) as reopened:
        assert len({cell[0] for cell in aggregates.rate_cells(reopened.conn)}) >= 3
        assert_exact(reopened)
        assert foreign_objects(reopened.conn) == []  # the triggers are the app's own


def test_every_write_to_the_posts_keeps_the_sums_exact(plan_path: Path) -> None:
    plan = create_plan(plan_path, PlanProperties("Generated", timezone="Europe/Paris"))
    posts = generated_posts(2000)
    first = ingest(plan, source_label="first", source_kind="manual", posts=posts)
    assert_exact(plan)
    # A later export of the same posts: other figures, some times moved or unknown.
    changed = [
        replace(
            post,
            metrics={**post.metrics, "reach": 4321.0, "likes": float(i % 17)},
            published_at=None if i % 5 == 0 else post.published_at,
            time_known=post.time_known if i % 7 else not post.time_known,
        )
        for i, post in enumerate(posts[:1200])
    ]
    second = ingest(plan, source_label="second", source_kind="manual", posts=changed)
    assert second.posts_updated > 1000
    assert_exact(plan)
    after_both = aggregates.rate_cells(plan.conn)
    take_back_imports(plan, [second.import_id])
    assert_exact(plan)
    take_back_imports(plan, [first.import_id])
    assert aggregates.rate_cells(plan.conn) == []
    put_back_imports(plan, [first.import_id, second.import_id])
    assert_exact(plan)
    assert aggregates.rate_cells(plan.conn) == after_both  # redone: the same, to the bit
    set_properties(plan, replace(get_properties(plan), timezone="America/Sao_Paulo"))
    assert aggregates.rate_cells(plan.conn) != after_both  # the hours moved
    assert_exact(plan)
    # Posts added, summed, taken back: SQLite gives their ids to the next import's
    # posts, which must not pass for summed already.
    more = generated_posts(2600)[2000:]
    third = ingest(plan, source_label="third", source_kind="manual", posts=more)
    assert_exact(plan)
    take_back_imports(plan, [third.import_id])
    assert_exact(plan)
    others = [replace(post, external_id=f"other-{post.external_id}") for post in more]
    ingest(plan, source_label="fourth", source_kind="manual", posts=others)
    assert (
        plan.conn.execute("SELECT min(id) FROM stat_posts WHERE import_id = 4").fetchone()[0]
        <= plan.conn.execute("SELECT max(id) FROM stat_posts WHERE import_id = 1").fetchone()[0] + 1
    )
    assert_exact(plan)
    plan.close()


def test_a_plan_of_the_format_before_gets_its_post_hours_when_opened(plan_path: Path) -> None:
    plan = create_plan(plan_path, PlanProperties("Generated", timezone="Europe/Paris"))
    ingest(plan, source_label="first", source_kind="manual", posts=generated_posts(1500))
    expected = aggregates.rate_cells(plan.conn)
    plan.close()
    conn = sqlite3.connect(plan_path)  # as that release left it: no step 0008 (nor later)
    for table in ("stat_post_hours", "stat_post_search"):
        for trigger in ("updated", "deleted"):
            conn.execute(f"DROP TRIGGER {table}_{trigger}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"DROP TABLE {table}_mark")
    conn.execute("DROP INDEX stat_posts_by_network_rate")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN"
        " ('0008_post_hours', '0009_post_search', '0010_posts_by_network_rate')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 3}")
    conn.commit()
    conn.close()
    with open_plan(plan_path) as migrated:
        assert migrated.migrated_from == SCHEMA_VERSION - 3
        assert aggregates.rate_cells(migrated.conn) == expected
        assert_exact(migrated)


def test_the_post_hours_are_not_exported_and_come_back_on_import(
    plan_path: Path, tmp_path: Path
) -> None:
    plan = create_plan(plan_path, PlanProperties("Generated", timezone="Europe/Paris"))
    ingest(plan, source_label="first", source_kind="manual", posts=generated_posts(500))
    expected = aggregates.rate_cells(plan.conn)
    assert "stat_post_hours" not in plan_json.exportable_tables(plan.conn)
    assert "stat_posts" in plan_json.exportable_tables(plan.conn)
    exported = tmp_path / "plan.json"
    export_plan_json(plan, exported)
    plan.close()
    assert "stat_post_hours" not in exported.read_text(encoding="utf-8")
    with import_plan_json(exported, tmp_path / "Back.smplan") as back:
        assert aggregates.rate_cells(back.conn) == expected
