"""A form of single answers (text, numbers, money, choices).

Texts are saved while they are typed, at each pause (live_text.py), numbers and
choices as the user leaves the field. Each commit is one undo step through
StrategyEditor; a refused value shows its reason under the form and the field keeps
what was typed, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.texts.money import format_money, format_number, parse_number
from smplanner.ui.strategy.live_text import LiveTextField
from smplanner.ui.strategy.strategy_editor import StrategyEditor

NUMERIC = ("number", "money", "percent")


@dataclass
class FieldSpec:
    key: str
    label: str
    kind: str = "line"  # line, text, number, money, percent, bool, choice
    choices: list[tuple[str, str]] = field(default_factory=list)
    placeholder: str = ""


class FieldForm(QWidget):
    def __init__(
        self,
        editor: StrategyEditor,
        specs: list[FieldSpec],
        currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._specs = {spec.key: spec for spec in specs}
        self.currency = currency
        self.widgets: dict[str, QWidget] = {}
        self.live: dict[str, LiveTextField] = {}  # texts saved while typed
        self._loading = False
        self._loaded_once = False
        self._stored: dict[str, Any] = {}
        form = QFormLayout()
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(spec.key)
            self.widgets[spec.key] = widget
            form.addRow(spec.label, widget)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        editor.refused.connect(self._on_refused)
        editor.accepted.connect(self._on_accepted)

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.setPlaceholderText(spec.placeholder)
            self._watch(spec.key, text)
            return text
        if spec.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _checked, key=spec.key: self.commit(key))
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            # Long choices (the moderation modes) must not widen the whole page.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            combo.addItem("—", None)
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _index, key=spec.key: self.commit(key))
            return combo
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder)
        if spec.kind in NUMERIC:  # a half-typed number is not saved: it would be refused
            line.editingFinished.connect(lambda key=spec.key: self.commit(key))
        else:
            live = self._watch(spec.key, line)
            line.editingFinished.connect(live.save)
        return line

    def _watch(self, key: str, widget: QPlainTextEdit | QLineEdit) -> LiveTextField:
        live = LiveTextField(
            widget,
            stack=lambda: self._editor.document.undo_stack,
            commit=lambda: self.commit(key),
            loading=lambda: self._loading,
        )
        self.live[key] = live
        return live

    def save_pending(self) -> None:
        """Save every text typed since its last pause (the window closes, a test)."""
        for live in self.live.values():
            if live.pending:
                live.save()

    def value_of(self, key: str) -> Any:
        spec, widget = self._specs[key], self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if spec.kind in NUMERIC and text:
            number = parse_number(text)
            return text if number is None else number  # the domain explains a non-number
        return text

    def commit(self, key: str) -> None:
        if self._loading:
            return
        self._editor.set_field(key, self.value_of(key), self._specs[key].label.rstrip(" :"))

    def load(self, values: dict[str, Any]) -> None:
        """Show the stored answers (never emits an edit).

        A field being typed in keeps its text unless its stored answer changed
        meanwhile (undo, redo, a template).
        """
        previous, self._stored = self._stored, dict(values)
        for key in self._specs:
            changed = values.get(key) != previous.get(key)
            self._show(key, values.get(key), force=changed or not self._loaded_once)
        self._loaded_once = True

    def _show(self, key: str, value: Any, force: bool) -> None:
        spec, widget = self._specs[key], self.widgets[key]
        if not force and widget.hasFocus():
            return
        self._loading = True
        try:
            if isinstance(widget, QPlainTextEdit):
                # Saved text is stripped: "Hello " being typed is not set back to "Hello".
                if widget.toPlainText().strip() != (value or "").strip():
                    widget.setPlainText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QLineEdit):
                shown = self._format(spec, value)
                if spec.kind in NUMERIC or widget.text().strip() != shown.strip():
                    widget.setText(shown)
        finally:
            self._loading = False

    def _format(self, spec: FieldSpec, value: Any) -> str:
        if value is None or value == "":
            return ""
        if spec.kind == "money":
            return format_money(float(value), self.currency)
        if spec.kind in ("number", "percent"):
            return format_number(float(value))
        return str(value)

    def focus_field(self, key: str) -> bool:
        widget = self.widgets.get(key)
        if widget is None:
            return False
        widget.setFocus()
        return True

    def _on_refused(self, key: str, message: str) -> None:
        if key in self._specs:
            self.error_label.setText(f"{self._specs[key].label.rstrip(' :')} — {message}")
            self.error_label.show()

    def _on_accepted(self, key: str) -> None:
        if key in self._specs:
            self.error_label.hide()
