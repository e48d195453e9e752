"""Edit the client's name, sector, time zone, language and currency."""

from __future__ import annotations

from smplanner.domain.plan_properties import PlanProperties, validate
from smplanner.services.changes import PLAN_PROPERTIES, Changes, Edit, replacing
from smplanner.storage import plan_properties_repo
from smplanner.storage.plan_file import PlanFile


def get_properties(plan: PlanFile) -> PlanProperties:
    """The plan's current properties."""
    return plan_properties_repo.read_properties(plan)


def set_properties(plan: PlanFile, properties: PlanProperties) -> Changes:
    """Validate and store new properties in one transaction.

    Raises InvalidPropertiesError (field + message) for a value the plan cannot
    hold, PlanReadOnlyError on a read-only plan; nothing is written then.
    """
    cleaned = validate(properties)
    plan_properties_repo.write_properties(plan, cleaned)
    return Changes.of(PLAN_PROPERTIES)


def edit_properties(plan: PlanFile, properties: PlanProperties) -> Edit:
    """New properties as one undoable Edit (nothing if they are the same)."""
    return replacing(
        lambda: get_properties(plan), lambda value: set_properties(plan, value), properties
    )
