"""Sector templates: a starting strategy read from resources/data/strategy_templates.json."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from smplanner.resource_files import load_json


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


@dataclass(frozen=True)
class TemplateMerge:
    """What applying a template to a plan adds: only what the plan lacks.

    ``shares_scaled`` says the template's pillar shares were reduced so that the mix
    stays within 100 % with the pillars already there (None when nothing was left).
    """

    objectives: list[dict[str, Any]]
    pillars: list[dict[str, Any]]
    networks: list[dict[str, Any]]
    fields: dict[str, Any]
    shares_scaled: bool = False

    @property
    def adds_nothing(self) -> bool:
        return not (self.objectives or self.pillars or self.networks or self.fields)


def _same(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def merge_template(
    content: TemplateContent,
    objectives: list[dict[str, Any]],
    pillars: list[dict[str, Any]],
    chosen_networks: set[str],
    answered: dict[str, Any],
) -> TemplateMerge:
    """The part of ``content`` a plan with these rows lacks.

    An objective of the same kind and title, a pillar of the same name, a network
    already chosen and an answered field are kept as the CM has them. The added
    pillars' shares are scaled down to what the existing mix leaves of 100 %, so a
    second template never pushes the mix past the whole.
    """
    have_objectives = {(o.get("kind"), _same(o.get("title"))) for o in objectives}
    new_objectives = [
        o for o in content.objectives if (o["kind"], _same(o["title"])) not in have_objectives
    ]
    have_pillars = {_same(p.get("name")) for p in pillars}
    new_pillars = [dict(p) for p in content.pillars if _same(p["name"]) not in have_pillars]
    used = sum(float(p.get("share_percent") or 0) for p in pillars)
    wanted = sum(float(p.get("share_percent") or 0) for p in new_pillars)
    scaled = False
    if new_pillars and used + wanted > 100:
        scaled = True
        left = max(0.0, 100 - used)
        for pillar in new_pillars:
            share = float(pillar.get("share_percent") or 0)
            # Whole percents, rounded down: the sum stays within what is left.
            part = int(share * left / wanted) if wanted else 0
            pillar["share_percent"] = part or None
    return TemplateMerge(
        objectives=new_objectives,
        pillars=new_pillars,
        networks=[n for n in content.networks if n["network"] not in chosen_networks],
        fields={k: v for k, v in content.fields.items() if answered.get(k) in (None, "")},
        shares_scaled=scaled,
    )
