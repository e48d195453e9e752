"""The values passed between layers are typed (StrEnums), each defined once."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from smplanner.domain import networks, stat_records
from smplanner.domain.networks import NetworkId
from smplanner.domain.recurrence import SeriesScope
from smplanner.domain.stat_records import Metric
from smplanner.errors import UserError
from smplanner.importers.export_files import read_export_file
from smplanner.resource_files import load_json
from smplanner.services import (
    accounts,
    calendar_queries,
    calendar_series,
    statistics_ingest,
    strategy_queries,
)
from smplanner.services.changes import Changes, Topic

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"


def test_every_features_topic_is_a_member_of_the_one_topic_list():
    named = [
        calendar_queries.POSTS,
        calendar_queries.CAMPAIGNS,
        calendar_queries.TIME_SLOTS,
        calendar_queries.CALENDAR_SETTINGS,
        strategy_queries.STRATEGY,
        statistics_ingest.STATISTICS,
        accounts.ACCOUNTS,
    ]
    assert all(type(topic) is Topic for topic in named)
    assert len(set(named)) == len(named)  # no two features share a topic by accident


def test_a_change_notice_holds_topics_and_refuses_a_misspelt_one():
    changes = Changes.of(Topic.POSTS, posts={4})
    assert changes.topics == {Topic.POSTS} and changes.touches(Topic.POSTS)
    assert not changes.touches(Topic.STATISTICS)
    assert Changes.of(Topic.EVERYTHING).touches(Topic.ACCOUNTS)
    with pytest.raises(ValueError, match="post"):
        Changes.of("post")  # type: ignore[arg-type]  (a typo, not a new topic)


def test_a_change_notice_names_each_kind_of_id_and_refuses_a_misspelt_kind():
    moved = Changes.of(Topic.POSTS, posts=[4, 5], days={740_000})
    undated = Changes.of(Topic.POSTS, posts={6}, days=())  # an idea: no day repaints
    unsaid = Changes.of(Topic.POSTS, posts={7})  # which days: not said, all repaint
    assert moved.posts == {4, 5} and moved.days == {740_000}
    assert undated.days == frozenset() and unsaid.days is None
    assert moved.merged(unsaid).days == {740_000}
    assert unsaid.merged(undated).days == frozenset()
    assert unsaid.merged(unsaid).days is None
    merged = moved.merged(undated).merged(Changes.of(Topic.LABELS, labels={2}, posts={6}))
    assert merged.posts == {4, 5, 6} and merged.labels == {2}
    assert merged.topics == {Topic.POSTS, Topic.LABELS}
    rows = Changes.of(Topic.STRATEGY, strategy_rows=[("personas", 3)])
    assert rows.merged(
        Changes.of(Topic.STRATEGY, strategy_rows=[("pillars", 3)])
    ).strategy_rows == {
        ("personas", 3),
        ("pillars", 3),
    }
    with pytest.raises(TypeError, match="post"):
        Changes.of(Topic.POSTS, post={4})  # type: ignore[call-arg]  (a typo of posts)


def test_a_series_scope_is_one_of_three_and_reads_back_from_its_text():
    assert tuple(SeriesScope) == calendar_series.SCOPES
    assert calendar_series.FOLLOWING is SeriesScope.FOLLOWING
    assert SeriesScope("all") is SeriesScope.ALL  # what a stored or typed value becomes
    with pytest.raises(ValueError):
        SeriesScope("some")


def test_the_network_ids_are_the_data_files_networks_in_the_same_order():
    listed = [item["id"] for item in load_json("data", "networks.json")["networks"]]
    assert listed == [str(network) for network in NetworkId]
    assert all(type(item.id) is NetworkId for item in networks.all_networks())
    assert networks.network("linkedin").id is NetworkId.LINKEDIN


def test_every_sample_export_reads_into_known_networks_and_metric_ids():
    # Rows are keyed on NetworkId ids, figures on Metric ids where the networks share
    # one (a misspelt network or shared metric would start a series of its own); a
    # figure only one export has keeps its own snake_case id.
    read = 0
    keys: set[str] = set()
    for path in sorted(FIXTURES.iterdir()):
        try:
            reading = read_export_file(path)
        except UserError:
            continue  # a file the generic column mapping reads (not recognised alone)
        for table in reading.readings:
            read += 1
            for row in table.post_rows:
                assert row[0] in set(NetworkId), (path.name, row[0])
                keys.update(json.loads(row[8]))
            for value in table.daily:
                assert value.network in set(NetworkId), (path.name, value.network)
                keys.add(value.metric)
    assert read >= 15
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in keys), sorted(keys)
    shared = {Metric.REACH, Metric.IMPRESSIONS, Metric.VIEWS, Metric.LIKES, Metric.COMMENTS}
    assert shared | {Metric.SHARES, Metric.FOLLOWERS, Metric.CLICKS} <= keys
    # A near miss of a shared id ("like", "impression") is a typo, not a new figure.
    near = {key for key in keys - set(Metric) if key.rstrip("s") in {m.rstrip("s") for m in Metric}}
    assert near == set()


def test_a_metric_stored_reads_back_as_the_same_key():
    stored = stat_records.metrics_json({Metric.REACH: 120, stat_records.LIKES: 4})
    assert stored == '{"likes":4.0,"reach":120.0}'
    assert json.loads(stored)["reach"] == 120.0
    assert stat_records.REACH is Metric.REACH


def test_mypy_checks_every_module_strictly_none_exempt():
    # ui/ joined with 45 modules exempt (ignore_errors); the list is empty now and stays
    # so: a module relaxed needs a narrower setting, named in pyproject with its reason.
    config = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy["strict"] is True and mypy["files"] == ["src/smplanner"]
    exempt = [o["module"] for o in mypy.get("overrides", []) if o.get("ignore_errors")]
    assert exempt == []
    for override in mypy.get("overrides", []):
        assert not any(str(m).startswith("smplanner") for m in override["module"]) or set(
            override
        ) == {"module", "disallow_subclassing_any"}, override
