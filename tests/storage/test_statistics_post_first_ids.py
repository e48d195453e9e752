"""The first screen of a filter many posts meet (statistics_post_table.first_ids):
the same ids, in the same order, as the first of the whole list, found by walking
the sort's index instead of reading and sorting every match (issue #13: a word in
one post of eight took 0.46-0.65 s at 1,000,000 posts until shown)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.stat_records import StatPost
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import statistics_post_search as post_search
from smplanner.storage import statistics_post_table as post_table
from smplanner.storage.plan_file import PlanFile, create_plan

POSTS = 4000
NETWORKS = ("facebook", "instagram", "x", "linkedin")


def _posts(prefix: str = "p", count: int = POSTS) -> list[StatPost]:
    first = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    return [
        StatPost(
            network=NETWORKS[i % 4],
            account="boulangerie",
            external_id=f"{prefix}{i}",
            # Many posts in the same minute (ties kept in the posts' own order).
            published_at=first + timedelta(minutes=(i * 7919) % 1500),
            text=(
                f"Post {i}: la GALETTE des rois"
                if i % 8 == 1
                else f"Post {i}: une gâlette"
                if i % 97 == 5
                else f"Post {i}: le pain du jour" + (" bakery" if i % 500 == 7 else "")
            ),
            # Rates with many ties, some posts without one.
            metrics={"reach": 100.0 + i % 13, "likes": float(i % 5)} if i % 11 else {},
        )
        for i in range(count)
    ]


@pytest.fixture
def plan(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlanFile]:
    monkeypatch.setattr(post_table, "FEW_CANDIDATES", 100)
    monkeypatch.setattr(post_table, "FIRST_IDS_WALK", 1024)
    created = create_plan(plan_path, PlanProperties("Boulangerie", timezone="Europe/Paris"))
    ingest(created, source_label="many", source_kind="manual", posts=_posts())
    with created.transaction():
        post_search.catch_up(created.conn)
    yield created
    created.close()


ASKED = [
    {"text": "galette"},
    {"text": "GALETTE", "sort": "rate", "descending": True},
    {"text": "galette", "sort": "rate"},
    {"text": "galette", "descending": True},
    {"text": "ga"},  # too short for the index: every post is a candidate
    {"text": "gâlette", "sort": "rate", "descending": True},  # not ASCII, rarer
    {"text": "post", "sort": "published", "descending": True},  # every post
    {"text": "bakery"},  # rare: the whole list is as quick
    {"text": "jour", "networks": ["instagram"], "sort": "rate", "descending": True},
    {"text": "2026-01-01", "sort": "rate"},  # a date
    {"text": "galette", "sort": "network"},  # a sort read whole: no first screen
]


def test_the_first_screen_is_the_whole_lists_beginning(plan: PlanFile) -> None:
    shown_first = 0
    for asked in ASKED:
        whole = list(post_table.ordered_ids(plan.conn, **asked))  # type: ignore[arg-type]
        for limit in (1, 17, 64, 200):
            first = post_table.first_ids(plan.conn, limit, **asked)  # type: ignore[arg-type]
            if first is not None:
                assert first == whole[:limit], (asked, limit)
                shown_first += 1
    assert shown_first >= 20, "first screens never found prove nothing"


def test_which_filters_show_a_first_screen(plan: PlanFile) -> None:
    def first(text: str, **asked: object) -> list[int] | None:
        return post_table.first_ids(plan.conn, 64, text=text, **asked)  # type: ignore[arg-type]

    assert first("galette") is not None  # 500 posts of 4000
    assert first("galette", sort="rate", descending=True) is not None
    assert first("bakery") is None  # 8 posts: the index names fewer than 100
    assert first("galette", sort="interactions") is None  # no index to walk
    assert first("") is None  # unfiltered: read by pages already
    assert first("2026-01-01 08") is None  # not enough among the first 1024 walked


def _steps(conn: sqlite3.Connection, read: object) -> int:
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    conn.set_progress_handler(count, 1000)
    try:
        read()  # type: ignore[operator]
    finally:
        conn.set_progress_handler(None, 1000)
    return counted[0]


def test_the_first_screen_costs_a_part_of_the_whole(
    plan: PlanFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(plan, source_label="more", source_kind="manual", posts=_posts("q", 20_000))
    with plan.transaction():
        post_search.catch_up(plan.conn)
    asked = {"text": "galette", "sort": "rate", "descending": True}
    whole = _steps(plan.conn, lambda: post_table.ordered_ids(plan.conn, **asked))  # type: ignore[arg-type]
    first = _steps(plan.conn, lambda: post_table.first_ids(plan.conn, 64, **asked))  # type: ignore[arg-type]
    assert first * 4 < whole, (first, whole)
