"""Long gaps: a network the strategy uses with nothing planned for too many days."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import GAP, RuleContext, RuleWarning


def gap_warnings(
    posts: list[PostRef], context: RuleContext, first: date, after_last: date
) -> list[RuleWarning]:
    """Runs of more than ``gap_days`` empty days per used network within [first, after_last)."""
    limit = context.settings.gap_days
    warnings = []
    for network in context.used_networks:
        days = sorted(
            {
                p.scheduled_at.date()
                for p in posts
                if p.network == network and p.scheduled_at is not None
            }
        )
        # Sentinels just outside the period: a gap touching an edge counts from the edge.
        edges = [
            first - timedelta(days=1),
            *[d for d in days if first <= d < after_last],
            after_last,
        ]
        for before, after in itertools.pairwise(edges):
            empty = (after - before).days - 1
            if empty > limit:
                warnings.append(
                    RuleWarning(
                        GAP,
                        (),
                        network,
                        {
                            "from": before + timedelta(days=1),
                            "to": after - timedelta(days=1),
                            "days": empty,
                        },
                    )
                )
    return warnings
