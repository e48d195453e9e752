"""The strategy as plain data: what other features and the report read.

Every section of the workshop is one dataclass here; ``StrategyDocument`` holds them
all. No Qt, no SQL: services fill these from the plan, domain rules check them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class NetworkChoice:
    """A network the plan uses, with its role and weekly posting target."""

    network: str
    role: str = ""
    weekly_target: int | None = None
    used: bool = True


@dataclass(frozen=True)
class PillarRef:
    """A content pillar and its share of the posts, in percent."""

    id: int
    name: str
    share_percent: float | None = None
    kind: str = "other"


@dataclass(frozen=True)
class ObjectiveRef:
    """One objective, SMART fields included (metric is a KPI id from kpi_catalogue)."""

    id: int
    kind: str
    title: str
    network: str | None = None
    metric: str | None = None
    baseline: float | None = None
    target: float | None = None
    deadline: date | None = None
    start: date | None = None
    audience: str = ""


@dataclass(frozen=True)
class AuditNetwork:
    """A network the client already used before the workshop (the audit)."""

    id: int
    network: str
    handle: str = ""
    followers: int | None = None
    posts_per_week: float | None = None
    last_post: date | None = None
    active: bool = True


@dataclass(frozen=True)
class BudgetLine:
    """A paid item: ads, contests, premium accounts, tools, content, freelance days."""

    id: int
    kind: str
    label: str = ""
    amount: float | None = None
    period: str = "year"  # "one_off", "month" or "year"


@dataclass(frozen=True)
class Persona:
    """A typical member of the target audience."""

    id: int
    name: str
    age_min: int | None = None
    age_max: int | None = None
    gender: str = ""
    place: str = ""
    occupation: str = ""
    interests: str = ""
    networks: tuple[str, ...] = ()
    expectations: str = ""  # what they need from the client
    frustrations: str = ""
    quote: str = ""  # a sentence they would say, in their words


@dataclass(frozen=True)
class Competitor:
    id: int
    name: str
    networks: str = ""
    strengths: str = ""


@dataclass(frozen=True)
class ReplyTemplate:
    """A saved answer for the community manager (moderation charter)."""

    id: int
    title: str
    text: str = ""


@dataclass(frozen=True)
class ObjectiveKpi:
    """A KPI followed for an objective: where its figures come from, how often read."""

    id: int
    objective_id: int
    kpi: str
    source: str = ""
    review: str = ""
    denominator: str = ""


@dataclass(frozen=True)
class StrategyDocument:
    """Every section of the strategy, for the checks, the report and the CLI.

    ``fields`` holds the single-valued answers of every section keyed by field id
    (see domain/strategy_fields.py), e.g. "budget.revenue" or "community.moderation".
    """

    fields: dict[str, object] = field(default_factory=dict)
    audit_networks: tuple[AuditNetwork, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    objectives: tuple[ObjectiveRef, ...] = ()
    personas: tuple[Persona, ...] = ()
    competitors: tuple[Competitor, ...] = ()
    network_choices: tuple[NetworkChoice, ...] = ()
    pillars: tuple[PillarRef, ...] = ()
    reply_templates: tuple[ReplyTemplate, ...] = ()
    kpis: tuple[ObjectiveKpi, ...] = ()
    sector: str = ""

    def text(self, key: str) -> str:
        value = self.fields.get(key)
        return "" if value is None else str(value).strip()

    def number(self, key: str) -> float | None:
        value = self.fields.get(key)
        if not isinstance(value, int | float | str) or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
