"""Start a strategy from a sector template (one transaction, one undo step)."""

from __future__ import annotations

import json

from smplanner.domain.strategy_templates import template_content
from smplanner.services.changes import Changes
from smplanner.services.plan_safety import keep_copy
from smplanner.services.strategy_queries import STRATEGY
from smplanner.storage import strategy_repo
from smplanner.storage.plan_file import PlanFile


def apply_template(plan: PlanFile, template_id: str, language: str) -> Changes:
    """Add the template's objectives, pillars and networks; fill unanswered charter fields.

    What the CM already typed is kept: objectives and pillars are added after the
    existing ones, a network already chosen keeps its role, an answered field is
    not overwritten. Undo it with strategy_edits.replace_strategy(snapshot).
    """
    content = template_content(template_id, language)
    keep_copy(plan, "template")  # the way back once the undo stack is gone
    answered = strategy_repo.read_fields(plan)
    chosen = {row["network"] for row in strategy_repo.network_choices(plan)}
    with plan.transaction() as db:
        top = plan.conn.execute("SELECT COALESCE(MAX(position), 0) FROM objectives").fetchone()[0]
        for offset, objective in enumerate(content.objectives, start=1):
            db.table("objectives").insert({**objective, "position": top + offset})
        top = plan.conn.execute(
            "SELECT COALESCE(MAX(position), 0) FROM content_pillars"
        ).fetchone()[0]
        for offset, pillar in enumerate(content.pillars, start=1):
            db.table("content_pillars").insert({**pillar, "position": top + offset})
        for choice in content.networks:
            if choice["network"] not in chosen:
                db.table("network_choices").insert(choice)
        for key, value in content.fields.items():
            if answered.get(key) in (None, ""):
                db.table("strategy_fields").upsert(
                    {"key": key, "value": json.dumps(value)}, pk="key"
                )
    return Changes.of(STRATEGY)
