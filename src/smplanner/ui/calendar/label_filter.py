"""The calendar's label filter, in the Filters popup: the plan's labels ticked to show
only the posts carrying one of them, and a field that narrows a long list to the
labels whose name holds what is typed (case and accents ignored). Nothing ticked:
the filter is off."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from smplanner.domain.labels import Label, folded

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROWS = 5  # the list's height; more labels scroll, or the field narrows them


def swatch(colour: str, side: int = 12) -> QIcon:
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class LabelFilter(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a label…"))
        self.search.setAccessibleName(self.tr("Find a label to filter by"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Labels to show"))
        # As high as a few rows whatever it holds (an empty list has no row to measure).
        row = max(self.list.fontMetrics().height() + 6, 18)
        self.list.setFixedHeight(row * SHOWN_ROWS + 2 * self.list.frameWidth())
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.list)
        self._empty = self.tr("No label in this plan yet (the post dialog makes them)")
        self.set_labels([])

    def set_labels(self, labels: list[Label]) -> None:
        """(Re)fill with the plan's labels, keeping those ticked that still exist."""
        wanted = self.wanted()
        self.list.blockSignals(True)
        self.list.clear()
        for label in labels:
            item = QListWidgetItem(swatch(label.colour), label.name)
            item.setData(ID_ROLE, label.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = label.id in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.search.setEnabled(bool(labels))
        self.search.setPlaceholderText(self.tr("Find a label…") if labels else self._empty)
        self._narrow(self.search.text())
        if self.wanted() != wanted:  # a ticked label was deleted: the filter changed
            self.changed.emit()

    def _items(self) -> list[QListWidgetItem]:
        return [item for row in range(self.list.count()) if (item := self.list.item(row))]

    def _narrow(self, text: str) -> None:
        wanted = folded(text.strip())
        for item in self._items():
            item.setHidden(wanted not in folded(item.text()))

    def wanted(self) -> frozenset[int]:
        """The ids of the labels ticked (empty: the filter is off)."""
        return frozenset(
            int(item.data(ID_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def chosen_names(self) -> list[str]:
        return [item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def clear(self) -> None:
        """Untick everything, without telling (the toolbar says once for all filters)."""
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.search.clear()
