"""The model behind a workshop table: plain rows in, one StrategyEditor call per edit.

It shows each row's cells as the columns' specs say (money, numbers, dates, choices,
networks), parses what is typed back, and never writes to the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from smplanner.texts.money import format_money, format_number, parse_number
from smplanner.ui.model_index import AnyIndex
from smplanner.ui.strategy.record_delegates import (
    format_date,
    network_ids_from_text,
)
from smplanner.ui.strategy.strategy_editor import StrategyEditor


@dataclass
class ColumnSpec:
    name: str
    label: str
    kind: str = "text"  # text, number, money, choice, bool, date, networks, computed
    choices: list[tuple[str, str]] | Callable[[], list[tuple[str, str]]] = field(
        default_factory=list
    )
    compute: Callable[[dict[str, Any]], str] | None = None
    free_text: bool = False  # a choice column that also accepts the user's own words
    tooltip: str = ""  # the full wording when the header is kept short

    def choice_list(self) -> list[tuple[str, str]]:
        return self.choices() if callable(self.choices) else self.choices


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        editor: StrategyEditor,
        table: str,
        columns: list[ColumnSpec],
        item_label: str,
        currency: str = "EUR",
    ) -> None:
        super().__init__()
        self._editor = editor
        self.table = table
        self.columns = columns
        self.item_label = item_label
        self.currency = currency
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``, telling the view only what changed.

        A cell edit comes back here while its editor is still closing: a reset then
        would destroy that editor under Qt's feet ("commitData … does not belong to
        this view") and scroll to the top, so same rows are updated in place and an
        added or removed row is inserted or removed; only a reorder resets.
        """
        old_ids = [row["id"] for row in self.rows]
        new_ids = [row["id"] for row in rows]
        if old_ids == new_ids:
            changed = [n for n, (a, b) in enumerate(zip(self.rows, rows, strict=True)) if a != b]
            self.rows = rows
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return
        if new_ids[: len(old_ids)] == old_ids:  # rows added at the end
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self.rows = rows
            self.endInsertRows()
            return
        kept = [row_id for row_id in old_ids if row_id in set(new_ids)]
        if kept == new_ids:  # rows removed, the others in the same order
            for number in reversed(range(len(old_ids))):
                if old_ids[number] not in set(new_ids):
                    self.beginRemoveRows(QModelIndex(), number, number)
                    del self.rows[number]
                    self.endRemoveRows()
            self.rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip or self.columns[section].label
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.columns[index.column()].kind
        if kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if kind == "computed" or self._editor.document.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def display(self, column: ColumnSpec, row: dict[str, Any]) -> str:
        if column.kind == "computed":
            return column.compute(row) if column.compute else ""
        value = row.get(column.name)
        if value is None or value == "":
            return ""
        if column.kind == "money":
            return format_money(float(value), self.currency)
        if column.kind == "number":
            return format_number(float(value))
        if column.kind == "date":
            return format_date(str(value))
        if column.kind in ("choice", "networks"):
            labels = dict(column.choice_list())
            parts = str(value).split(",") if column.kind == "networks" else [str(value)]
            return ", ".join(labels.get(p.strip(), p.strip()) for p in parts if p.strip())
        return str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = row.get(column.name) not in (0, None, False)
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(column, row)  # the tooltip shows a cut text whole
        if role == Qt.ItemDataRole.EditRole:
            value = row.get(column.name)
            if column.kind in ("number", "money") and value is not None:
                return format_number(float(value))
            return "" if value is None else value
        return None

    def parse(self, column: ColumnSpec, value: Any) -> Any:
        if column.kind in ("number", "money"):
            text = str(value).strip()
            number = parse_number(text) if text else None
            return text if (number is None and text) else number
        if column.kind == "networks":
            return network_ids_from_text(str(value), column.choice_list())
        if column.kind == "date" and isinstance(value, date):
            return value.isoformat()
        return value

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column, row = self.columns[index.column()], self.rows[index.row()]
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = 1 if Qt.CheckState(value) == Qt.CheckState.Checked else 0
        elif role == Qt.ItemDataRole.EditRole:
            new = self.parse(column, value)
            if new in (None, "") and row.get(column.name) in (None, ""):
                return True  # an empty cell left empty: nothing to store, nothing to undo
        else:
            return False
        label = f"{self.item_label} — {column.label}"
        return self._editor.update_row(self.table, int(row["id"]), column.name, new, label)

    def refuse(self, column: str, message: str) -> None:
        """Tell the table a typed value was not stored, and why (shown under it)."""
        self._editor.refused.emit(f"{self.table}.{column}", message)

    def row_of(self, row_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row["id"] == row_id:
                return number
        return -1
