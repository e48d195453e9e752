"""The calendar's pillar mix against the workshop's, for the Strategy tab and `check`;
and, for the Statistics tab, the planned and published shares with their interactions.

Reads the dated posts and the content pillars; the tolerance is the workshop's answer
"editorial.mix_tolerance" (percentage points), DEFAULT_TOLERANCE when unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from smplanner.domain.pillar_mix import DEFAULT_TOLERANCE, MonthMix, PillarShare, monthly_mix
from smplanner.domain.pillar_results import PillarResults, campaign_results, pillar_results
from smplanner.services import calendar_queries, statistics_queries, strategy_queries
from smplanner.storage.plan_file import PlanFile, connect_read_only, inspect_plan

TOLERANCE_FIELD = "editorial.mix_tolerance"


@dataclass(frozen=True)
class PillarMixReport:
    """Each month's mix, the tolerance used, and the drifts beyond it."""

    months: list[MonthMix]
    tolerance: float

    def months_to_come(self) -> list[MonthMix]:
        """The months with posts still to publish (the ones worth putting right)."""
        return [m for m in self.months if m.to_publish]

    def drifts(self) -> list[tuple[MonthMix, PillarShare]]:
        """(month, pillar) beyond the tolerance in the months still to publish."""
        return [(m, share) for m in self.months_to_come() for share in m.drifting(self.tolerance)]


def tolerance(plan: PlanFile) -> float:
    value = strategy_queries.strategy_document(plan).number(TOLERANCE_FIELD)
    return DEFAULT_TOLERANCE if value is None else value


def pillar_mix(plan: PlanFile) -> PillarMixReport:
    """The mix of every month with dated posts (ideas have no month yet)."""
    pillars = strategy_queries.content_pillars(plan)
    posts = calendar_queries.all_posts(plan)
    return PillarMixReport(monthly_mix(posts, pillars), tolerance(plan))


def pillar_results_between(
    plan: PlanFile, first: date | None = None, after: date | None = None
) -> PillarResults:
    """Per pillar, the planned and published shares of the posts dated in [first, after)
    (every dated post when a bound is None) and their interactions; per campaign, its
    posts and their interactions. Reads every post
    and matched figure of the plan: call it off the GUI thread on a large plan."""
    if first is not None and after is not None:
        posts = calendar_queries.posts_between(plan, first, after)
    else:
        posts = calendar_queries.all_posts(plan)
    figures = statistics_queries.figures_of_planned_posts(plan)
    results = pillar_results(
        posts, strategy_queries.content_pillars(plan), figures, first, after, tolerance(plan)
    )
    by_campaign = campaign_results(posts, calendar_queries.campaigns(plan), figures, first, after)
    return replace(results, campaigns=by_campaign)


def pillar_mix_at(path: Path) -> PillarMixReport:
    """``pillar_mix`` of the plan at ``path``, opened read-only, not migrated."""
    facts = inspect_plan(path, full=False)
    with PlanFile(
        facts.path, connect_read_only(facts.path), lock=None, read_only_reason="checking"
    ) as plan:
        return pillar_mix(plan)


def drifts_as_json(report: PillarMixReport) -> dict[str, Any]:
    """A stable JSON shape for tools: the tolerance and one object per drift."""
    return {
        "tolerance_points": report.tolerance,
        "drifts": [
            {
                "month": month.month.isoformat()[:7],
                "pillar_id": share.pillar_id,
                "pillar": share.name,
                "target_percent": share.target,
                "planned_percent": share.planned,
                "posts": share.posts,
                "month_posts": month.posts,
            }
            for month, share in report.drifts()
        ],
    }
