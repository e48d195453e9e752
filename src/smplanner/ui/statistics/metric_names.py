"""Readable, translated names of what the Statistics tab shows by id: metrics
(domain/stat_records.py), networks (their display names) and the strategy's KPIs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES = {
    "impressions": QT_TRANSLATE_NOOP("MetricNames", "impressions"),
    "views": QT_TRANSLATE_NOOP("MetricNames", "views"),
    "video_views": QT_TRANSLATE_NOOP("MetricNames", "video views"),
    "reach": QT_TRANSLATE_NOOP("MetricNames", "reach"),
    "likes": QT_TRANSLATE_NOOP("MetricNames", "likes"),
    "reactions": QT_TRANSLATE_NOOP("MetricNames", "reactions"),
    "comments": QT_TRANSLATE_NOOP("MetricNames", "comments"),
    "shares": QT_TRANSLATE_NOOP("MetricNames", "shares"),
    "saves": QT_TRANSLATE_NOOP("MetricNames", "saves"),
    "clicks": QT_TRANSLATE_NOOP("MetricNames", "clicks"),
    "link_clicks": QT_TRANSLATE_NOOP("MetricNames", "link clicks"),
    "engagements": QT_TRANSLATE_NOOP("MetricNames", "engagements"),
    "interactions": QT_TRANSLATE_NOOP("MetricNames", "interactions"),
    "followers": QT_TRANSLATE_NOOP("MetricNames", "followers"),
    "new_followers": QT_TRANSLATE_NOOP("MetricNames", "new followers"),
    "followers_change": QT_TRANSLATE_NOOP("MetricNames", "follower change"),
    "unfollows": QT_TRANSLATE_NOOP("MetricNames", "unfollows"),
    "profile_views": QT_TRANSLATE_NOOP("MetricNames", "profile views"),
    "page_views": QT_TRANSLATE_NOOP("MetricNames", "page views"),
    "unique_visitors": QT_TRANSLATE_NOOP("MetricNames", "unique visitors"),
    "viewers": QT_TRANSLATE_NOOP("MetricNames", "viewers"),
    "new_viewers": QT_TRANSLATE_NOOP("MetricNames", "new viewers"),
    "returning_viewers": QT_TRANSLATE_NOOP("MetricNames", "returning viewers"),
    "watch_time_seconds": QT_TRANSLATE_NOOP("MetricNames", "watch time (s)"),
    "average_watch_seconds": QT_TRANSLATE_NOOP("MetricNames", "average watch time (s)"),
    "completion_rate": QT_TRANSLATE_NOOP("MetricNames", "completion rate"),
    "leads": QT_TRANSLATE_NOOP("MetricNames", "leads"),
    "applications": QT_TRANSLATE_NOOP("MetricNames", "applications"),
    "sales": QT_TRANSLATE_NOOP("MetricNames", "sales"),
}
SUFFIXES = {
    "_organic": QT_TRANSLATE_NOOP("MetricNames", "%1 (organic)"),
    "_sponsored": QT_TRANSLATE_NOOP("MetricNames", "%1 (sponsored)"),
}


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
    for suffix, pattern in SUFFIXES.items():
        if metric.endswith(suffix) and metric[: -len(suffix)] in NAMES:
            base = metric_name(metric[: -len(suffix)])
            return QCoreApplication.translate("MetricNames", str(pattern)).replace("%1", base)
    if metric in NAMES:
        return QCoreApplication.translate("MetricNames", str(NAMES[metric]))
    return metric.replace("_", " ")
