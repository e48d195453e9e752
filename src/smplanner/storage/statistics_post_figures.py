"""A stored post's KPIs as SQL expressions over ``stat_posts`` (alias ``p``).

The same formulas as ``domain/kpi.py`` (interactions as each network counts them,
engagement rate by the network's natural denominator), written in SQL so that a
100,000-post plan is sorted, ranked and aggregated by SQLite instead of being
loaded into Python objects. Each expression gives, to the bit, the float the
Python formula gives (same operations in the same order); the tests compare
them on many generated posts.

The expressions are plain text built once from the domain's constants.
"""

from __future__ import annotations

from smplanner.domain import kpi
from smplanner.domain import stat_records as m


def metric(name: str) -> str:
    """A post's figure as a REAL, NULL when the export did not give it."""
    return f"CAST(json_extract(p.metrics, '$.\"{name}\"') AS REAL)"


def _sum_of_present(names: list[str]) -> str:
    # Python: sum(present) if present else None; adding 0.0 for a missing figure
    # leaves the float unchanged, so the order of additions is the same.
    values = [metric(name) for name in names]
    total = " + ".join(f"ifnull({value}, 0.0)" for value in values)
    return f"CASE WHEN coalesce({', '.join(values)}) IS NULL THEN NULL ELSE {total} END"


# kpi.interactions: the network's own total first, else the sum of the parts present.
INTERACTIONS = (
    f"CASE WHEN {metric(m.INTERACTIONS)} IS NOT NULL THEN {metric(m.INTERACTIONS)}"
    f" WHEN {metric(m.ENGAGEMENTS)} IS NOT NULL THEN {metric(m.ENGAGEMENTS)}"
    " WHEN p.network = 'linkedin' THEN "
    + _sum_of_present([m.CLICKS, m.LIKES, m.COMMENTS, m.SHARES, m.NEW_FOLLOWERS])
    + " ELSE "
    + _sum_of_present([m.LIKES, m.REACTIONS, m.COMMENTS, m.SHARES, m.SAVES])
    + " END"
)

# The metric each denominator divides by (kpi.post_engagement_rate).
_DENOMINATOR_METRICS = {
    kpi.BY_REACH: m.REACH,
    kpi.BY_IMPRESSIONS: m.IMPRESSIONS,
    kpi.BY_VIEWS: m.VIEWS,
    kpi.BY_FOLLOWERS: m.FOLLOWERS,
}


def _by_network(values: dict[str, str], default: str) -> str:
    cases = " ".join(f"WHEN '{network}' THEN {value}" for network, value in values.items())
    return f"CASE p.network {cases} ELSE {default} END"


# The network's natural denominator's name ('reach', 'impressions', 'views').
DENOMINATOR = _by_network(
    {network: f"'{name}'" for network, name in kpi.NATURAL_DENOMINATOR.items()},
    f"'{kpi.BY_REACH}'",
)

# The figure the rate divides by; also the table's "Reach / views" column (a natural
# denominator is never followers, so the audience shown is that same figure).
AUDIENCE = _by_network(
    {
        network: metric(_DENOMINATOR_METRICS[name])
        for network, name in kpi.NATURAL_DENOMINATOR.items()
    },
    metric(m.REACH),
)


def percent(numerator: str, denominator: str) -> str:
    """kpi._percent: numerator ÷ denominator × 100, NULL if either is missing or 0."""
    return (
        f"CASE WHEN ({numerator}) IS NULL OR ({denominator}) IS NULL OR ({denominator}) = 0"
        f" THEN NULL ELSE ({numerator}) / ({denominator}) * 100 END"
    )


def rate_by(denominator: str) -> str:
    """kpi.post_engagement_rate with the denominator asked (one of kpi.BY_*)."""
    return percent(INTERACTIONS, metric(_DENOMINATOR_METRICS[denominator]))


# kpi.post_engagement_rate(network, metrics).value: by the natural denominator.
RATE = percent(INTERACTIONS, AUDIENCE)

# kpi.click_through_rate of a post: clicks (or link clicks) ÷ impressions.
CLICK_THROUGH_RATE = percent(
    f"coalesce({metric(m.CLICKS)}, {metric(m.LINK_CLICKS)})", metric(m.IMPRESSIONS)
)
