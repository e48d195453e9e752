"""The posts table's best and worst posts read from the index of each network's posts
by rate (statistics migration 0010) are those one pass over every post ranks (the
former way, kept for a plan without the index): on many generated posts with equal
rates, posts without a time or a rate, a denominator with a lone post or with no
rate at all, for several counts; and they read a few rows, not every post.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import statistics_post_table as post_table
from smplanner.storage.plan_file import PlanFile, create_plan, open_plan
from smplanner.storage.version import SCHEMA_VERSION
from tests.storage.test_statistics_sql_equivalence import generated_posts


@pytest.fixture
def plan(plan_path: Path) -> PlanFile:
    created = create_plan(plan_path, PlanProperties("Generated", timezone="Europe/Paris"))
    posts = generated_posts(1500)
    awkward = [
        replace(post, published_at=None) if i % 11 == 0 else post for i, post in enumerate(posts)
    ]
    lone = [
        # One YouTube post (its own denominator, too few to mark) and TikTok posts
        # without views (no rate at all).
        StatPost(network="youtube", account="", external_id="yt", metrics={"views": 9.0}),
        *[
            StatPost(network="tiktok", account="", external_id=f"tt{i}", metrics={"likes": 3.0})
            for i in range(4)
        ],
    ]
    ingest(created, source_label="generated", source_kind="manual", posts=[*awkward, *lone])
    return created


def _by_pass(conn: sqlite3.Connection, count: int) -> dict[int, str]:
    return post_table._best_and_worst_by_pass(conn, count)


@pytest.mark.parametrize("count", [1, 3, 10])
def test_the_index_ranks_as_the_pass_over_every_post(plan: PlanFile, count: int) -> None:
    found = post_table.best_and_worst(plan.conn, count)
    expected = _by_pass(plan.conn, count)
    assert found == expected
    denominators = {
        row[0]
        for row in plan.conn.execute(
            "SELECT DISTINCT network FROM stat_posts WHERE id IN (SELECT value FROM json_each(?))",
            (str(list(found)),),
        )
    }
    assert len(denominators) >= 3, "a ranking of one network proves little"
    assert list(found.values()).count("worst") >= count


def test_a_plan_without_the_index_is_ranked_by_a_pass(plan: PlanFile) -> None:
    expected = post_table.best_and_worst(plan.conn)
    plan.conn.execute(f"DROP INDEX {post_table.NETWORK_RATE_INDEX}")
    assert post_table.best_and_worst(plan.conn) == expected


def test_the_ranking_reads_a_few_rows(plan: PlanFile) -> None:
    def steps(rank) -> int:  # type: ignore[no-untyped-def]
        counted = [0]

        def count() -> int:
            counted[0] += 1
            return 0

        plan.conn.set_progress_handler(count, 100)
        try:
            rank(plan.conn, 3)
        finally:
            plan.conn.set_progress_handler(None, 100)
        return counted[0]

    assert steps(post_table.best_and_worst) * 20 < steps(_by_pass)


def test_a_plan_of_the_format_before_gets_the_index_when_opened(plan: PlanFile) -> None:
    expected = post_table.best_and_worst(plan.conn)
    path = plan.path
    plan.close()
    conn = sqlite3.connect(path)  # as the previous release left it: no step 0010
    conn.execute(f"DROP INDEX {post_table.NETWORK_RATE_INDEX}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_posts_by_network_rate'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    with open_plan(path) as migrated:
        assert migrated.migrated_from == SCHEMA_VERSION - 1
        indexes = {row[1] for row in migrated.conn.execute("PRAGMA index_list(stat_posts)")}
        assert post_table.NETWORK_RATE_INDEX in indexes
        assert post_table.best_and_worst(migrated.conn) == expected
