"""Readable, translated names of what the Statistics tab shows by id: metrics
(domain/stat_records.py), networks (their display names) and the strategy's KPIs.

A metric's words are the core's (importers/metric_words.py), which an import's notes
use too: the window and the notes cannot name a metric two ways."""

from __future__ import annotations

from smplanner.importers.metric_words import metric_words
from smplanner.ui.core_messages import message_text

# The metrics a community manager looks at first, in this order; the rest follow
# alphabetically (by their translated name).
USEFUL_FIRST = (
    "followers",
    "reach",
    "impressions",
    "views",
    "video_views",
    "engagements",
    "interactions",
    "new_followers",
    "followers_change",
    "likes",
    "reactions",
    "comments",
    "shares",
    "saves",
    "clicks",
    "link_clicks",
    "profile_views",
    "page_views",
)


def metric_order(metric: str) -> tuple[int, str]:
    """Sort key: the most useful metrics first, then by name."""
    rank = USEFUL_FIRST.index(metric) if metric in USEFUL_FIRST else len(USEFUL_FIRST)
    return rank, metric_name(metric).casefold()


def network_name(network_id: str) -> str:
    """The network's display name ("Instagram"), or the id itself if unknown."""
    from smplanner.domain.networks import network

    try:
        return network(network_id).name
    except KeyError:
        return network_id


def kpi_label(kpi_id: str) -> str:
    """The strategy's translated label of a KPI ("Abonnés"), else the metric's name."""
    from smplanner.texts.strategy_labels import KPIS, tr

    if kpi_id in KPIS:
        return tr(KPIS[kpi_id])
    return metric_name(kpi_id)


def denominator_label(denominator: str) -> str:
    """What an engagement rate is divided by, as the strategy words it ("sur la portée")."""
    from smplanner.texts.strategy_labels import DENOMINATORS, tr

    if denominator in DENOMINATORS:
        return tr(DENOMINATORS[denominator])
    return metric_name(denominator)


def metric_name(metric: str) -> str:
    """The metric as the user reads it, in the interface language."""
    return message_text(metric_words(metric))
