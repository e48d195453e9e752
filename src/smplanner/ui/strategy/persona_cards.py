"""The personas as cards (name, age, place, needs, frustrations, networks, a quote),
the way a CM draws them with the client, instead of a one-row spreadsheet.

Every field saves like the workshop's forms: texts while typed (at each pause) and
when left, numbers when left; each save is one undo step through StrategyEditor.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.services import strategy_edits
from smplanner.texts import strategy_labels as labels
from smplanner.texts.money import format_number, parse_number
from smplanner.ui.strategy.live_text import LiveTextField
from smplanner.ui.strategy.record_delegates import network_ids_from_text
from smplanner.ui.strategy.strategy_editor import StrategyEditor

TABLE = "personas"
CARDS_PER_ROW = 2  # two cards side by side fit the page at 1366×768
TEXTS = ("name", "gender", "place", "occupation", "interests", "expectations", "frustrations")
LONG_TEXTS = ("expectations", "frustrations")
NUMBERS = ("age_min", "age_max")
TAB_ORDER = (
    "name",
    "quote",
    "age_min",
    "age_max",
    "gender",
    "place",
    "occupation",
    "interests",
    "networks",
    "expectations",
    "frustrations",
)


class PersonaCard(QFrame):
    """One persona; ``fields`` maps each column to its widget."""

    def __init__(self, deck: PersonaCards, row: dict[str, Any]) -> None:
        super().__init__()
        self.deck = deck
        self.row_id = int(row["id"])
        self.setObjectName("personaCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#personaCard { background: palette(base); border-radius: 6px; }")
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._stored: dict[str, Any] = {}
        self.loading = False
        writable = not deck.editor.document.read_only
        self.name = self._line("name", self.tr("Name"))
        self.name.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.quote = self._line("quote", self.tr("“A sentence they would say”"))
        self.quote.setStyleSheet("font-style: italic;")
        ages = QHBoxLayout()
        for column, hint in (("age_min", self.tr("from")), ("age_max", self.tr("to"))):
            ages.addWidget(QLabel(hint))
            ages.addWidget(self._line(column, hint, numeric=True))
        ages.addWidget(QLabel(self.tr("years")))
        ages.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Age:"), ages)
        form.addRow(self.tr("Gender:"), self._line("gender", ""))
        form.addRow(self.tr("Place:"), self._line("place", ""))
        form.addRow(self.tr("Occupation:"), self._line("occupation", ""))
        form.addRow(self.tr("Interests:"), self._line("interests", ""))
        form.addRow(self.tr("Networks:"), self._line("networks", self.tr("e.g. insta, tiktok")))
        form.addRow(self.tr("Needs:"), self._text("expectations"))
        form.addRow(self.tr("Frustrations:"), self._text("frustrations"))
        self.remove_button = QPushButton(self.tr("Remove this persona"))
        self.remove_button.setEnabled(writable)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        for widget in self.fields.values():
            widget.setReadOnly(not writable)
        order = [self.fields[c] for c in TAB_ORDER] + [self.remove_button]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)  # reading order, not creation order
        self.show_row(row, force=True)

    def _line(self, column: str, placeholder: str, numeric: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"persona_{column}")
        line.setPlaceholderText(placeholder)
        if numeric:
            line.setMaximumWidth(60)
            line.editingFinished.connect(lambda: self.commit(column))
        else:
            live = self._watch(column, line)
            line.editingFinished.connect(live.save)
        self.fields[column] = line
        return line

    def _text(self, column: str) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setObjectName(f"persona_{column}")
        text.setTabChangesFocus(True)
        text.setFixedHeight(54)
        self._watch(column, text)
        self.fields[column] = text
        return text

    def _watch(self, column: str, widget: QLineEdit | QPlainTextEdit) -> LiveTextField:
        return LiveTextField(
            widget,
            stack=lambda: self.deck.editor.document.undo_stack,
            commit=lambda: self.commit(column),
            loading=lambda: self.loading,
        )

    def value_of(self, column: str) -> Any:
        widget = self.fields[column]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        text = text.strip()
        if column in NUMBERS:
            number = parse_number(text) if text else None
            return text if (number is None and text) else number
        if column == "networks":
            return network_ids_from_text(text, labels.network_choices())
        return text

    def commit(self, column: str) -> None:
        if self.loading:
            return
        label = f"{self.deck.item_label} — {self.deck.column_labels[column]}"
        self.deck.editor.update_row(TABLE, self.row_id, column, self.value_of(column), label)

    def shown(self, column: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if column in NUMBERS:
            return format_number(float(value))
        if column == "networks":
            names = dict(labels.network_choices())
            return ", ".join(names.get(i, i) for i in str(value).split(",") if i)
        return str(value)

    def show_row(self, row: dict[str, Any], force: bool = False) -> None:
        """Show the stored values; a field being typed in keeps its text unless its
        stored value changed meanwhile (undo, redo)."""
        previous, self._stored = self._stored, dict(row)
        self.loading = True
        try:
            for column, widget in self.fields.items():
                changed = row.get(column) != previous.get(column)
                if widget.hasFocus() and not (force or changed):
                    continue
                text = self.shown(column, row.get(column))
                if isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText().strip() != text:
                        widget.setPlainText(text)
                elif widget.text().strip() != text:
                    widget.setText(text)
        finally:
            self.loading = False

    def _remove(self) -> None:
        self.deck.editor.delete_row(TABLE, self.row_id, self.deck.item_label)


class PersonaCards(QWidget):
    """The deck of persona cards with an Add button; refusals show under the deck."""

    def __init__(self, editor: StrategyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.item_label = self.tr("persona")
        self.column_labels = {
            "name": self.tr("Name"),
            "age_min": self.tr("Age from"),
            "age_max": self.tr("Age to"),
            "gender": self.tr("Gender"),
            "place": self.tr("Place"),
            "occupation": self.tr("Occupation"),
            "interests": self.tr("Interests"),
            "networks": self.tr("Networks they use"),
            "expectations": self.tr("Needs"),
            "frustrations": self.tr("Frustrations"),
            "quote": self.tr("Quote"),
        }
        self.cards: list[PersonaCard] = []
        self.add_button = QPushButton(self.tr("Add a persona"))
        self.add_button.setEnabled(not editor.document.read_only)
        self.add_button.clicked.connect(self.add)
        self.grid = QGridLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("tableError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{self.tr('Personas')}</b>"))
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.error_label)
        editor.refused.connect(self._on_refused)
        editor.accepted.connect(self._on_accepted)

    def add(self) -> int | None:
        row_id = self.editor.add_row(TABLE, {"name": self.tr("New persona")}, self.item_label)
        if row_id is not None:
            self.focus(row_id, "name")
        return row_id

    def card(self, row_id: int) -> PersonaCard | None:
        return next((c for c in self.cards if c.row_id == row_id), None)

    def reload(self, doc: StrategyDocument) -> None:
        rows = strategy_edits.list_rows(self.editor.plan, TABLE)
        if [int(r["id"]) for r in rows] == [c.row_id for c in self.cards]:
            for card, row in zip(self.cards, rows, strict=True):
                card.show_row(row)
            return
        for old in self.cards:  # the list changed (added, removed, undone): new cards
            self.grid.removeWidget(old)
            old.deleteLater()
        self.cards = [PersonaCard(self, row) for row in rows]
        for number, card in enumerate(self.cards):
            self.grid.addWidget(card, number // CARDS_PER_ROW, number % CARDS_PER_ROW)
            if self.isVisible():
                card.show()  # now, so that Tab can reach its fields at once

    def focus(self, row_id: int, column: str) -> bool:
        card = self.card(row_id)
        if card is None:
            return False
        widget = card.fields.get(column, card.name)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def focus_target(self, target: str) -> bool:
        """A finding's target "personas:3:age_min" (or "personas")."""
        parts = target.split(":")
        if parts[0] != TABLE:
            return False
        if len(parts) == 3:
            return self.focus(int(parts[1]), parts[2])
        self.add_button.setFocus()
        return True

    def _on_refused(self, field: str, message: str) -> None:
        if field == TABLE or field.startswith(TABLE + "."):
            column = field.partition(".")[2]
            prefix = f"{self.column_labels[column]} — " if column in self.column_labels else ""
            self.error_label.setText(prefix + message)
            self.error_label.show()

    def _on_accepted(self, field: str) -> None:
        if field == TABLE or field.startswith(TABLE + "."):
            self.error_label.hide()
