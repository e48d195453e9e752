"""Cell editors of the workshop's tables: choices, dates in the locale's format, and a
checkable list of networks that still takes typing ("insta, tik" is enough)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smplanner.texts.date_formats import date_pattern
from smplanner.ui.date_entry import DateEntry
from smplanner.ui.model_index import AnyIndex
from smplanner.ui.strategy.live_text import PAUSE_MS

if TYPE_CHECKING:
    from smplanner.ui.strategy.record_table_model import ColumnSpec, RecordTableModel


def date_format() -> str:
    """The interface locale's short date format, always with a four-digit year."""
    return date_pattern()


def format_date(iso: str) -> str:
    """A stored ISO date (2026-03-31) as the locale writes it (31/03/2026 in French)."""
    parsed = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return parsed.toString(date_format()) if parsed.isValid() else iso


def network_ids_from_text(text: str, choices: list[tuple[str, str]]) -> str:
    """Comma-separated network ids from what was typed: names, ids or a unique prefix.

    A word that names no known network is kept as typed (a network we do not list).
    """
    ids: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        lowered = part.lower()
        exact = [key for key, label in choices if lowered in (key, label.lower())]
        prefixed = [key for key, label in choices if label.lower().startswith(lowered)]
        found = exact[0] if exact else prefixed[0] if len(prefixed) == 1 else part
        if found not in ids:
            ids.append(found)
    return ",".join(ids)


class NetworkPicker(QComboBox):
    """Type the networks, or open the list (F4, Alt+Down) and tick them (click, Space)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No completer: typing is free.
        self.setCompleter(None)  # type: ignore[arg-type]  # PySide6 stubs: None is allowed
        self._choices = choices
        for key, label in choices:
            self.addItem(label, key)
            self.setItemData(
                self.count() - 1, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
            )
        # Our filters run before the popup's own, so a click or Space ticks instead of
        # choosing one network and closing the list.
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)

    def set_ids(self, ids: str) -> None:
        self.setEditText(self._text_of([i for i in ids.split(",") if i.strip()]))

    def _text_of(self, ids: list[str]) -> str:
        labels = dict(self._choices)
        return ", ".join(labels.get(i.strip(), i.strip()) for i in ids)

    def checked_ids(self) -> list[str]:
        return [
            str(self.itemData(row))
            for row in range(self.count())
            if self.itemData(row, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        ]

    def showPopup(self) -> None:
        typed = network_ids_from_text(self.currentText(), self._choices).split(",")
        for row in range(self.count()):
            state = (
                Qt.CheckState.Checked if self.itemData(row) in typed else Qt.CheckState.Unchecked
            )
            self.setItemData(row, state, Qt.ItemDataRole.CheckStateRole)
        super().showPopup()

    def _toggle(self, row: int) -> None:
        if row < 0:
            return
        checked = self.itemData(row, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.setItemData(row, state, Qt.ItemDataRole.CheckStateRole)
        known = {key for key, _ in self._choices}
        typed = network_ids_from_text(self.currentText(), self._choices).split(",")
        others = [i for i in typed if i and i not in known]  # the user's own words stay
        self.setEditText(self._text_of([*self.checked_ids(), *others]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view().viewport() and event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease:
                position = event.position().toPoint()
                self._toggle(self.view().indexAt(position).row())
            return True
        if watched is self.view() and isinstance(event, QKeyEvent):
            pressed = event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space:
                self._toggle(self.view().currentIndex().row())
                return True
            if pressed and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # The popup picks the current line on ShortcutOverride; keep the ticks.
                event.accept()
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)


class RecordDelegate(QStyledItemDelegate):
    """The editor each column kind needs; plain text for the rest."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _column(self, index: AnyIndex) -> ColumnSpec:
        return self._model.columns[index.column()]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = self._column(index)
        if column.kind == "choice":
            combo = QComboBox(parent)
            combo.setEditable(column.free_text)
            combo.addItem("", None)  # no choice yet: leaving the cell stores nothing
            for value, label in column.choice_list():
                combo.addItem(label, value)
            # The open list is as wide as its longest choice, not as the cell.
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 32)
            return combo
        if column.kind == "networks":
            return NetworkPicker(column.choice_list(), parent)
        if column.kind == "date":
            return DateEntry(parent)  # typed dates are kept; an empty cell stays empty
        editor = super().createEditor(parent, option, index)
        if column.kind == "text" and isinstance(editor, QLineEdit):
            self._save_on_pauses(editor)
        return editor

    def _save_on_pauses(self, editor: QLineEdit) -> None:
        """A cell's text is saved while typed too, at each pause (one undo step each)."""
        timer = QTimer(editor)
        timer.setSingleShot(True)
        timer.setInterval(PAUSE_MS)
        timer.timeout.connect(lambda: self.commitData.emit(editor))
        editor.textEdited.connect(lambda _text: timer.start())

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = self._model.data(index, Qt.ItemDataRole.EditRole)
        if isinstance(editor, NetworkPicker):
            editor.set_ids(str(value or ""))
        elif isinstance(editor, QComboBox):
            position = editor.findData(value) if value not in (None, "") else 0
            if position >= 0:
                editor.setCurrentIndex(position)
            elif editor.isEditable():
                editor.setEditText(str(value or ""))
        elif isinstance(editor, DateEntry):
            stored = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
            editor.setDate(stored if stored.isValid() else None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, NetworkPicker):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
            position = editor.findText(text)
            value = editor.itemData(position) if position >= 0 else text.strip()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateEntry):
            if not editor.is_acceptable():  # say why beside the table, store nothing
                self._model.refuse(self._column(index).name, editor.problem())
                return
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
