"""Edit the client's name, sector, time zone, language and currency."""

from __future__ import annotations

from smplanner.domain.plan_properties import PlanProperties, validate
from smplanner.services.changes import PLAN_PROPERTIES, Changes, Edit, Topic, replacing
from smplanner.storage import plan_properties_repo
from smplanner.storage.imported_post_times import restate_post_times
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
    before = plan_properties_repo.plan_zone(plan.conn)
    with plan.transaction():
        plan_properties_repo.write_properties(plan, cleaned)
        zone = plan_properties_repo.plan_zone(plan.conn)
        if zone == before:
            return Changes.of(PLAN_PROPERTIES)
        # The imported posts' days and hours are the plan's: read them in the new zone.
        restate_post_times(plan.conn, zone)
    return Changes.of(PLAN_PROPERTIES, Topic.STATISTICS)


def edit_properties(plan: PlanFile, properties: PlanProperties) -> Edit:
    """New properties as one undoable Edit (nothing if they are the same)."""
    return replacing(
        lambda: get_properties(plan), lambda value: set_properties(plan, value), properties
    )
