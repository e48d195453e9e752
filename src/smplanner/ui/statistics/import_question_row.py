"""A question the import preview asks about the selected file before it can be
imported: a sentence and a choice starting at "Choose…", hidden when the file raises
no such question (the network of a daily series, the repeated autumn hour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from smplanner.services.statistics_import import FilePreview


class ImportQuestionRow(QWidget):
    """``changed(FilePreview)`` once the user answered for the file. A subclass says
    the question (``question``), the answer kept (``answer``) and stores one
    (``answered``); its options are given with their texts, translated there."""

    changed = Signal(object)

    def __init__(
        self, choose_text: str, options: list[tuple[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item: FilePreview | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.addItem(choose_text, None)
        for text, value in options:
            self.choice.addItem(text, value)
        self.choice.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choice)
        self.show_file(None)

    def question(self, item: FilePreview) -> str | None:
        """The sentence to ask about ``item``, None if it raises no question."""
        raise NotImplementedError

    def answer(self, item: FilePreview) -> Any:
        """The answer ``item`` holds already (None: not said)."""
        raise NotImplementedError

    def answered(self, item: FilePreview, value: Any) -> None:
        """Keep ``value`` (None: "Choose…" again, asked again before importing)."""
        raise NotImplementedError

    def show_file(self, item: FilePreview | None) -> None:
        """Ask about this file; hidden if it raises no question."""
        self.item = item
        text = self.question(item) if item is not None else None
        self.setVisible(text is not None)
        if item is None or text is None:
            return
        self.label.setText(text)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.answer(item))))
        self.choice.blockSignals(False)

    def _chosen(self) -> None:
        if self.item is not None:
            self.answered(self.item, self.choice.currentData())
            self.changed.emit(self.item)
