"""While export files are dragged over the Statistics tab, a frame over it says they
will be imported ("Drop the exports to import them"), so that a drop is not a leap
in the dark; it goes away when the drag leaves or the files are dropped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QLabel, QWidget

from smplanner.ui.statistics.export_drops import dropped_export_paths


class DropHighlight(QLabel):
    """A translucent frame over ``target`` shown during a drag of export files."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            paths = dropped_export_paths(event.mimeData())
            if paths:
                self.setText(
                    self.tr(
                        "Drop the %Ln file(s) to import them into the statistics", "", len(paths)
                    )
                )
                self._style()
                self.setGeometry(self._target.rect().adjusted(8, 8, -8, -8))
                self.show()
                self.raise_()
        elif kind in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self.hide()
        elif kind == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._target.rect().adjusted(8, 8, -8, -8))
        return False

    def _style(self) -> None:
        # Dark blue words on a light theme, light ones on a dark theme.
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        alpha, ink = (90, "#d6eaf8") if dark else (40, "#1b4f72")
        self.setStyleSheet(
            f"QLabel {{ background: rgba(40, 116, 166, {alpha}); color: {ink};"
            " border: 3px dashed #2874a6; border-radius: 8px; font-size: 15pt; }"
        )
