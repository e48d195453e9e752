"""The values passed between layers are typed (StrEnums), each defined once."""

from __future__ import annotations

import pytest

from smplanner.domain.recurrence import SeriesScope
from smplanner.services import (
    accounts,
    calendar_queries,
    calendar_series,
    statistics_ingest,
    strategy_queries,
)
from smplanner.services.changes import Changes, Topic


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


def test_a_series_scope_is_one_of_three_and_reads_back_from_its_text():
    assert tuple(SeriesScope) == calendar_series.SCOPES
    assert calendar_series.FOLLOWING is SeriesScope.FOLLOWING
    assert SeriesScope("all") is SeriesScope.ALL  # what a stored or typed value becomes
    with pytest.raises(ValueError):
        SeriesScope("some")
