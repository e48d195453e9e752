"""One of the workshop's lists (personas, objectives, budget lines…) as an editable table.

The model is fed plain rows through ``set_rows`` and sends every cell edit to the
StrategyEditor (one undo step each); it never writes to the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
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

from smplanner.ui.strategy.column_widths import share_width
from smplanner.ui.strategy.record_delegates import (
    RecordDelegate,
)
from smplanner.ui.strategy.record_table_model import ColumnSpec, RecordTableModel
from smplanner.ui.strategy.spreadsheet_view import SpreadsheetView
from smplanner.ui.strategy.strategy_editor import StrategyEditor

__all__ = ["ColumnSpec", "RecordTable", "RecordTableModel"]


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
