"""The statistics figures SQLite computes equal what the former Python code computed
from every post loaded as objects: per-post KPIs, the posts table (rows, marks,
sorts), the heat map and best hours, and the objectives' rates.

The former code is kept in statistics_former_computations.py (``former_*``), run on the rich
sample plan and on a generated plan with awkward posts (half-hour offsets, unknown
hours, ties, missing figures).
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smplanner.domain import kpi
from smplanner.domain import stat_records as m
from smplanner.domain.posting_hours import Grid
from smplanner.domain.stat_records import StatPost, metrics_json
from smplanner.domain.strategy_refs import ObjectiveRef
from smplanner.services import statistics_hours, statistics_progress
from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_ingest import ingest, plan_timezone
from smplanner.storage import statistics_post_figures as figures
from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan
from tests.statistics_former_computations import (
    former_client_best_hours,
    former_heat_map,
    former_post_rate,
    former_post_rows,
    former_sort_value,
)

TODAY = date(2026, 3, 2)
NETWORKS = [*kpi.NATURAL_DENOMINATOR, "mastodon"]
POST_METRICS = [
    m.INTERACTIONS,
    m.ENGAGEMENTS,
    m.LIKES,
    m.REACTIONS,
    m.COMMENTS,
    m.SHARES,
    m.SAVES,
    m.CLICKS,
    m.LINK_CLICKS,
    m.NEW_FOLLOWERS,
    m.REACH,
    m.IMPRESSIONS,
    m.VIEWS,
    m.FOLLOWERS,
    m.AVERAGE_WATCH_SECONDS,
    m.COMPLETION_RATE,
]

# ------------------------------------------------------------------ plans


@pytest.fixture(scope="module")
def rich_plan(tmp_path_factory) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    path = tmp_path_factory.mktemp("rich") / "Boulangerie Martin.smplan"
    plan = create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food"))
    fill_rich_plan(plan, TODAY)
    yield plan
    plan.close()


def generated_posts(count: int, seed: int = 5) -> list[StatPost]:
    """Posts of every network with awkward times and figures (and many equal rates)."""
    rng = random.Random(seed)
    zones = [
        UTC,
        timezone(timedelta(hours=1)),
        timezone(timedelta(hours=5, minutes=30)),
        timezone(timedelta(hours=-3, minutes=-30)),
        timezone(timedelta(hours=5, minutes=45)),
    ]
    first = datetime(2025, 3, 1)
    posts = []
    for i in range(count):
        network = rng.choice(NETWORKS)
        metrics = {
            name: float(rng.choice([0, 1, 3, 7, 10, 250, 1000, rng.randrange(5000)]))
            for name in rng.sample(POST_METRICS, rng.randrange(0, 8))
        }
        moment = first + timedelta(minutes=rng.randrange(60 * 24 * 400))
        published = None if i % 37 == 0 else moment.replace(tzinfo=rng.choice(zones))
        posts.append(
            StatPost(
                network=network,
                account="",
                external_id=f"post-{i}",
                link=None if i % 3 else f"https://example.com/{i}",
                published_at=published,
                text=None if i % 11 == 0 else f"Post {i}\nabout Été and pain {rng.randrange(9)}",
                metrics=metrics,
                time_known=i % 13 != 0,
            )
        )
    return posts


@pytest.fixture(scope="module")
def generated_plan(tmp_path_factory) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    path = tmp_path_factory.mktemp("generated") / "Generated.smplan"
    plan = create_plan(path, PlanProperties("Generated", timezone="Europe/Paris"))
    ingest(plan, source_label="generated", source_kind="manual", posts=generated_posts(3000))
    yield plan
    plan.close()


@pytest.fixture(params=["rich", "generated"])
def any_plan(request, rich_plan, generated_plan) -> PlanFile:  # type: ignore[no-untyped-def]
    return rich_plan if request.param == "rich" else generated_plan


# ------------------------------------------------------------------ per-post KPIs


def sql_figures(network: str, metrics: dict[str, float]) -> dict[str, Any]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE stat_posts (network TEXT, metrics TEXT)")
    conn.execute("INSERT INTO stat_posts VALUES (?, ?)", (network, metrics_json(metrics)))
    expressions = {
        "interactions": figures.INTERACTIONS,
        "rate": figures.RATE,
        "audience": figures.AUDIENCE,
        "denominator": figures.DENOMINATOR,
        "ctr": figures.CLICK_THROUGH_RATE,
        **{f"by_{name}": figures.rate_by(name) for name in figures._DENOMINATOR_METRICS},
    }
    row = conn.execute(f"SELECT {', '.join(expressions.values())} FROM stat_posts p").fetchone()
    conn.close()
    return dict(zip(expressions, row, strict=True))


figure_values = st.one_of(
    st.sampled_from([0.0, 1.0, 3.0, 1e-300, 1e300]),
    st.floats(min_value=0, max_value=1e12, allow_nan=False),
    st.integers(0, 10**9).map(float),
)


@settings(max_examples=300, deadline=None)
@given(
    network=st.sampled_from(NETWORKS),
    metrics=st.dictionaries(st.sampled_from(POST_METRICS), figure_values),
)
def test_sql_kpis_of_a_post_equal_the_domain_formulas(network, metrics) -> None:
    found = sql_figures(network, metrics)
    rate = kpi.post_engagement_rate(network, metrics)
    clicks = metrics.get(m.CLICKS, metrics.get(m.LINK_CLICKS))
    assert found["interactions"] == kpi.interactions(network, metrics)
    assert found["rate"] == rate.value
    assert found["denominator"] == rate.denominator
    assert found["audience"] == metrics.get(rate.denominator)
    assert found["ctr"] == kpi.click_through_rate(clicks, metrics.get(m.IMPRESSIONS))
    for name in figures._DENOMINATOR_METRICS:
        assert found[f"by_{name}"] == kpi.post_engagement_rate(network, metrics, name).value


# ------------------------------------------------------------------ posts table


def table_rows(plan: PlanFile) -> list[dict]:  # type: ignore[type-arg]
    from smplanner.ui.statistics.posts_table_model import published_text

    zone = plan_timezone(plan)
    marks = queries.best_and_worst_posts(plan)
    return [
        {
            "id": row.id,
            "published": published_text(row, zone),
            "network": row.network,
            "text": row.text,
            "audience": row.audience,
            "interactions": row.interactions,
            "rate": row.rate,
            "denominator": row.denominator,
            "planned": row.planned,
            "link": row.link,
            "mark": marks.get(row.id, ""),
        }
        for row in queries.all_post_table_rows(plan)
    ]


def test_the_posts_table_rows_and_marks_equal_the_former_ones(any_plan) -> None:
    former = former_post_rows(queries.stat_posts(any_plan), plan_timezone(any_plan))
    assert table_rows(any_plan) == former
    assert {row["mark"] for row in former} == {"best", "worst", ""}
    window = [row["id"] for row in former[5:9]]
    read = queries.post_table_rows(any_plan, window)
    assert sorted(read) == sorted(window)
    assert [read[i].rate for i in window] == [row["rate"] for row in former[5:9]]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "key",
    ["network", "text", "audience", "interactions", "rate", "denominator", "planned", "published"],
)
def test_the_posts_table_sorts_as_the_former_proxy(any_plan, key, descending) -> None:
    former = former_post_rows(queries.stat_posts(any_plan), plan_timezone(any_plan))
    # A stable sort, as QSortFilterProxyModel's: ties keep the posts' own order.
    if key == "published":
        # The proxy compared the shown text; the table now orders by the moment (to the
        # minute), the same order except that a post shown with its day only no longer
        # comes before that day's posts with an hour, and an hour shown twice when
        # clocks go back is in its true order.
        moments = {s.id: minute(s.post.published_at) for s in queries.stat_posts(any_plan)}
        expected = sorted(former, key=lambda row: moments[row["id"]], reverse=descending)
    else:
        expected = sorted(former, key=lambda row: former_sort_value(row, key), reverse=descending)
    assert sorted_ids(any_plan, key, descending) == [row["id"] for row in expected]


def minute(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def sorted_ids(plan: PlanFile, key: str, descending: bool) -> list[int]:
    return list(queries.post_table_ids(plan, sort=key, descending=descending))


def row_by_id(rows: list[dict], post_id: int) -> dict:  # type: ignore[type-arg]
    return next(row for row in rows if row["id"] == post_id)


@pytest.mark.parametrize("needle", ["about", "ÉTÉ", "pain 3", "2025-04", "%", "_"])
def test_the_posts_filter_keeps_the_posts_whose_text_or_date_contains_it(
    generated_plan, needle
) -> None:
    stored = queries.stat_posts(generated_plan)

    def stored_time(moment: datetime | None) -> str:
        return moment.isoformat()[:16].replace("T", " ") if moment else ""

    expected = [
        s.id
        for s in stored
        if needle.casefold() in (s.post.text or "").casefold()
        or needle in stored_time(s.post.published_at)
    ]
    assert sorted(queries.post_table_ids(generated_plan, text=needle)) == sorted(expected)
    with_network = queries.post_table_ids(generated_plan, text=needle, networks=["tiktok"])
    tiktok = {s.id for s in stored if s.post.network == "tiktok"}
    assert set(with_network) == set(expected) | tiktok


# ------------------------------------------------------------------ hours


def grids_equal(found: Grid, expected: Grid) -> bool:
    # Sums are added in another order (per hour first): equal to the last bits.
    return all(
        (a is None and b is None) or (a is not None and b is not None and a == pytest.approx(b))
        for row_a, row_b in zip(found, expected, strict=True)
        for a, b in zip(row_a, row_b, strict=True)
    )


def test_heat_maps_and_best_hours_equal_the_former_ones(any_plan) -> None:
    networks = queries.stat_post_networks(any_plan)
    every_network = statistics_hours.engagement_cells(any_plan)  # as the panel keeps them
    for network in [None, *networks]:
        found = statistics_hours.engagement_heat_map(any_plan, network)
        assert grids_equal(found, former_heat_map(any_plan, network)), network
        assert statistics_hours.heat_map_of(every_network, network) == found
    for network in networks:
        found_slots = statistics_hours.client_best_hours(any_plan, network)
        expected = former_client_best_hours(any_plan, network)
        assert [s[:2] for s in found_slots] == [s[:2] for s in expected], network
        assert [s[2] for s in found_slots] == pytest.approx([s[2] for s in expected])


def test_a_plan_in_a_half_hour_zone_places_each_post_in_its_own_hour(tmp_path) -> None:
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    plan = create_plan(tmp_path / "Kolkata.smplan", PlanProperties("K", timezone="Asia/Kolkata"))
    ingest(plan, source_label="g", source_kind="manual", posts=generated_posts(400, seed=9))
    for network in [None, "instagram", "x"]:
        found = statistics_hours.engagement_heat_map(plan, network)
        assert grids_equal(found, former_heat_map(plan, network))
    plan.close()


# ------------------------------------------------------------------ objectives


@pytest.mark.parametrize("metric", ["engagement_rate", "ctr", "avg_watch_time", "completion_rate"])
def test_objective_rates_equal_the_former_ones(any_plan, generated_plan, metric) -> None:
    networks = [None, *queries.stat_post_networks(any_plan)]
    measured = 0
    for network in networks:
        for start in (None, date(2025, 6, 1)):
            objective = ObjectiveRef(1, "engagement", "o", network=network, metric=metric)
            found = statistics_progress._post_rate(any_plan, objective, start, TODAY)
            assert found == former_post_rate(any_plan, objective, start, TODAY), network
            measured += len(found[0])
    assert measured or any_plan is not generated_plan  # not only empty series compared


def test_objectives_progress_of_the_rich_plan_is_unchanged(rich_plan) -> None:
    statuses = statistics_progress.objectives_progress(rich_plan, TODAY)
    rates = [s for s in statuses if s.objective.metric == "engagement_rate"]
    assert rates
    for status in rates:
        objective = status.objective
        start = objective.start or (
            objective.deadline - timedelta(days=90) if objective.deadline else None
        )
        series, current, denominator = former_post_rate(rich_plan, objective, start, TODAY)
        assert (status.series, status.current, status.denominator) == (
            series,
            current,
            denominator,
        )


def test_stored_metrics_are_what_the_sql_reads() -> None:
    # The SQL reads figures with json_extract: the stored text must be plain JSON.
    assert json.loads(metrics_json({"reach": 3, "likes": 2.5})) == {"likes": 2.5, "reach": 3.0}


def test_posts_to_match_are_the_stored_posts_without_their_figures(any_plan) -> None:
    former = [
        (s.id, s.post.network, s.post.external_id, s.post.link, s.post.published_at, s.post.text)
        for s in queries.stat_posts(any_plan)
    ]
    assert queries.posts_to_match(any_plan) == former
