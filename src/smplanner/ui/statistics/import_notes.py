"""The import preview's notes on the selected file: what the reading assumed or left
out (a daily breakdown summed per post, boosted posts' campaigns kept apart, columns
or sheets left out), so that the user knows it before storing. Not problems: the
rows are stored as read."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from smplanner.services.statistics_import import FilePreview
from smplanner.ui.core_messages import message_text


class ImportNotes(QLabel):
    """ "Notes on FILE:" and one line per note; hidden when the file has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes: list[str] = []
        self.show_file(None)

    def show_file(self, item: FilePreview | None) -> None:
        self.notes = [message_text(note) for note in item.note_messages] if item else []
        if item is None or not self.notes:
            self.clear()
            self.setVisible(False)
            return
        title = self.tr("Notes on %1:").replace("%1", item.path.name)
        lines = "".join(f"<br>ℹ {escape(note)}" for note in self.notes)
        self.setText(f"<b>{escape(title)}</b>{lines}")
        self.setVisible(True)
