"""Every strategy edit the workshop makes, each pushed as ONE undo step.

Pages call these methods (never services directly); a value the method refuses is
reported through ``refused`` for an inline message beside the field, not a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from smplanner.domain.strategy_validation import StrategyValueError, validate_field, validate_row
from smplanner.services import strategy_edits, strategy_steps
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.refusal_texts import refusal_text


def kpi_row_for(objective_id: int, kpi_id: str) -> dict[str, Any]:
    """A KPI row for an objective, with where its figures are read (in the UI language)."""
    from smplanner.domain.kpi_catalogue import kpi
    from smplanner.texts.strategy_labels import KPI_SOURCES, tr

    item = kpi(kpi_id)
    hint = KPI_SOURCES.get(item.source_hint if item is not None else "", "")
    return {"objective_id": objective_id, "kpi": kpi_id, "source": tr(hint) if hint else ""}


class StrategyEditor(QObject):
    refused = Signal(str, str)  # field, message
    accepted = Signal(str)  # field

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    @property
    def plan(self) -> PlanFile:
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
        plan = self.plan
        return self._done(
            self.tr("Edit %1").replace("%1", label),
            lambda: strategy_steps.set_field(plan, key, value),
        )

    def add_row(self, table: str, values: dict[str, Any], label: str) -> int | None:
        """Append a row; undo deletes it, redo puts it back with the same id."""
        if not self._valid(table, lambda: validate_row(table, values)):
            return None
        plan = self.plan
        edit = self.document.run(
            self.tr("Add %1").replace("%1", label),
            lambda: strategy_steps.add_row(plan, table, values),
        )
        return None if edit is None else int(edit.value)

    def update_row(self, table: str, row_id: int, column: str, value: Any, label: str) -> bool:
        plan = self.plan
        current = strategy_edits.get_row(plan, table, row_id)
        if current is None:
            return False
        field = f"{table}.{column}"
        if not self._valid(field, lambda: validate_row(table, {column: value}, current)):
            return False
        text = self.tr("Edit %1").replace("%1", label)
        if table == "objectives" and column == "metric" and value and not self._has_kpis(row_id):
            # Section 8 starts with each objective's own KPI: both in one undo step.
            with self.document.macro(text):
                done = self._done(
                    text, lambda: strategy_steps.update_row(plan, table, row_id, column, value)
                )
                self.add_row("objective_kpis", kpi_row_for(row_id, str(value)), self.tr("KPI"))
            return done
        return self._done(
            text, lambda: strategy_steps.update_row(plan, table, row_id, column, value)
        )

    def _has_kpis(self, objective_id: int) -> bool:
        rows = strategy_edits.list_rows(self.plan, "objective_kpis")
        return any(int(r["objective_id"]) == objective_id for r in rows)

    def delete_row(self, table: str, row_id: int, label: str) -> bool:
        plan = self.plan
        return self.document.apply(
            self.tr("Delete %1").replace("%1", label),
            lambda: strategy_steps.delete_row(plan, table, row_id),
        )

    def move_row(self, table: str, row_id: int, offset: int, label: str) -> bool:
        """Move a row up (-1) or down (+1) in its list; nothing happens at either end."""
        plan = self.plan
        text = self.tr("Move %1 up") if offset < 0 else self.tr("Move %1 down")
        return self.document.apply(
            text.replace("%1", label), lambda: strategy_steps.move_row(plan, table, row_id, offset)
        )

    def set_network(self, network: str, values: dict[str, Any], label: str) -> bool:
        """Change whether a network is used, its role or weekly target."""
        field = f"network:{network}"
        if not self._valid(field, lambda: validate_row("network_choices", values)):
            return False
        plan = self.plan
        return self._done(
            self.tr("Edit %1").replace("%1", label),
            lambda: strategy_steps.set_network(plan, network, values),
        )

    def apply_template(self, template_id: str, language: str, label: str) -> bool:
        plan = self.plan
        return self.document.apply(
            self.tr("Start from template %1").replace("%1", label),
            lambda: strategy_steps.apply_template(plan, template_id, language),
        )

    def _done(self, text: str, call: Callable[[], Edit]) -> bool:
        """One step; an answer equal to the stored one is done too (nothing to undo)."""
        return self.document.run(text, call) is not None
