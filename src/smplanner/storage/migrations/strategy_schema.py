"""Tables of the strategy feature: one table per list in the workshop, plus one
key/value table for the single-valued answers of every section."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step


def _strategy_tables(db: Database) -> None:
    # Single answers ("budget.revenue", "community.moderation"…) stored as JSON, so a
    # new question needs no schema step.
    db.table("strategy_fields").create({"key": str, "value": str}, pk="key")
    db.table("audit_networks").create(
        {
            "id": int,
            "position": int,
            "network": str,
            "handle": str,
            "followers": int,
            "posts_per_week": float,
            "last_post": str,
            "active": int,
        },
        pk="id",
    )
    db.table("budget_lines").create(
        {"id": int, "position": int, "kind": str, "label": str, "amount": float, "period": str},
        pk="id",
    )
    db.table("objectives").create(
        {
            "id": int,
            "position": int,
            "kind": str,
            "title": str,
            "audience": str,
            "network": str,
            "metric": str,
            "baseline": float,
            "target": float,
            "start": str,
            "deadline": str,
        },
        pk="id",
    )
    db.table("personas").create(
        {
            "id": int,
            "position": int,
            "name": str,
            "age_min": int,
            "age_max": int,
            "gender": str,
            "place": str,
            "occupation": str,
            "interests": str,
            "networks": str,  # comma-separated network ids
            "expectations": str,
        },
        pk="id",
    )
    db.table("competitors").create(
        {"id": int, "position": int, "name": str, "networks": str, "strengths": str}, pk="id"
    )
    db.table("network_choices").create(
        {"network": str, "used": int, "role": str, "weekly_target": int}, pk="network"
    )
    db.table("content_pillars").create(
        {"id": int, "position": int, "name": str, "kind": str, "share_percent": float},
        pk="id",
    )
    db.table("reply_templates").create(
        {"id": int, "position": int, "title": str, "text": str}, pk="id"
    )
    db.table("objective_kpis").create(
        {
            "id": int,
            "position": int,
            "objective_id": int,
            "kpi": str,
            "denominator": str,
            "source": str,
            "review": str,
        },
        pk="id",
        foreign_keys=[("objective_id", "objectives", "id")],
    )


def _persona_cards(db: Database) -> None:
    # A persona card also says what annoys them and how they speak ("" when not said).
    db.table("personas").add_column("frustrations", str, not_null_default="")
    db.table("personas").add_column("quote", str, not_null_default="")


STEPS: list[Step] = [
    ("0001_strategy", _strategy_tables),
    ("0002_persona_frustrations_quote", _persona_cards),
]
