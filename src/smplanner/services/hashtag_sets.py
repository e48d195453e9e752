"""The plan's hashtag sets (kept in the plan's settings), each change one undo step."""

from __future__ import annotations

from smplanner.domain.hashtag_sets import HashtagSet, normalised
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.calendar_queries import CALENDAR_SETTINGS
from smplanner.services.changes import Changes, Edit, replacing
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTINGS_KEY = "composer.hashtag_sets"


class HashtagSetError(UserError, ValueError):
    """A set that cannot be saved (the message says why)."""


def hashtag_sets(plan: PlanFile) -> list[HashtagSet]:
    """The sets, in the order they were made."""
    return [HashtagSet.from_dict(item) for item in read_setting(plan, SETTINGS_KEY, [])]


def editorial_hashtags(plan: PlanFile) -> str:
    """The editorial line's hashtags (Strategy > Editorial line), normalised: the
    composer offers them as the first set. Empty when the strategy names none."""
    from smplanner.storage import strategy_repo

    if not strategy_repo.has_strategy_tables(plan):
        return ""
    value = strategy_repo.read_fields(plan).get("editorial.hashtags")
    return normalised(str(value)) if value else ""


def _write(plan: PlanFile, sets: list[HashtagSet]) -> Changes:
    write_setting(plan, SETTINGS_KEY, [item.as_dict() for item in sets])
    return Changes.of(CALENDAR_SETTINGS)


def save_set(plan: PlanFile, item: HashtagSet) -> Edit:
    """Add a set, or replace the one of the same name (hashtags normalised)."""
    name = item.name.strip()
    tags = normalised(item.tags)
    if not name:
        raise HashtagSetError(Message("A hashtag set needs a name."))
    if not tags:
        raise HashtagSetError(Message("The set '{name}' has no hashtag.", name=name))
    saved = HashtagSet(name, tags, item.pillar_id, item.campaign_id)
    sets = [s for s in hashtag_sets(plan) if s.name.casefold() != name.casefold()] + [saved]
    return replacing(lambda: hashtag_sets(plan), lambda value: _write(plan, value), sets)


def delete_set(plan: PlanFile, name: str) -> Edit:
    sets = [s for s in hashtag_sets(plan) if s.name.casefold() != name.strip().casefold()]
    return replacing(lambda: hashtag_sets(plan), lambda value: _write(plan, value), sets)
