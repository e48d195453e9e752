"""The budget: from revenue to the social-media envelope, and the paid lines in it.

The method's usual range for all communication is 2–10 % of revenue, depending on
the sector and the goals; outside it we warn, never block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smplanner.domain.strategy_findings import MISSING, WARNING, Finding, Money
from smplanner.domain.strategy_refs import BudgetLine, StrategyDocument

USUAL_COMMUNICATION_RANGE = (2.0, 10.0)  # percent of revenue
LINE_KINDS = ("ads", "contests", "premium_accounts", "tools", "content", "freelance", "other")
PERIODS = ("one_off", "month", "year")
PERIODS_PER_YEAR = {"one_off": 1, "month": 12, "year": 1}

REVENUE = "budget.revenue"
COMMUNICATION_PERCENT = "budget.communication_percent"
DIGITAL_PERCENT = "budget.digital_percent"
SOCIAL_PERCENT = "budget.social_percent"


@dataclass(frozen=True)
class Envelope:
    """The yearly amounts each share gives (None where an answer is missing)."""

    communication: float | None
    digital: float | None
    social: float | None

    @property
    def for_lines(self) -> float | None:
        """The most specific envelope known: the one the paid lines must fit in."""
        for amount in (self.social, self.digital, self.communication):
            if amount is not None:
                return amount
        return None


def yearly_amount(line: BudgetLine) -> float:
    """A line's cost over a year (a monthly line counts twelve times)."""
    return (line.amount or 0.0) * PERIODS_PER_YEAR.get(line.period, 1)


def lines_total(lines: tuple[BudgetLine, ...] | list[BudgetLine]) -> float:
    return sum(yearly_amount(line) for line in lines)


def envelope(
    revenue: float | None,
    communication_percent: float | None,
    digital_percent: float | None,
    social_percent: float | None,
) -> Envelope:
    """Revenue × communication share × digital share × social-media share."""
    if revenue is None or communication_percent is None:
        return Envelope(None, None, None)
    communication = revenue * communication_percent / 100
    digital = None if digital_percent is None else communication * digital_percent / 100
    social = None
    if social_percent is not None:
        social = (digital if digital is not None else communication) * social_percent / 100
    return Envelope(communication, digital, social)


def document_envelope(doc: StrategyDocument) -> Envelope:
    return envelope(
        doc.number(REVENUE),
        doc.number(COMMUNICATION_PERCENT),
        doc.number(DIGITAL_PERCENT),
        doc.number(SOCIAL_PERCENT),
    )


def check_budget(doc: StrategyDocument) -> list[Finding]:
    """What is missing from the budget and where it leaves the method's ranges."""
    found: list[Finding] = []
    revenue = doc.number(REVENUE)
    share = doc.number(COMMUNICATION_PERCENT)
    if revenue is None:
        found.append(Finding("budget", MISSING, "Give the annual revenue.", target=REVENUE))
    if share is None:
        found.append(
            Finding(
                "budget",
                MISSING,
                "Give the share of revenue for communication (usually 2–10 %).",
                target=COMMUNICATION_PERCENT,
            )
        )
    else:
        low, high = USUAL_COMMUNICATION_RANGE
        if share < low:
            found.append(
                Finding(
                    "budget",
                    WARNING,
                    "{share} % of revenue for communication is below the usual 2–10 %: "
                    "check that it can fund the objectives.",
                    {"share": share},
                    target=COMMUNICATION_PERCENT,
                )
            )
        elif share > high:
            found.append(
                Finding(
                    "budget",
                    WARNING,
                    "{share} % of revenue for communication is above the usual 2–10 %: "
                    "make sure the objectives justify it.",
                    {"share": share},
                    target=COMMUNICATION_PERCENT,
                )
            )
    if doc.number(DIGITAL_PERCENT) is None:
        found.append(
            Finding(
                "budget",
                MISSING,
                "Say which share of the communication budget goes to digital.",
                target=DIGITAL_PERCENT,
            )
        )
    if doc.number(SOCIAL_PERCENT) is None:
        found.append(
            Finding(
                "budget",
                MISSING,
                "Say which share goes to social media.",
                target=SOCIAL_PERCENT,
            )
        )
    if not doc.budget_lines:
        found.append(
            Finding(
                "budget",
                MISSING,
                "List the paid items (ads, contests, premium accounts, tools…).",
                target="budget_lines",
            )
        )
    for line in doc.budget_lines:
        if line.amount is None:
            found.append(
                Finding(
                    "budget",
                    MISSING,
                    "The budget line “{line}” has no amount.",
                    {"line": line.label or line.kind},
                    target=f"budget_lines:{line.id}:amount",
                )
            )
    total = lines_total(doc.budget_lines)
    available = document_envelope(doc).for_lines
    if available is not None and total > available + 0.005:
        found.append(
            Finding(
                "budget",
                WARNING,
                "The budget lines add up to {total} a year, {over} more than the envelope "
                "of {envelope}: cut a line or raise the share.",
                {
                    "total": Money(total),
                    "over": Money(total - available),
                    "envelope": Money(available),
                },
                target="budget_lines",
            )
        )
    return found


# Freelance days bought count as time for the plan: "2 jours par mois", "3 days/month".
HOURS_PER_DAY = 7.0  # a French working day
WEEKS_PER_YEAR = 52.0
_DAYS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:j\b|jours?\b|jrs?\b|days?\b|d\b)", re.IGNORECASE)


def freelance_days(line: BudgetLine) -> float | None:
    """The days a freelance line buys, read from its details ("2 jours", "1.5 days")."""
    if line.kind != "freelance":
        return None
    found = _DAYS.search(line.label or "")
    return float(found.group(1).replace(",", ".")) if found else None


def freelance_hours_per_week(lines: tuple[BudgetLine, ...] | list[BudgetLine]) -> float:
    """The weekly hours the freelance days in the budget add to the team's time.

    A monthly line's days come back every month, a yearly line's once a year; a
    one-off line (a launch) is not time the plan can count on each week.
    """
    hours = 0.0
    for line in lines:
        days = freelance_days(line)
        if days is None or line.period == "one_off":
            continue
        per_year = days * (12 if line.period == "month" else 1)
        hours += per_year * HOURS_PER_DAY / WEEKS_PER_YEAR
    return round(hours, 1)
