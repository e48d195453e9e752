"""The composer's labels: a chip per label of the plan, pressed to put it on the post
or take it off, and a field to find one among many or create a new one.

Keyboard: Tab goes from the field through the chips, Space or Enter toggles the chip
that has the focus; in the field, Enter puts the label typed on the post (made first
when the plan has none of that name). Choosing changes the dialog only: OK saves the
labels with the post (one undo step with the rest of it). Creating a label changes
the plan at once, as saving a hashtag set does: its own undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.labels import Label, chip_text_colour, clean_name, folded, in_order
from smplanner.services import labels as label_service
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.composer.flow_layout import FlowLayout

CHECK = "✓ "  # the chosen chips say so in words too, not by colour alone


def chip_style(colour: str) -> str:
    """A chosen chip is filled with its label's colour; an unchosen one only outlined
    in it. The focus keeps a visible frame (a style sheet drops Qt's own)."""
    text = chip_text_colour(colour)
    return (
        f"QPushButton {{ border: 2px solid {colour}; border-radius: 10px;"
        " padding: 2px 8px; background: palette(base); color: palette(text); }"
        f" QPushButton:checked {{ background: {colour}; color: {text}; }}"
        " QPushButton:focus { border: 2px dashed palette(highlight); }"
    )


class LabelPicker(QWidget):
    changed = Signal()

    def __init__(
        self, plan: PlanFile, chosen: Iterable[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.push: Callable[[str, Edit], None] | None = None  # the plan's undo stack
        self._labels = in_order(label_service.labels(plan))
        known = {label.id for label in self._labels}
        self._chosen = {label_id for label_id in chosen if label_id in known}
        self.chips: dict[int, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        find_row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find or create a label…"))
        self.field.setAccessibleName(self.tr("Find or create a label"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._filter)
        find_row.addWidget(self.field, 1)
        self.create_button = QPushButton()
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.commit)
        self.create_button.hide()
        find_row.addWidget(self.create_button)
        column.addLayout(find_row)
        self.flow = FlowLayout()
        column.addLayout(self.flow)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self._build_chips()

    # ------------------------------------------------------------ reading
    def chosen(self) -> tuple[int, ...]:
        """The ids of the labels chosen, in id order (as PostDraft keeps them)."""
        return tuple(sorted(self._chosen))

    # ------------------------------------------------------------ chips
    def _build_chips(self) -> None:
        for chip in self.chips.values():
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        before: QWidget = self.field
        for label in self._labels:
            chip = self._chip(label)
            self.flow.addWidget(chip)
            self.chips[label.id] = chip
            QWidget.setTabOrder(before, chip)  # after the field, in the order shown
            before = chip
        self._filter(self.field.text())

    def _chip(self, label: Label) -> QPushButton:
        chip = QPushButton(self)
        chip.setCheckable(True)
        chip.setChecked(label.id in self._chosen)
        # In a dialog a focused button takes Enter: Enter toggles the chip like Space.
        chip.setAutoDefault(True)
        chip.setStyleSheet(chip_style(label.colour))
        chip.setAccessibleName(self.tr("Label %1").replace("%1", label.name))
        chip.setToolTip(self.tr("Put this label on the post, or take it off"))
        chip.setText((CHECK if chip.isChecked() else "") + label.name)
        chip.toggled.connect(lambda on, label=label, chip=chip: self._toggled(label, chip, on))
        return chip

    def _toggled(self, label: Label, chip: QPushButton, on: bool) -> None:
        if on:
            self._chosen.add(label.id)
        else:
            self._chosen.discard(label.id)
        chip.setText((CHECK if on else "") + label.name)
        self.changed.emit()

    def _filter(self, text: str) -> None:
        """Only the chips whose name holds the typed text; "Create" when none is it."""
        wanted = folded(clean_name(text))
        for label in self._labels:
            self.chips[label.id].setVisible(wanted in folded(label.name))
        exact = self._named(text) is not None
        self.create_button.setVisible(bool(wanted) and not exact)
        self.create_button.setText(self.tr("Create “%1”").replace("%1", clean_name(text)))
        self.flow.invalidate()

    def _named(self, text: str) -> Label | None:
        name = clean_name(text).casefold()
        return next((label for label in self._labels if label.name.casefold() == name), None)

    # ------------------------------------------------------------ typing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field holding a name chooses it; an empty field lets Enter save."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.field.text().strip()
        ):
            self.commit()
            return True
        return super().eventFilter(watched, event)

    def commit(self) -> None:
        """Choose the label named in the field, creating it when the plan has none."""
        name = clean_name(self.field.text())
        if not name:
            return
        found = self._named(name)
        if found is None:
            found = self._create(name)
            if found is None:
                return
        else:
            self._say("")
        self.field.clear()
        self.chips[found.id].setChecked(True)

    def _create(self, name: str) -> Label | None:
        from smplanner.ui.core_messages import error_text

        try:
            edit = label_service.new_label(self.plan, name)
        except label_service.LabelError as error:
            self._say(error_text(error))
            return None
        made: Label = edit.value
        if self.push is not None:
            self.push(self.tr("New label “%1”").replace("%1", made.name), edit)
        self._labels = in_order([*self._labels, made])
        self._build_chips()
        self._say(self.tr("Label “%1” created.").replace("%1", made.name))
        return made

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
