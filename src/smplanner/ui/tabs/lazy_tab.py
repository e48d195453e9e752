"""A tab page that builds its real content the first time it is shown.

Calendar and statistics pull in heavy modules (pyqtgraph, numpy, importers); the
first frame only needs the tab the user is looking at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smplanner.services.changes import Changes

Content = TypeVar("Content", bound=QWidget)


class LazyTab(QWidget, Generic[Content]):
    """``LazyTab[CalendarTab]``: what ``ensure_built`` answers is the tab it made."""

    def __init__(self, factory: Callable[[], Content], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: Content | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def content(self) -> Content | None:
        return self._content

    def ensure_built(self) -> Content:
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
            from smplanner.ui.accessible_names import give_names_soon

            give_names_soon(self._content)  # fields and tables a screen reader can name
        return self._content

    def on_changes(self, changes: Changes) -> None:
        # A tab never built shows nothing stale: it reads fresh data when built.
        if self._content is not None and hasattr(self._content, "on_changes"):
            self._content.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
