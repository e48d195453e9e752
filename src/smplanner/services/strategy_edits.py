"""Edit the strategy: one user change, one transaction, a Changes naming STRATEGY.

Each edit function has its inverse here, so the UI builds an undo step from a pair
(set_field / set_field with the old value, add_row / delete_row, delete_row /
restore_rows, …). Values are validated by domain/strategy_validation.py first:
nothing is written when one is refused.
"""

from __future__ import annotations

from typing import Any

from smplanner.domain.strategy_validation import StrategyValueError, validate_field, validate_row
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services.changes import Changes
from smplanner.services.strategy_queries import STRATEGY
from smplanner.storage import strategy_repo
from smplanner.storage.plan_file import PlanFile

Row = dict[str, Any]


class StillInUseError(UserError):
    """A strategy item other parts of the plan still point to."""


def _changed(table: str = "", *ids: int) -> Changes:
    if table and ids:
        return Changes.of(STRATEGY, strategy_rows=[(table, row_id) for row_id in ids])
    return Changes.of(STRATEGY)


def field_value(plan: PlanFile, key: str) -> Any:
    """The current answer to one single-valued question (None if unanswered)."""
    return strategy_repo.read_fields(plan).get(key)


def set_field(plan: PlanFile, key: str, value: Any) -> Changes:
    """Store one answer (None or blank clears it). Raises StrategyValueError."""
    strategy_repo.write_fields(plan, {key: validate_field(key, value)})
    return _changed()


def set_fields(plan: PlanFile, values: dict[str, Any]) -> Changes:
    """Store several answers together (one undo step)."""
    cleaned = {key: validate_field(key, value) for key, value in values.items()}
    strategy_repo.write_fields(plan, cleaned)
    return _changed()


def add_row(plan: PlanFile, table: str, values: Row) -> tuple[int, Changes]:
    """Append a row to one of the workshop's lists; returns its id."""
    cleaned = validate_row(table, values)
    row_id = strategy_repo.insert_row(plan, table, cleaned)
    return row_id, _changed(table, row_id)


def get_row(plan: PlanFile, table: str, row_id: int) -> Row | None:
    return strategy_repo.get_row(plan, table, row_id)


def list_rows(plan: PlanFile, table: str) -> list[Row]:
    return strategy_repo.list_rows(plan, table)


def update_row(plan: PlanFile, table: str, row_id: int, values: Row) -> Changes:
    """Change some columns of one row. Raises StrategyValueError for a refused value."""
    current = strategy_repo.get_row(plan, table, row_id)
    if current is None:
        raise StrategyValueError(table, "This line no longer exists (it was deleted).")
    strategy_repo.update_row(plan, table, row_id, validate_row(table, values, current))
    return _changed(table, row_id)


def row_order(plan: PlanFile, table: str) -> list[int]:
    """The ids of one list, in the user's order."""
    return [int(row["id"]) for row in strategy_repo.list_rows(plan, table)]


def moved(order: list[int], row_id: int, offset: int) -> list[int]:
    """``order`` with ``row_id`` moved ``offset`` places (-1 = up), kept inside the list."""
    if row_id not in order:
        return list(order)
    result = [i for i in order if i != row_id]
    place = min(max(order.index(row_id) + offset, 0), len(result))
    result.insert(place, row_id)
    return result


def set_order(plan: PlanFile, table: str, row_ids: list[int]) -> Changes:
    """Put a list's rows in this order (one transaction); undo with the previous order."""
    strategy_repo.set_order(plan, table, row_ids)
    return _changed(table, *row_ids)


def row_with_children(plan: PlanFile, table: str, row_id: int) -> dict[str, list[Row]]:
    """A row and what is deleted with it, as restore_rows() takes it back."""
    row = strategy_repo.get_row(plan, table, row_id)
    saved: dict[str, list[Row]] = {table: [row] if row else []}
    if table == "objectives":
        saved["objective_kpis"] = strategy_repo.kpis_of(plan, row_id)
    return saved


def delete_row(plan: PlanFile, table: str, row_id: int) -> Changes:
    """Delete a row (an objective goes with its KPIs)."""
    try:
        if table == "objectives":
            strategy_repo.delete_objective(plan, row_id)
        else:
            strategy_repo.delete_rows(plan, table, [row_id])
    except strategy_repo.IntegrityError:
        raise StillInUseError(
            Message("This item is still used by posts in the calendar: change those posts first.")
        ) from None
    return _changed(table, row_id)


def restore_rows(plan: PlanFile, saved: dict[str, list[Row]]) -> Changes:
    """Put deleted rows back exactly as they were (undo of delete_row)."""
    # Parents first: KPIs point to their objective.
    ordered = dict(sorted(saved.items(), key=lambda item: item[0] == "objective_kpis"))
    strategy_repo.restore_rows(plan, ordered)
    return _changed()


def network_choice(plan: PlanFile, network: str) -> Row | None:
    for row in strategy_repo.network_choices(plan):
        if row["network"] == network:
            return {k: row[k] for k in strategy_repo.NETWORK_CHOICE_COLUMNS}
    return None


def set_network_choice(plan: PlanFile, network: str, values: Row | None) -> Changes:
    """Set whether a network is used, its role and weekly target (None = forget it)."""
    if values is not None:
        current = network_choice(plan, network) or {"used": 0, "role": "", "weekly_target": None}
        cleaned = {**current, **validate_row("network_choices", values)}
        cleaned["used"] = 1 if cleaned.get("used") else 0
        values = cleaned
    strategy_repo.write_network_choice(plan, network, values)
    return _changed()


def snapshot(plan: PlanFile) -> dict[str, list[Row]]:
    """The whole strategy, for undoing a change that touches every section."""
    return strategy_repo.snapshot(plan)


def replace_strategy(plan: PlanFile, data: dict[str, list[Row]]) -> Changes:
    """Make the whole strategy ``data`` (a snapshot) in one transaction."""
    try:
        strategy_repo.replace_all(plan, data)
    except strategy_repo.IntegrityError:
        raise StillInUseError(
            Message(
                "Posts in the calendar still point to objectives or pillars this would remove: "
                "change those posts first."
            )
        ) from None
    return Changes.of(STRATEGY)
