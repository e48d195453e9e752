"""What the method says about a strategy: a missing answer or a warning.

A finding carries an English message template and its parameters, so that the CLI
prints it as is and the UI translates the template (texts/finding_texts.py
lists every template for the translators) before filling in the values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

SECTIONS = (
    "audit",
    "budget",
    "objectives",
    "audience",
    "networks",
    "editorial",
    "community",
    "kpis",
)

MISSING = "missing"
WARNING = "warning"


@dataclass(frozen=True)
class Money:
    """An amount in the plan's currency, formatted by whoever shows the message."""

    amount: float


@dataclass(frozen=True)
class Finding:
    """One point of the method's guidance.

    ``target`` names the field to jump to: a single answer ("budget.revenue") or a
    list cell ("objectives:3:metric" = table, row id, column).
    """

    section: str
    severity: str
    template: str
    params: dict[str, object] = field(default_factory=dict)
    target: str = ""
    letter: str = ""  # S, M, A, R or T for the SMART check

    def message(
        self,
        template: str | None = None,
        format_money: Callable[[float], str] | None = None,
        format_number: Callable[[float], str] | None = None,
    ) -> str:
        """The message with its values filled in (``template`` = a translation)."""
        values: dict[str, object] = {}
        for key, value in self.params.items():
            if isinstance(value, Money):
                values[key] = (format_money or _plain_money)(value.amount)
            elif isinstance(value, float):
                values[key] = (format_number or _plain_number)(value)
            else:
                values[key] = value
        return (template or self.template).format(**values)


def _plain_money(amount: float) -> str:
    return f"{amount:,.2f}"


def _plain_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"
