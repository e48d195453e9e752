"""Normalized statistics records: what every importer and API refresh produces.

Importers turn a network's export into these; ``services.statistics_ingest.ingest``
stores them idempotently (a post is keyed by (network, external_id), a daily value
by (network, account, day, metric)). Metric names are the lower-case ids below, so
that figures from different exports of one network land in the same series.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Metric(StrEnum):
    """The metric ids shared by importers, the API refresh, manual entry and the KPI code.

    Stored and compared as their text (a StrEnum is a str): a figure read back from the
    plan is the same key as the Metric that stored it. A figure only one export has
    (X's hashtag clicks, LinkedIn's sponsored reach…) is kept under its own snake_case
    id, so the records' metric keys are ``str``: every Metric is one, not the reverse.
    """

    IMPRESSIONS = "impressions"
    VIEWS = "views"
    REACH = "reach"
    LIKES = "likes"
    REACTIONS = "reactions"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"
    LINK_CLICKS = "link_clicks"
    ENGAGEMENTS = "engagements"
    INTERACTIONS = "interactions"
    FOLLOWERS = "followers"
    NEW_FOLLOWERS = "new_followers"
    UNFOLLOWS = "unfollows"
    PROFILE_VIEWS = "profile_views"
    WATCH_TIME_SECONDS = "watch_time_seconds"
    AVERAGE_WATCH_SECONDS = "average_watch_seconds"
    COMPLETION_RATE = "completion_rate"
    COMPLETED_VIEWS = "completed_views"
    VIDEO_VIEWS = "video_views"
    ACTIVE_FOLLOWERS = "active_followers"
    LEADS = "leads"
    APPLICATIONS = "applications"
    SALES = "sales"


# The importers' and the KPI code's short names (``m.REACH``): the members above.
IMPRESSIONS = Metric.IMPRESSIONS
VIEWS = Metric.VIEWS
REACH = Metric.REACH
LIKES = Metric.LIKES
REACTIONS = Metric.REACTIONS
COMMENTS = Metric.COMMENTS
SHARES = Metric.SHARES
SAVES = Metric.SAVES
CLICKS = Metric.CLICKS
LINK_CLICKS = Metric.LINK_CLICKS
ENGAGEMENTS = Metric.ENGAGEMENTS
INTERACTIONS = Metric.INTERACTIONS
FOLLOWERS = Metric.FOLLOWERS
NEW_FOLLOWERS = Metric.NEW_FOLLOWERS
UNFOLLOWS = Metric.UNFOLLOWS
PROFILE_VIEWS = Metric.PROFILE_VIEWS
WATCH_TIME_SECONDS = Metric.WATCH_TIME_SECONDS
AVERAGE_WATCH_SECONDS = Metric.AVERAGE_WATCH_SECONDS
COMPLETION_RATE = Metric.COMPLETION_RATE
COMPLETED_VIEWS = Metric.COMPLETED_VIEWS
VIDEO_VIEWS = Metric.VIDEO_VIEWS
ACTIVE_FOLLOWERS = Metric.ACTIVE_FOLLOWERS
LEADS = Metric.LEADS
APPLICATIONS = Metric.APPLICATIONS
SALES = Metric.SALES


@dataclass(frozen=True)
class StatPost:
    """One published post with its lifetime figures as read from an export or API.

    ``external_id`` is the network's own post id (or the link when there is none);
    ``published_at`` is timezone-aware when the source says so; a naive one is
    in the plan's time zone (the exports show the account's local time).
    ``metrics`` holds only the figures present in the source: a missing figure is
    absent, never 0.
    """

    network: str
    account: str
    external_id: str
    link: str | None = None
    published_at: datetime | None = None
    text: str | None = None
    post_type: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    # False when the source gives only the day (YouTube): keep it out of hour advice.
    time_known: bool = True


@dataclass(frozen=True)
class DailyValue:
    """One figure of an account on one day (followers, reach, views...)."""

    network: str
    account: str
    day: date
    metric: str
    value: float


@dataclass(frozen=True)
class HourlyActivity:
    """How many followers were active at one hour of one day (TikTok FollowerActivity)."""

    network: str
    account: str
    day: date
    hour: int
    active: float


# A post as handed from the importers to the ingest: the fields of StatPost in the
# order the stored row takes them, with the metrics already as their stored JSON text
# (see metrics_json). A plain tuple, because a 100,000-row export makes 100,000 of
# them: (network, account, external_id, link, published_at, time_known, text,
# post_type, metrics_json).
PostRow = tuple[str, str, str, str | None, datetime | None, bool, str | None, str | None, str]

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def metrics_json(metrics: dict[str, float]) -> str:
    """Metrics as stored: sorted keys, every value a float written as ``repr`` writes it
    (the same text each time, so that re-importing equal figures changes nothing).

    ``importers/metric_columns.py`` writes the same text straight from the cells.
    """
    return _ENCODER.encode({key: float(value) for key, value in metrics.items()})


def post_row(post: StatPost) -> PostRow:
    """A StatPost as the ingest takes it."""
    return (
        post.network,
        post.account or "",
        post.external_id,
        post.link,
        post.published_at,
        post.time_known,
        post.text,
        post.post_type,
        metrics_json(post.metrics),
    )


def post_from_row(row: PostRow) -> StatPost:
    """The StatPost a PostRow stands for (for previews and tests; the ingest keeps rows)."""
    network, account, external_id, link, published_at, time_known, text, kind, metrics = row
    return StatPost(
        network=network,
        account=account,
        external_id=external_id,
        link=link,
        published_at=published_at,
        text=text,
        post_type=kind,
        metrics=json.loads(metrics),
        time_known=time_known,
    )
