"""The core's notes name a metric by its words, never its id (importers/metric_words.py)."""

from __future__ import annotations

from smplanner.importers.metric_words import metric_words


def test_a_known_metric_reads_as_its_name() -> None:
    assert metric_words("new_followers") == "new followers"
    assert metric_words("watch_time_seconds") == "watch time (s)"


def test_an_organic_or_sponsored_part_is_said_after_the_name() -> None:
    assert metric_words("reach_organic") == "reach (organic)"
    assert metric_words("impressions_sponsored") == "impressions (sponsored)"


def test_a_metric_without_a_name_reads_as_its_words() -> None:
    assert metric_words("story_exits") == "story exits"
