"""Start a strategy from a sector template (one transaction, one undo step)."""

from __future__ import annotations

from smplanner.domain.strategy_templates import TemplateMerge, merge_template, template_content
from smplanner.services.changes import Changes
from smplanner.services.plan_safety import keep_copy
from smplanner.services.strategy_queries import STRATEGY
from smplanner.storage import strategy_repo
from smplanner.storage.plan_file import PlanFile


def template_merge(plan: PlanFile, template_id: str, language: str) -> TemplateMerge:
    """What applying the template would add to this plan (nothing is written)."""
    return merge_template(
        template_content(template_id, language),
        strategy_repo.list_rows(plan, "objectives"),
        strategy_repo.list_rows(plan, "content_pillars"),
        {row["network"] for row in strategy_repo.network_choices(plan)},
        strategy_repo.read_fields(plan),
    )


def apply_template(plan: PlanFile, template_id: str, language: str) -> Changes:
    """Add what the template has and the plan lacks (see ``template_merge``).

    What the CM already typed is kept: objectives and pillars are added after the
    existing ones (the same ones are not added twice, the pillar mix stays within
    100 %), a network already chosen keeps its role, an answered field is not
    overwritten. Undo it with strategy_edits.replace_strategy(snapshot).
    """
    content = template_merge(plan, template_id, language)
    keep_copy(plan, "template")  # the way back once the undo stack is gone
    strategy_repo.append_template(
        plan, content.objectives, content.pillars, content.networks, content.fields
    )
    return Changes.of(STRATEGY)
