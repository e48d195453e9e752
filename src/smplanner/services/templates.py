"""Plan templates: "Save as template" and "New from template", built-in sectors included.

A saved template is a whole-plan JSON export (plan_json layout) cut down to what a
next client can reuse: the strategy skeleton (objective kinds, networks and
metrics, without baselines, targets or dates), the content pillars, the networks'
roles, the editorial and moderation charter, the KPIs to follow, reply templates,
time slots and per-plan settings (retro-planning templates and caps live there).
Client data — the audit, budget, personas, competitors, positioning — posts,
campaigns, statistics and accounts are dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smplanner.domain.plan_properties import PlanProperties, validate
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.export_json import write_text_atomically
from smplanner.storage.plan_file import PlanFile, create_plan, now_iso
from smplanner.storage.plan_json import dump_plan
from smplanner.storage.plan_json_load import load_plan_file
from smplanner.storage.plan_properties_repo import make_new_plan_of

TEMPLATE_SUFFIX = ".smtemplate.json"
KEPT_TABLES = {
    "plan",
    "settings",
    "strategy_fields",
    "objectives",
    "objective_kpis",
    "network_choices",
    "content_pillars",
    "reply_templates",
    "time_slots",
}
KEPT_FIELD_PREFIXES = (
    "editorial.",
    "community.",
    "kpis.",
    "budget.communication_percent",
    "budget.digital_percent",
    "budget.social_percent",
)
CLIENT_OBJECTIVE_COLUMNS = ("baseline", "target", "start", "deadline", "audience")


class TemplateError(UserError):
    """A template that cannot be saved or used; the message says why."""


@dataclass(frozen=True)
class TemplateChoice:
    """One entry of the "New from template" list."""

    id: str  # "builtin:<id>" or "saved:<file name>"
    name: str
    builtin: bool
    path: Path | None = None


def _skeleton(document: dict[str, Any]) -> dict[str, Any]:
    tables = []
    for table in document["tables"]:
        if table["name"] not in KEPT_TABLES:
            continue
        rows = table["rows"]
        if table["name"] == "strategy_fields":
            rows = [r for r in rows if str(r.get("key", "")).startswith(KEPT_FIELD_PREFIXES)]
        elif table["name"] == "objectives":
            rows = [{**r, **dict.fromkeys(CLIENT_OBJECTIVE_COLUMNS)} for r in rows]
        elif table["name"] == "plan":
            rows = [
                {**r, "client_name": "", "uuid": "", "created_at": "", "updated_at": ""}
                for r in rows
            ]
        tables.append({**table, "rows": rows})
    return {**document, "tables": tables}


def _file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")
    return (cleaned or "template") + TEMPLATE_SUFFIX


def save_template(plan: PlanFile, name: str, folder: Path) -> Path:
    """Write ``plan`` as the template ``name`` in ``folder`` (replacing one of that name)."""
    name = name.strip()
    if not name:
        raise TemplateError(Message("The template has no name: type a name."))
    folder.mkdir(parents=True, exist_ok=True)
    document = _skeleton(dump_plan(plan))
    document["template"] = {"name": name, "saved_at": now_iso()}
    target = folder / _file_name(name)
    write_text_atomically(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return target


def list_templates(folder: Path, language: str) -> list[TemplateChoice]:
    """The user's saved templates (by name), then the built-in sector templates."""
    from smplanner.domain.strategy_templates import all_templates

    saved = []
    for path in sorted(folder.glob("*" + TEMPLATE_SUFFIX)) if folder.is_dir() else []:
        try:
            name = str(json.loads(path.read_text(encoding="utf-8"))["template"]["name"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged file is not offered; it stays on disk untouched
        saved.append(TemplateChoice(f"saved:{path.name}", name, False, path))
    builtin = []
    for template in all_templates():
        label = template.raw.get("label", {})
        name = label.get(language) or label.get("en") or template.id
        builtin.append(TemplateChoice(f"builtin:{template.id}", str(name), True))
    return sorted(saved, key=lambda c: c.name.lower()) + builtin


def new_plan_from_template(
    choice: TemplateChoice, path: Path, properties: PlanProperties
) -> PlanFile:
    """Create the plan ``path`` for a new client from ``choice`` and open it."""
    properties = validate(properties)
    if choice.builtin:
        from smplanner.services.strategy_templates import apply_template

        plan = create_plan(path, properties)
        try:
            apply_template(plan, choice.id.removeprefix("builtin:"), properties.language)
        except BaseException:
            plan.close()
            path.unlink(missing_ok=True)
            raise
        return plan
    if choice.path is None:
        raise TemplateError(Message("The template {name} has no file.", name=choice.name))

    return load_plan_file(
        choice.path, path, after_rows=lambda conn: make_new_plan_of(conn, properties)
    )
