"""One of the workshop's lists (personas, objectives, budget lines…) as an editable table.

The model is fed plain rows through ``set_rows`` and sends every cell edit to the
StrategyEditor (one undo step each); it never writes to the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.texts.money import format_money, format_number, parse_number
from smplanner.ui.strategy.column_widths import share_width
from smplanner.ui.strategy.record_delegates import (
    RecordDelegate,
    format_date,
    network_ids_from_text,
)
from smplanner.ui.strategy.spreadsheet_view import SpreadsheetView
from smplanner.ui.strategy.strategy_editor import StrategyEditor

Index = QModelIndex | QPersistentModelIndex


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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip or self.columns[section].label
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
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


class RecordTable(QWidget):
    """A titled table with Add and Remove buttons (and Move up/down where order matters).

    A refused value shows its reason under the table; Delete clears the current cell.
    """

    def __init__(
        self,
        editor: StrategyEditor,
        table: str,
        title: str,
        item_label: str,
        columns: list[ColumnSpec],
        defaults: Callable[[], dict[str, Any] | None] | None = None,
        currency: str = "EUR",
        parent: QWidget | None = None,
        movable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._defaults = defaults or (lambda: {})
        self.model = RecordTableModel(editor, table, columns, item_label, currency)
        self.view = SpreadsheetView()
        self.view.setObjectName(table)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        writable = not editor.document.read_only
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(f"<b>{title}</b>"))
        buttons.addStretch(1)
        self.move_buttons: list[QToolButton] = []
        if movable:
            for arrow, offset, tip, key in (
                (Qt.ArrowType.UpArrow, -1, self.tr("Move up (Ctrl+Up)"), Qt.Key.Key_Up),
                (Qt.ArrowType.DownArrow, 1, self.tr("Move down (Ctrl+Down)"), Qt.Key.Key_Down),
            ):
                button = QToolButton()
                button.setArrowType(arrow)
                button.setToolTip(tip)
                button.setAccessibleName(tip)
                button.clicked.connect(lambda _=False, o=offset: self.move_selected(o))
                buttons.addWidget(button)
                self.move_buttons.append(button)
                shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda o=offset: self.move_selected(o))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        for control in (self.add_button, self.remove_button, *self.move_buttons):
            control.setEnabled(writable)
        clear = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_current_cell)
        self.error_label = QLabel()
        self.error_label.setObjectName("tableError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.error_label)
        editor.refused.connect(self._on_refused)
        editor.accepted.connect(self._on_accepted)

    def _mine(self, field: str) -> bool:
        return field == self.model.table or field.startswith(self.model.table + ".")

    def _on_refused(self, field: str, message: str) -> None:
        if not self._mine(field):
            return
        column = field.partition(".")[2]
        labels = {c.name: c.label for c in self.model.columns}
        prefix = f"{labels[column]} — " if column in labels else ""
        self.error_label.setText(prefix + message)
        self.error_label.show()

    def _on_accepted(self, field: str) -> None:
        if self._mine(field):
            self.error_label.hide()

    def add(self) -> int | None:
        values = self._defaults()
        if values is None:
            return None
        row_id = self._editor.add_row(self.model.table, values, self.model.item_label)
        if row_id is not None:
            self.focus_cell(row_id, self.model.columns[0].name)
        return row_id

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            row = self.model.rows[index.row()]
            self._editor.delete_row(self.model.table, int(row["id"]), self.model.item_label)

    def move_selected(self, offset: int) -> bool:
        """Move the current row up (-1) or down (+1); the cursor stays on it."""
        index = self.view.currentIndex()
        if not index.isValid() or self._editor.document.read_only:
            return False
        row_id = int(self.model.rows[index.row()]["id"])
        column = self.model.columns[index.column()].name
        moved = self._editor.move_row(self.model.table, row_id, offset, self.model.item_label)
        if moved:
            self.focus_cell(row_id, column)
        return moved

    def clear_current_cell(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or not (self.model.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return
        if self.model.columns[index.column()].kind not in ("bool", "computed"):
            self.model.setData(index, None, Qt.ItemDataRole.EditRole)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        current = self.view.currentIndex()
        scrolled = (self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value())
        self.model.set_rows(rows)
        if (
            current.isValid()
            and current.row() < len(rows)
            and not self.view.currentIndex().isValid()
        ):
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.fit_columns()
        # The view stays where the user was (a reset would scroll back to the top).
        self.view.horizontalScrollBar().setValue(scrolled[0])
        self.view.verticalScrollBar().setValue(scrolled[1])

    def fit_to_width(self) -> None:
        """Keep every column inside the view: no sideways scrolling (the objectives'
        ten columns at 1366×768). Short columns get what their values need, text
        columns share the rest; a cut text shows whole in its tooltip."""
        self._fit_width = True
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)
        self.view.setWordWrap(False)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Widen columns to show their header and (up to a limit) their content.

        Columns only grow, so a width the user dragged is kept across refreshes.
        """
        if getattr(self, "_fit_width", False):
            share_width(self.view, [c.kind for c in self.model.columns])
            return
        header = self.view.horizontalHeader()
        for number in range(self.model.columnCount() - 1):  # the last one stretches
            wanted = max(
                header.sectionSizeHint(number),
                min(self.view.sizeHintForColumn(number), MAX_FITTED_WIDTH),
            )
            if header.sectionSize(number) < wanted:
                header.resizeSection(number, wanted)

    def focus_cell(self, row_id: int, column: str) -> bool:
        row = self.model.row_of(row_id)
        names = [c.name for c in self.model.columns]
        if row < 0:
            return False
        index = self.model.index(row, names.index(column) if column in names else 0)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True


MAX_FITTED_WIDTH = 240  # px: a long text column wraps its tooltip, not the whole table
