"""One section of the workshop: forms of answers and tables of lists, refreshed together."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.services import strategy_edits
from smplanner.ui.strategy.field_form import FieldForm
from smplanner.ui.strategy.record_table import RecordTable
from smplanner.ui.strategy.strategy_editor import StrategyEditor

Refresher = Callable[[StrategyDocument], None]


class SectionPage(QScrollArea):
    def __init__(self, editor: StrategyEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.forms: list[FieldForm] = []
        self.tables: dict[str, RecordTable] = {}
        self._refreshers: list[Refresher] = []
        self._focusers: list[Callable[[str], bool]] = []
        body = QWidget()
        self._layout = QVBoxLayout(body)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self._layout.addWidget(heading)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tables scroll sideways inside themselves; the page itself only scrolls down.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_form(self, form: FieldForm) -> FieldForm:
        self.forms.append(form)
        self._layout.addWidget(form)
        return form

    def add_table(self, table: RecordTable, minimum_height: int = 160) -> RecordTable:
        table.view.setMinimumHeight(minimum_height)
        self.tables[table.model.table] = table
        self._layout.addWidget(table)
        return table

    def add_widget(
        self,
        widget: QWidget,
        refresh: Refresher | None = None,
        focus: Callable[[str], bool] | None = None,
    ) -> None:
        self._layout.addWidget(widget)
        if refresh is not None:
            self._refreshers.append(refresh)
        if focus is not None:
            self._focusers.append(focus)

    def finish(self) -> None:
        self._layout.addStretch(1)

    def reload(self, doc: StrategyDocument) -> None:
        # Refreshers first: some fill the labels a table shows (the KPIs' objectives).
        for refresh in self._refreshers:
            refresh(doc)
        for form in self.forms:
            form.load(doc.fields)
        plan = self.editor.plan
        for name, table in self.tables.items():
            table.set_rows(strategy_edits.list_rows(plan, name))

    def focus_target(self, target: str) -> bool:
        """Put the cursor on a finding's field ("budget.revenue", "personas:3:age_min")."""
        for form in self.forms:
            if form.focus_field(target):
                return True
        parts = target.split(":")
        if parts[0] in self.tables:
            table = self.tables[parts[0]]
            if len(parts) == 3:
                return table.focus_cell(int(parts[1]), parts[2])
            table.view.setFocus()
            return True
        return any(focus(target) for focus in self._focusers)


def rows_with(values: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    return lambda: dict(values)
