"""File > Restore a previous version: the copies smplanner kept of the open plan.

Each row says when the copy was made (local time, the interface's format), what was
about to happen (opened, before an import, before a template...), its size and the
client's name it held. Enter or a double-click restores the row, like a file list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smplanner.storage.plan_backups import Backup
from smplanner.texts.backup_texts import made_when, reason_text, size_text


class RestoreDialog(QDialog):
    """Pick a kept copy; ``chosen()`` after exec() returns it (None when cancelled)."""

    def __init__(self, backups: list[Backup], plan_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self._backups = backups
        self.setWindowTitle(self.tr("Restore a previous version"))
        intro = QLabel(
            self.tr(
                "smplanner keeps a copy of %1 when it is opened, before an import, before a "
                "template is applied and before a restore. Choose the version to go back to: "
                "the plan as it is now is kept as a copy first, so this can be undone the "
                "same way."
            ).replace("%1", plan_name)
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Copy made"), self.tr("Size"), self.tr("Client")]
        )
        self.list.setAccessibleName(self.tr("Kept versions of the plan"))
        for backup in backups:
            item = QTreeWidgetItem(
                [
                    made_when(backup),
                    reason_text(backup),
                    size_text(backup.size_bytes),
                    backup.client_name,
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            self.tr(
                "No copy of this plan was kept yet: smplanner makes the first one a few "
                "seconds after a plan is opened."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.list.setVisible(bool(backups))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemActivated.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(760, 380)
        if backups:
            # The newest copy, selected: Enter restores it, arrows choose another.
            newest = self.list.topLevelItem(0)
            if newest is not None:
                self.list.setCurrentItem(newest)
            self.list.setFocus()

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._backups[self.list.indexOfTopLevelItem(item)]
