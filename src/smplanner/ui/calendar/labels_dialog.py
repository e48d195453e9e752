"""The plan's labels, to add, rename, recolour and delete them (each one undo step),
with how many posts carry each: deleting says it first, and undo puts the label back
on those posts. Opened from the Calendar tab's settings and the cards' Labels menu;
it follows undo and redo while open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.labels import Label, in_order
from smplanner.services import labels as label_service
from smplanner.services.changes import Changes, Edit, Topic
from smplanner.ui.calendar.delete_question import ask_to_delete
from smplanner.ui.calendar.label_filter import swatch
from smplanner.ui.document import PlanDocument

NAME, POSTS = range(2)
ID_ROLE = Qt.ItemDataRole.UserRole


class LabelsDialog(QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan = document.plan
        self.setWindowTitle(self.tr("Labels"))
        self.labels: list[Label] = []
        self.colour_dialog: QColorDialog | None = None
        self.delete_question: QMessageBox | None = None
        intro = QLabel(
            self.tr(
                "Labels tag posts (“Promo”, “Video to shoot”…): their colours show on "
                "the cards and the calendar filters by them. Double-click a name (or press "
                "F2) to rename it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Posts")])
        self.table.setAccessibleName(self.tr("The plan's labels"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POSTS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._renamed)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New label's name"))
        self.new_name.setAccessibleName(self.tr("New label's name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.clicked.connect(self.ask_colour)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()  # shown with a refusal only: no empty line above Close
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.colour_button)
        row_actions.addWidget(self.delete_button)
        row_actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(adding)
        box.addWidget(self.table, 1)
        box.addLayout(row_actions)
        box.addWidget(self.note)
        box.addWidget(close)
        self.resize(440, 420)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        document.changed.connect(self._on_changes)
        self.refresh()

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        current = self.current()
        usage = label_service.label_usage(self.plan)
        self.labels = in_order(label_service.labels(self.plan))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.labels))
        for row, label in enumerate(self.labels):
            name = QTableWidgetItem(swatch(label.colour, 14), label.name)
            name.setData(ID_ROLE, label.id)
            name.setToolTip(label.colour)
            count = QTableWidgetItem(str(usage.get(label.id, 0)))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, POSTS, count)
        self.table.blockSignals(False)
        if current is not None:
            self.select(current.id)
        self._enable()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Topic.LABELS, Topic.POSTS):  # a post's labels: the counts
            self.refresh()

    def current(self) -> Label | None:
        row = self.table.currentRow()
        return self.labels[row] if 0 <= row < len(self.labels) else None

    def select(self, label_id: int) -> None:
        for row, label in enumerate(self.labels):
            if label.id == label_id:
                self.table.setCurrentCell(row, NAME)

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.colour_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _run(self, text: str, change: object) -> Edit | None:
        """Make a change (a service call): a refused one is said here, in words."""
        from smplanner.ui.core_messages import error_text

        assert callable(change)
        try:
            edit: Edit = change()
        except label_service.LabelError as error:
            self.note.setText(error_text(error))
            self.note.show()
            self.refresh()  # the name typed over goes back to the stored one
            return None
        self.note.clear()
        self.note.hide()
        self.document.push(text, edit)
        return edit

    # ------------------------------------------------------------ changes
    def add(self) -> None:
        name = self.new_name.text()
        edit = self._run(
            self.tr("New label “%1”").replace("%1", name.strip()),
            lambda: label_service.new_label(self.plan, name),
        )
        if edit is not None:
            self.new_name.clear()
            self.refresh()
            self.select(edit.value.id)

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        label = next((lb for lb in self.labels if lb.id == item.data(ID_ROLE)), None)
        if label is None or item.text() == label.name:
            return
        name = item.text()
        self._run(
            self.tr("Rename the label “%1”").replace("%1", label.name),
            lambda: label_service.edit_label(self.plan, label.id, name, label.colour),
        )
        self.refresh()

    def ask_colour(self) -> None:
        label = self.current()
        if label is None:
            return
        dialog = QColorDialog(QColor(label.colour), self)
        dialog.setWindowTitle(self.tr("Colour of “%1”").replace("%1", label.name))
        dialog.colorSelected.connect(lambda colour: self.recolour(label, colour.name()))
        self.colour_dialog = dialog
        dialog.open()

    def recolour(self, label: Label, colour: str) -> None:
        self._run(
            self.tr("Recolour the label “%1”").replace("%1", label.name),
            lambda: label_service.edit_label(self.plan, label.id, label.name, colour),
        )
        self.refresh()

    def ask_delete(self) -> None:
        """Say how many posts carry the label before deleting it (undo puts it back)."""
        label = self.current()
        if label is None:
            return
        count = label_service.label_usage(self.plan).get(label.id, 0)
        details = (
            self.tr(
                "It is on %Ln post(s): deleting it takes it off them, nothing else changes.",
                "",
                count,
            )
            + " "
            + self.tr("Edit > Undo puts it back on them.")
        )

        def answered(delete: bool) -> None:
            self.delete_question = None
            if delete:
                self.delete(label)

        self.delete_question = ask_to_delete(
            self,
            self.tr("Delete a label"),
            self.tr("Delete the label “%1”?").replace("%1", label.name),
            details,
            self.tr("Delete"),
            answered,
        )

    def delete(self, label: Label) -> None:
        self._run(
            self.tr("Delete the label “%1”").replace("%1", label.name),
            lambda: label_service.delete_label(self.plan, label.id),
        )
        self.refresh()
