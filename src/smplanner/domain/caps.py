"""The weekly cap: at most N posts per network per week (ISO weeks, Monday first)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import CAP, RuleContext, RuleWarning


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_counts(posts: list[PostRef]) -> dict[tuple[str, date], list[int]]:
    """Post ids per (network, Monday of the local week)."""
    counts: dict[tuple[str, date], list[int]] = defaultdict(list)
    for post in posts:
        if post.scheduled_at is not None:
            counts[(post.network, week_start(post.scheduled_at.date()))].append(post.id)
    return counts


def cap_warnings(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    """One warning per network and week above its cap, naming every post of that week."""
    warnings = []
    for (network, monday), ids in sorted(weekly_counts(posts).items()):
        cap = context.cap_for(network)
        if len(ids) > cap:
            warnings.append(
                RuleWarning(
                    CAP,
                    tuple(ids),
                    network,
                    {"count": len(ids), "cap": cap, "week": monday},
                )
            )
    return warnings


def fits_cap(
    posts: list[PostRef],
    network: str,
    moment: datetime,
    cap: int,
    *,
    ignoring: frozenset[int] = frozenset(),
) -> bool:
    """True if one more post on ``network`` at ``moment`` keeps its week within the cap."""
    monday = week_start(moment.date())
    same_week = sum(
        1
        for p in posts
        if p.network == network
        and p.scheduled_at is not None
        and p.id not in ignoring
        and week_start(p.scheduled_at.date()) == monday
    )
    return same_week + 1 <= cap
