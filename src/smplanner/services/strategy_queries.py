"""Read API of the strategy for the other features and the report.

Calendar, statistics and deliverables read the strategy only through these
functions; each returns plain dataclasses from domain/strategy_refs.py and copes
with a plan whose strategy is still empty (or older than the strategy tables).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from smplanner.domain.strategy_refs import (
    AuditNetwork,
    BudgetLine,
    Competitor,
    NetworkChoice,
    ObjectiveKpi,
    ObjectiveRef,
    Persona,
    PillarRef,
    ReplyTemplate,
    StrategyDocument,
)
from smplanner.services.changes import Topic
from smplanner.storage import strategy_repo
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties

STRATEGY = Topic.STRATEGY  # the change topic of every strategy edit


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _network_ids(text: Any) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(text or "").split(",") if part.strip())


def all_network_choices(plan: PlanFile) -> list[NetworkChoice]:
    """Every network the workshop said something about, used or not."""
    if not strategy_repo.has_strategy_tables(plan):
        return []
    from smplanner.domain.networks import network_ids

    order: dict[str, int] = {n: i for i, n in enumerate(network_ids())}
    choices = [
        NetworkChoice(
            network=row["network"],
            role=row["role"] or "",
            weekly_target=_int(row["weekly_target"]),
            used=bool(row["used"]),
        )
        for row in strategy_repo.network_choices(plan)
    ]
    return sorted(choices, key=lambda c: order.get(c.network, len(order)))


def used_networks(plan: PlanFile) -> list[NetworkChoice]:
    """The networks the plan uses, in the app's network order, with role and target."""
    return [choice for choice in all_network_choices(plan) if choice.used]


def content_pillars(plan: PlanFile) -> list[PillarRef]:
    """The editorial line's content pillars, in the user's order."""
    if not strategy_repo.has_strategy_tables(plan):
        return []
    return [
        PillarRef(
            id=row["id"],
            name=row["name"] or "",
            share_percent=_float(row["share_percent"]),
            kind=row["kind"] or "other",
        )
        for row in strategy_repo.list_rows(plan, "content_pillars")
    ]


def objective_from_row(row: dict[str, Any]) -> ObjectiveRef:
    return ObjectiveRef(
        id=row["id"],
        kind=row["kind"] or "",
        title=row["title"] or "",
        network=row["network"] or None,
        metric=row["metric"] or None,
        baseline=_float(row["baseline"]),
        target=_float(row["target"]),
        deadline=_date(row["deadline"]),
        start=_date(row["start"]),
        audience=row["audience"] or "",
    )


def objectives(plan: PlanFile) -> list[ObjectiveRef]:
    """The plan's objectives, in the user's order."""
    if not strategy_repo.has_strategy_tables(plan):
        return []
    return [objective_from_row(row) for row in strategy_repo.list_rows(plan, "objectives")]


def strategy_document(plan: PlanFile) -> StrategyDocument:
    """Every section of the strategy, for the checks, the report and the CLI."""
    sector = read_properties(plan).sector
    if not strategy_repo.has_strategy_tables(plan):
        return StrategyDocument(sector=sector)
    rows = {table: strategy_repo.list_rows(plan, table) for table in strategy_repo.TABLES}
    return StrategyDocument(
        fields=strategy_repo.read_fields(plan),
        audit_networks=tuple(
            AuditNetwork(
                id=r["id"],
                network=r["network"] or "",
                handle=r["handle"] or "",
                followers=_int(r["followers"]),
                posts_per_week=_float(r["posts_per_week"]),
                last_post=_date(r["last_post"]),
                active=bool(r["active"]) if r["active"] is not None else True,
            )
            for r in rows["audit_networks"]
        ),
        budget_lines=tuple(
            BudgetLine(
                id=r["id"],
                kind=r["kind"] or "other",
                label=r["label"] or "",
                amount=_float(r["amount"]),
                period=r["period"] or "year",
            )
            for r in rows["budget_lines"]
        ),
        objectives=tuple(objective_from_row(r) for r in rows["objectives"]),
        personas=tuple(
            Persona(
                id=r["id"],
                name=r["name"] or "",
                age_min=_int(r["age_min"]),
                age_max=_int(r["age_max"]),
                gender=r["gender"] or "",
                place=r["place"] or "",
                occupation=r["occupation"] or "",
                interests=r["interests"] or "",
                networks=_network_ids(r["networks"]),
                expectations=r["expectations"] or "",
                frustrations=r.get("frustrations") or "",
                quote=r.get("quote") or "",
            )
            for r in rows["personas"]
        ),
        competitors=tuple(
            Competitor(
                id=r["id"],
                name=r["name"] or "",
                networks=r["networks"] or "",
                strengths=r["strengths"] or "",
            )
            for r in rows["competitors"]
        ),
        network_choices=tuple(all_network_choices(plan)),
        pillars=tuple(content_pillars(plan)),
        reply_templates=tuple(
            ReplyTemplate(id=r["id"], title=r["title"] or "", text=r["text"] or "")
            for r in rows["reply_templates"]
        ),
        kpis=tuple(
            ObjectiveKpi(
                id=r["id"],
                objective_id=r["objective_id"],
                kpi=r["kpi"] or "",
                source=r["source"] or "",
                review=r["review"] or "",
                denominator=r["denominator"] or "",
            )
            for r in rows["objective_kpis"]
        ),
        sector=sector,
    )
