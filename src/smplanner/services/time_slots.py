"""Recommended slots per network: the shipped defaults, the plan's own edits, the
client's best hours fed by the statistics (the last one written wins).

The statistics feature calls ``set_client_best_hours``; the calendar shades what
``effective_slots`` returns.
"""

from __future__ import annotations

from smplanner.domain.networks import network_ids
from smplanner.domain.slots import Slot, default_slots, validate_slots
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.calendar_queries import TIME_SLOTS
from smplanner.services.changes import Changes
from smplanner.storage import time_slot_rows
from smplanner.storage.plan_file import PlanFile

SOURCE_DEFAULT = "default"
SOURCE_PLAN = "plan"
SOURCE_STATISTICS = "statistics"


class SlotError(UserError, ValueError):
    """A slot list a person (or an import) gave that the plan cannot hold."""


def effective_slots(plan: PlanFile, network: str) -> tuple[tuple[Slot, ...], str]:
    """The slots in force for a network and where they come from (default/plan/statistics)."""
    rows = time_slot_rows.select_slots(plan.conn, network)
    if not rows:
        return default_slots(network), SOURCE_DEFAULT
    return tuple(Slot(r[0], r[1], r[2]) for r in rows), rows[0][3]


def all_effective_slots(plan: PlanFile) -> dict[str, tuple[Slot, ...]]:
    """Slots in force for every known network."""
    return {network: effective_slots(plan, network)[0] for network in network_ids()}


def slot_sources(plan: PlanFile) -> set[str]:
    """Where the slots of the networks come from (SOURCE_* values), for the week
    grid's legend."""
    return {effective_slots(plan, network)[1] for network in network_ids()}


def _replace(
    plan: PlanFile, network: str, slots: list[tuple[int, int, float]], source: str
) -> Changes:
    if network not in network_ids():
        raise SlotError(
            Message(
                "Unknown network '{network}': use one of {known}.",
                network=network,
                known=", ".join(network_ids()),
            )
        )
    try:
        checked = validate_slots(slots)
    except ValueError as error:
        raise SlotError(
            Message(
                "Slots for {network}: {problem}. Weekdays run 0 (Monday) to 6, hours 0 to 23, "
                "scores are 0 or more.",
                network=network,
                problem=str(error),
            )
        ) from None
    best = max((s.score for s in checked), default=0.0)
    # Normalized to 0..1 so that rules read every source the same way.
    rows = [(s.weekday, s.hour, round(s.score / best, 3) if best else 0.0, source) for s in checked]
    with plan.transaction():
        time_slot_rows.replace_slots(plan.conn, network, rows)
    return Changes.of(TIME_SLOTS)


def set_client_best_hours(
    plan: PlanFile, network: str, slots: list[tuple[int, int, float]]
) -> Changes:
    """Replace a network's recommended slots by the client's own best hours.

    ``slots`` are (weekday 0=Monday, local hour, score) with any positive scale
    (e.g. mean engagement); scores are normalized so the best hour is 1.0. An
    empty list reverts the network to the shipped defaults.
    """
    if not slots:
        return reset_to_defaults(plan, network)
    return _replace(plan, network, slots, SOURCE_STATISTICS)


def set_plan_slots(plan: PlanFile, network: str, slots: list[tuple[int, int, float]]) -> Changes:
    """Slots edited by hand for this plan (replace the defaults for that network)."""
    return _replace(plan, network, slots, SOURCE_PLAN)


def reset_to_defaults(plan: PlanFile, network: str) -> Changes:
    """Forget the plan's own slots for a network; the shipped defaults apply again."""
    with plan.transaction():
        time_slot_rows.replace_slots(plan.conn, network, [])
    return Changes.of(TIME_SLOTS)


def stored_rows(plan: PlanFile, network: str) -> list[tuple[int, int, float, str]]:
    """The raw rows of a network (to restore them on undo)."""
    return time_slot_rows.select_slots(plan.conn, network)


def restore_rows(plan: PlanFile, network: str, rows: list[tuple[int, int, float, str]]) -> Changes:
    """Put back rows read by ``stored_rows`` (undo of an edit)."""
    with plan.transaction():
        time_slot_rows.replace_slots(plan.conn, network, rows)
    return Changes.of(TIME_SLOTS)
