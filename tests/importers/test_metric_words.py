"""The core's notes name a metric by its words, never its id (importers/metric_words.py)."""

from __future__ import annotations

from smplanner.importers.metric_words import NAMES, metric_words
from smplanner.ui.statistics.metric_names import NAMES as WINDOW_NAMES


def test_a_known_metric_reads_as_its_name() -> None:
    assert metric_words("new_followers") == "new followers"
    assert metric_words("watch_time_seconds") == "watch time (s)"


def test_an_organic_or_sponsored_part_is_said_after_the_name() -> None:
    assert metric_words("reach_organic") == "reach (organic)"
    assert metric_words("impressions_sponsored") == "impressions (sponsored)"


def test_a_metric_without_a_name_reads_as_its_words() -> None:
    assert metric_words("story_exits") == "story exits"


def test_the_notes_and_the_window_name_the_same_metrics_the_same_way() -> None:
    assert {key: str(text) for key, text in NAMES.items()} == {
        key: str(text) for key, text in WINDOW_NAMES.items()
    }
