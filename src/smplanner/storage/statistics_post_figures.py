"""A stored post's KPIs as SQL expressions over ``stat_posts`` (alias ``p``).

The same formulas as ``domain/kpi.py`` (interactions as each network counts them,
engagement rate by the network's natural denominator), written in SQL so that a
100,000-post plan is sorted, ranked and aggregated by SQLite instead of being
loaded into Python objects. Each expression gives, to the bit, the float the
Python formula gives (same operations in the same order); the tests compare
them on many generated posts.

The expressions are plain text compiled once from the domain's formula tables
(kpi.INTERACTION_TOTALS, INTERACTION_PARTS, DENOMINATOR_METRIC, CLICK_FIGURES,
NATURAL_DENOMINATOR): a network or figure added there changes both at once. Not
the Python functions registered with create_function: called per row (JSON parsed
in Python), sorting 100,000 posts by rate took 518 ms against 306 ms here.
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


# kpi.interactions: the network's own total first, else the sum of the parts present
# (the parts each network counts: kpi.INTERACTION_PARTS, else the default ones).
def _interactions() -> str:
    totals = " ".join(
        f"WHEN {metric(name)} IS NOT NULL THEN {metric(name)}" for name in kpi.INTERACTION_TOTALS
    )
    networks = " ".join(
        f"WHEN p.network = '{network}' THEN {_sum_of_present(list(parts))}"
        for network, parts in kpi.INTERACTION_PARTS.items()
    )
    default = _sum_of_present(list(kpi.DEFAULT_INTERACTION_PARTS))
    return f"CASE {totals} {networks} ELSE {default} END"


INTERACTIONS = _interactions()

# The metric each denominator divides by (kpi.post_engagement_rate).
_DENOMINATOR_METRICS = kpi.DENOMINATOR_METRIC


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

# kpi.post_click_through_rate: clicks (or link clicks) ÷ impressions.
CLICK_THROUGH_RATE = percent(
    f"coalesce({', '.join(metric(name) for name in kpi.CLICK_FIGURES)})", metric(m.IMPRESSIONS)
)

# The posts table's sort key for the rate column (a post without a rate sorts as -1).
RATE_SORT = f"coalesce({RATE}, -1.0)"


def unqualified(expression: str) -> str:
    """An expression of this module without the ``p.`` alias, as CREATE INDEX takes it.

    SQLite matches an index on an expression by the columns it reads, not by how the
    query names them: ``ORDER BY {RATE_SORT}`` over ``stat_posts p`` uses an index on
    ``unqualified(RATE_SORT)``. Only ``p.metrics`` and ``p.network`` occur here."""
    return expression.replace("p.metrics", "metrics").replace("p.network", "network")
