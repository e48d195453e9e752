"""Every strategy edit the workshop makes, each pushed as ONE undo step.

Pages call these methods (never services directly); a value the method refuses is
reported through ``refused`` for an inline message beside the field, not a dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from smplanner.domain.strategy_validation import StrategyValueError, validate_field, validate_row
from smplanner.services import strategy_edits, strategy_templates
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.refusal_texts import refusal_text


class StrategyEditor(QObject):
    refused = Signal(str, str)  # field, message
    accepted = Signal(str)  # field

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    @property
    def plan(self):  # type: ignore[no-untyped-def]
        return self.document.plan

    def _valid(self, field: str, check: Any) -> bool:
        try:
            check()
        except StrategyValueError as error:
            self.refused.emit(error.field or field, refusal_text(error))
            return False
        self.accepted.emit(field)
        return True

    def set_field(self, key: str, value: Any, label: str) -> bool:
        """Answer one question; nothing happens when the answer did not change."""
        if not self._valid(key, lambda: validate_field(key, value)):
            return False
        old = strategy_edits.field_value(self.plan, key)
        if validate_field(key, value) == old:
            return True
        plan = self.plan
        return self.document.execute(
            self.tr("Edit %1").replace("%1", label),
            lambda: strategy_edits.set_field(plan, key, value),
            lambda: strategy_edits.set_field(plan, key, old),
        )

    def add_row(self, table: str, values: dict[str, Any], label: str) -> int | None:
        """Append a row; undo deletes it, redo puts it back with the same id."""
        if not self._valid(table, lambda: validate_row(table, values)):
            return None
        plan = self.plan
        state: dict[str, Any] = {}

        def do():  # type: ignore[no-untyped-def]
            # Redo puts back the very row undo removed (same id), not a new one.
            if state:
                return strategy_edits.restore_rows(plan, state["saved"])
            row_id, changes = strategy_edits.add_row(plan, table, values)
            state["id"] = row_id
            state["saved"] = strategy_edits.row_with_children(plan, table, row_id)
            return changes

        done = self.document.execute(
            self.tr("Add %1").replace("%1", label),
            do,
            lambda: strategy_edits.delete_row(plan, table, state["id"]),
        )
        return int(state["id"]) if done else None

    def update_row(self, table: str, row_id: int, column: str, value: Any, label: str) -> bool:
        plan = self.plan
        current = strategy_edits.get_row(plan, table, row_id)
        if current is None:
            return False
        field = f"{table}.{column}"
        if not self._valid(field, lambda: validate_row(table, {column: value}, current)):
            return False
        cleaned = validate_row(table, {column: value}, current)[column]
        old = current[column]
        if cleaned == old:
            return True
        return self.document.execute(
            self.tr("Edit %1").replace("%1", label),
            lambda: strategy_edits.update_row(plan, table, row_id, {column: value}),
            lambda: strategy_edits.update_row(plan, table, row_id, {column: old}),
        )

    def delete_row(self, table: str, row_id: int, label: str) -> bool:
        plan = self.plan
        saved = strategy_edits.row_with_children(plan, table, row_id)
        return self.document.execute(
            self.tr("Delete %1").replace("%1", label),
            lambda: strategy_edits.delete_row(plan, table, row_id),
            lambda: strategy_edits.restore_rows(plan, saved),
        )

    def move_row(self, table: str, row_id: int, offset: int, label: str) -> bool:
        """Move a row up (-1) or down (+1) in its list; nothing happens at either end."""
        plan = self.plan
        before = strategy_edits.row_order(plan, table)
        after = strategy_edits.moved(before, row_id, offset)
        if after == before:
            return False
        text = self.tr("Move %1 up") if offset < 0 else self.tr("Move %1 down")
        return self.document.execute(
            text.replace("%1", label),
            lambda: strategy_edits.set_order(plan, table, after),
            lambda: strategy_edits.set_order(plan, table, before),
        )

    def set_network(self, network: str, values: dict[str, Any], label: str) -> bool:
        """Change whether a network is used, its role or weekly target."""
        field = f"network:{network}"
        if not self._valid(field, lambda: validate_row("network_choices", values)):
            return False
        plan = self.plan
        old = strategy_edits.network_choice(plan, network)
        merged = {**(old or {}), **values}
        if old is not None and all(old.get(k) == v for k, v in merged.items()):
            return True
        return self.document.execute(
            self.tr("Edit %1").replace("%1", label),
            lambda: strategy_edits.set_network_choice(plan, network, values),
            lambda: strategy_edits.set_network_choice(plan, network, old),
        )

    def apply_template(self, template_id: str, language: str, label: str) -> bool:
        plan = self.plan
        before = strategy_edits.snapshot(plan)
        after: dict[str, Any] = {}

        def do():  # type: ignore[no-untyped-def]
            if after:
                return strategy_edits.replace_strategy(plan, after["data"])
            changes = strategy_templates.apply_template(plan, template_id, language)
            after["data"] = strategy_edits.snapshot(plan)
            return changes

        return self.document.execute(
            self.tr("Start from template %1").replace("%1", label),
            do,
            lambda: strategy_edits.replace_strategy(plan, before),
        )
