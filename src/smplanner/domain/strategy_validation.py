"""Values the workshop refuses, with the reason (a negative budget, ages 7–3, a share
of 140 %). Warnings that do not block live in the check modules instead.

A refusal carries an English message template with {named} values, like a finding:
the CLI prints it as is, the UI translates the template (ui/strategy/refusal_texts.py
lists every template for the translators) and formats the numbers for its locale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from smplanner.errors import UserError

# Single answers of every section and what kind of value each holds.
FIELD_KINDS: dict[str, str] = {
    "audit.who_runs": "text",
    "audit.team_hours": "hours",
    "audit.skills": "text",
    "audit.tools": "text",
    "audit.learnings": "text",
    "audit.from_scratch": "bool",
    "budget.revenue": "money",
    "budget.communication_percent": "percent",
    "budget.digital_percent": "percent",
    "budget.social_percent": "percent",
    "audience.positioning": "text",
    "audience.differentiators": "text",
    "editorial.tone": "text",
    "editorial.dos": "text",
    "editorial.donts": "text",
    "editorial.hashtags": "text",
    "editorial.same_message_everywhere": "bool",
    "editorial.major_event": "text",
    "editorial.mix_tolerance": "percent",  # points a month's share may stray (pillar_mix)
    "community.moderation": "text",
    "community.response_hours": "hours",
    "community.who_answers": "text",
    "community.response_tone": "text",
    "community.criticism": "text",
    "community.troll_policy": "text",
    "community.escalation": "text",
    "kpis.review_rhythm": "text",
}
HOURS_IN_A_WEEK = 168
MAX_AGE = 120


class StrategyValueError(UserError, ValueError):
    """A value the workshop cannot hold; ``field`` names where it was typed.

    ``template`` is the English message with {named} ``params``; str() fills it in.
    """

    def __init__(self, field: str, template: str, params: dict[str, object] | None = None):
        self.field = field
        self.template = template
        self.params = dict(params or {})
        super().__init__(self.message())

    def message(
        self,
        template: str | None = None,
        format_number: Callable[[float], str] | None = None,
    ) -> str:
        """The message with its values filled in (``template`` = a translation)."""
        values = {
            key: (format_number or _plain_number)(value) if isinstance(value, float) else value
            for key, value in self.params.items()
        }
        return (template or self.template).format(**values)


def _plain_number(value: float) -> str:
    return f"{value:g}"


def _number(field: str, value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise StrategyValueError(
            field, "“{value}” is not a number: type digits.", {"value": str(value)}
        ) from None


def validate_field(key: str, value: Any) -> Any:
    """The value cleaned for storage (None = no answer), or StrategyValueError."""
    kind = FIELD_KINDS.get(key)
    if kind is None:
        raise KeyError(f"unknown strategy field {key!r}")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "text":
        return str(value).strip()
    if kind == "bool":
        return bool(value)
    number = _number(key, value)
    if number < 0:
        raise StrategyValueError(key, "A negative value makes no sense here: type 0 or more.")
    if kind == "percent" and number > 100:
        raise StrategyValueError(
            key, "{number} % is more than the whole: type 0 to 100.", {"number": number}
        )
    if kind == "hours" and key == "audit.team_hours" and number > HOURS_IN_A_WEEK:
        raise StrategyValueError(
            key, "A week has {hours} hours: type fewer.", {"hours": HOURS_IN_A_WEEK}
        )
    return number


def _check_date(field: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise StrategyValueError(
            field, "“{value}” is not a date: use the form 2026-03-31.", {"value": str(value)}
        ) from None


def validate_row(
    table: str, values: dict[str, Any], current: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Clean the changed columns of one list row; ``current`` is the row before the edit.

    Raises StrategyValueError naming the column for an impossible value.
    """
    merged = {**(current or {}), **values}
    cleaned = dict(values)
    for column, value in values.items():
        field = f"{table}.{column}"
        if column in (
            "amount",
            "followers",
            "posts_per_week",
            "baseline",
            "target",
            "share_percent",
            "age_min",
            "age_max",
            "weekly_target",
        ):
            if value in (None, ""):
                cleaned[column] = None
                continue
            number = _number(field, value)
            if number < 0:
                raise StrategyValueError(
                    field, "A negative value makes no sense here: type 0 or more."
                )
            if column == "share_percent" and number > 100:
                raise StrategyValueError(
                    field,
                    "A pillar cannot take {number} % of the posts: type 0 to 100.",
                    {"number": number},
                )
            if column in ("age_min", "age_max") and number > MAX_AGE:
                raise StrategyValueError(
                    field, "{number} is not a person's age.", {"number": number}
                )
            integral = column in ("followers", "age_min", "age_max", "weekly_target")
            cleaned[column] = int(number) if integral else number
        elif column in ("last_post", "start", "deadline"):
            cleaned[column] = _check_date(field, value)
        elif isinstance(value, str):
            cleaned[column] = value.strip()
    low, high = merged.get("age_min"), merged.get("age_max")
    both_ages = low not in (None, "") and high not in (None, "")
    if table == "personas" and both_ages and float(str(low)) > float(str(high)):
        raise StrategyValueError(
            f"{table}.age_min",
            "The age range {low}–{high} is upside down: the first age must be the lower.",
            {"low": float(str(low)), "high": float(str(high))},
        )
    return cleaned
