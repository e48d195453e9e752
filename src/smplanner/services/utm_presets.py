"""Saved UTM presets of the plan (medium and campaign names the client's analytics
use), kept in the plan's settings; saving one is one undo step."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.calendar_queries import CALENDAR_SETTINGS
from smplanner.services.changes import Changes, Edit, replacing
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTINGS_KEY = "composer.utm_presets"


@dataclass(frozen=True)
class UtmPreset:
    name: str
    medium: str = "social"
    campaign: str = ""  # empty: the post's own campaign


def utm_presets(plan: PlanFile) -> list[UtmPreset]:
    return [UtmPreset(**item) for item in read_setting(plan, SETTINGS_KEY, [])]


def _write(plan: PlanFile, presets: list[UtmPreset]) -> Changes:
    write_setting(plan, SETTINGS_KEY, [asdict(p) for p in presets])
    return Changes.of(CALENDAR_SETTINGS)


def save_preset(plan: PlanFile, preset: UtmPreset) -> Edit:
    """Add a preset, or replace the one of the same name."""
    name = preset.name.strip()
    if not name:
        raise UserError(Message("A UTM preset needs a name."))
    saved = UtmPreset(name, preset.medium.strip() or "social", preset.campaign.strip())
    presets = [p for p in utm_presets(plan) if p.name.casefold() != name.casefold()] + [saved]
    return replacing(lambda: utm_presets(plan), lambda value: _write(plan, value), presets)
