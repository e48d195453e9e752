"""The strategy workshop's changes as undoable Edits (each with its own reverse).

Each function reads what it will replace, makes the change through strategy_edits
(or strategy_templates) and returns an Edit whose undo writes the old values back
and whose redo the new ones; an answer equal to the stored one is ``Edit.nothing``.
Checking a value (StrategyValueError) happens before anything is read or written.
"""

from __future__ import annotations

from typing import Any

from smplanner.domain.strategy_validation import validate_field, validate_row
from smplanner.services import strategy_edits, strategy_templates
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile


def set_field(plan: PlanFile, key: str, value: Any) -> Edit:
    """Answer one question of the workshop."""
    cleaned = validate_field(key, value)
    old = strategy_edits.field_value(plan, key)
    if cleaned == old:
        return Edit.nothing()
    return Edit(
        strategy_edits.set_field(plan, key, value),
        undo=lambda: strategy_edits.set_field(plan, key, old),
        redo=lambda: strategy_edits.set_field(plan, key, value),
    )


def add_row(plan: PlanFile, table: str, values: dict[str, Any]) -> Edit:
    """Append a row; ``value`` is its id. Redo puts back the very row (same id)."""
    validate_row(table, values)
    row_id, changes = strategy_edits.add_row(plan, table, values)
    saved = strategy_edits.row_with_children(plan, table, row_id)
    return Edit(
        changes,
        undo=lambda: strategy_edits.delete_row(plan, table, row_id),
        redo=lambda: strategy_edits.restore_rows(plan, saved),
        value=row_id,
    )


def update_row(plan: PlanFile, table: str, row_id: int, column: str, value: Any) -> Edit:
    """Change one cell of a row (nothing if the row is gone or the value the same)."""
    current = strategy_edits.get_row(plan, table, row_id)
    if current is None:
        return Edit.nothing()
    cleaned = validate_row(table, {column: value}, current)[column]
    old = current[column]
    if cleaned == old:
        return Edit.nothing()
    return Edit(
        strategy_edits.update_row(plan, table, row_id, {column: value}),
        undo=lambda: strategy_edits.update_row(plan, table, row_id, {column: old}),
        redo=lambda: strategy_edits.update_row(plan, table, row_id, {column: value}),
    )


def delete_row(plan: PlanFile, table: str, row_id: int) -> Edit:
    """Delete a row and the rows that belong to it; undo puts them all back."""
    saved = strategy_edits.row_with_children(plan, table, row_id)
    return Edit(
        strategy_edits.delete_row(plan, table, row_id),
        undo=lambda: strategy_edits.restore_rows(plan, saved),
        redo=lambda: strategy_edits.delete_row(plan, table, row_id),
    )


def move_row(plan: PlanFile, table: str, row_id: int, offset: int) -> Edit:
    """Move a row up (-1) or down (+1) in its list; nothing at either end."""
    before = strategy_edits.row_order(plan, table)
    after = strategy_edits.moved(before, row_id, offset)
    if after == before:
        return Edit.nothing()
    return Edit(
        strategy_edits.set_order(plan, table, after),
        undo=lambda: strategy_edits.set_order(plan, table, before),
        redo=lambda: strategy_edits.set_order(plan, table, after),
    )


def set_network(plan: PlanFile, network: str, values: dict[str, Any]) -> Edit:
    """Whether a network is used, its role or weekly target."""
    validate_row("network_choices", values)
    old = strategy_edits.network_choice(plan, network)
    merged = {**(old or {}), **values}
    if old is not None and all(old.get(k) == v for k, v in merged.items()):
        return Edit.nothing()
    return Edit(
        strategy_edits.set_network_choice(plan, network, values),
        undo=lambda: strategy_edits.set_network_choice(plan, network, old),
        redo=lambda: strategy_edits.set_network_choice(plan, network, values),
    )


def apply_template(plan: PlanFile, template_id: str, language: str) -> Edit:
    """Start from a sector template; undo gives back the whole strategy as it was."""
    before = strategy_edits.snapshot(plan)
    changes = strategy_templates.apply_template(plan, template_id, language)
    after = strategy_edits.snapshot(plan)
    return Edit(
        changes,
        undo=lambda: strategy_edits.replace_strategy(plan, before),
        redo=lambda: strategy_edits.replace_strategy(plan, after),
    )
