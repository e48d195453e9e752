"""Calendar > Settings > Unused media…: say how many files kept in the plan no post
uses and what they weigh, and remove them on the user's word (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner.services import media_cleanup
from smplanner.texts.backup_texts import size_text
from smplanner.ui.document import PlanDocument

NAMES_SHOWN = 8


class UnusedMedia(QObject):
    def __init__(self, document: PlanDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.window_parent = parent
        self.question: QMessageBox | None = None

    def ask(self) -> None:
        found = media_cleanup.unused_media(self.document.plan)
        box = QMessageBox(self.window_parent)
        box.setWindowTitle(self.tr("Unused media"))
        if not found.count:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("Every file kept in the plan is used by a post."))
            box.addButton(QMessageBox.StandardButton.Ok)
        else:
            box.setIcon(QMessageBox.Icon.Question)
            size = size_text(found.stored_bytes)  # "4,5 ko", as the Restore dialog says
            box.setText(
                self.tr(
                    "No post uses %Ln of the files kept in the plan (%1).", "", found.count
                ).replace("%1", size)
            )
            names = [row.name for row in found.media[:NAMES_SHOWN]]
            if found.count > NAMES_SHOWN:
                names.append("…")
            box.setInformativeText(
                ", ".join(names)
                + "\n\n"
                + self.tr(
                    "They come from media removed from their post, posts deleted or a "
                    "composer cancelled. Remove them from the plan? Edit > Undo puts "
                    "them back."
                )
            )
            remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda button: self._answered(button is remove))
        box.finished.connect(self._closed)
        self.question = box
        box.open()

    def _answered(self, remove: bool) -> None:
        if not remove:
            return
        plan = self.document.plan
        self.document.apply(
            lambda edit: self.tr("Remove %Ln unused media", "", edit.value.count),
            lambda: media_cleanup.remove_unused(plan),
        )

    def _closed(self) -> None:
        if self.question is not None:
            self.question.deleteLater()
            self.question = None
