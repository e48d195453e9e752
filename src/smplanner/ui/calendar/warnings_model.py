"""The warnings panel's list: one sentence per rule warning, with the posts it names.

A model of our own rather than QStandardItemModel: building thousands of
QStandardItems per refresh crashed PySide 6.12 (a reference-count bug on None).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from smplanner.domain.rule_warnings import RuleWarning
from smplanner.ui.calendar.warning_texts import warning_text

AnyIndex = QModelIndex | QPersistentModelIndex


class WarningsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._warnings: list[RuleWarning] = []
        self._texts: list[str] = []

    def set_warnings(self, warnings: list[RuleWarning]) -> None:
        self.beginResetModel()
        self._warnings = warnings
        self._texts = [warning_text(w) for w in warnings]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._warnings)

    def text(self, row: int) -> str:
        return self._texts[row]

    def post_ids(self, row: int) -> tuple[int, ...]:
        return self._warnings[row].post_ids

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        return None
