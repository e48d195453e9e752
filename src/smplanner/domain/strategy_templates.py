"""Sector templates: a starting strategy read from resources/data/strategy_templates.json."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from smplanner.resources import load_json


@dataclass(frozen=True)
class StrategyTemplate:
    id: str
    sectors: tuple[str, ...]
    raw: dict[str, Any]

    def label(self, language: str) -> str:
        return str(_text(self.raw["label"], language))


def _text(value: Any, language: str) -> Any:
    """A {"en": …, "fr": …} text in ``language``; any other value as is."""
    if isinstance(value, dict):
        return value.get(language) or value["en"]
    return value


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("data", "strategy_templates.json")
    return data


def all_templates() -> tuple[StrategyTemplate, ...]:
    """Templates in display order."""
    return tuple(StrategyTemplate(t["id"], tuple(t["sectors"]), t) for t in _data()["templates"])


def template_for_sector(sector: str) -> StrategyTemplate | None:
    """The template offered for a sector id (None when no template fits)."""
    for template in all_templates():
        if sector in template.sectors:
            return template
    return None


def template(template_id: str) -> StrategyTemplate:
    for item in all_templates():
        if item.id == template_id:
            return item
    raise KeyError(f"unknown strategy template {template_id!r}")


@dataclass(frozen=True)
class TemplateContent:
    """A template's content in one language, ready to store."""

    objectives: list[dict[str, Any]]
    networks: list[dict[str, Any]]
    pillars: list[dict[str, Any]]
    fields: dict[str, Any]


def template_content(template_id: str, language: str) -> TemplateContent:
    """The rows and answers a template adds, with texts in ``language``."""
    from smplanner.domain.recommendations import role_label

    raw = template(template_id).raw
    return TemplateContent(
        objectives=[
            {
                "kind": o["kind"],
                "title": _text(o["title"], language),
                "network": o["network"],
                "metric": o["metric"],
            }
            for o in raw["objectives"]
        ],
        networks=[
            {
                "network": n["network"],
                "used": 1,
                "role": role_label(n["role"], language),
                "weekly_target": n["weekly_target"],
            }
            for n in raw["networks"]
        ],
        pillars=[
            {"name": _text(p["name"], language), "kind": p["kind"], "share_percent": p["share"]}
            for p in raw["pillars"]
        ],
        fields={key: _text(value, language) for key, value in _data()["charter"].items()},
    )
