"""Presentation mode: the strategy, calendar and charts full screen, read-only.

Large type, no editing chrome; arrow keys (and Page Up/Down, Space) move between
pages, Home/End jump, Esc leaves. Charts are sized for the page of the PDF; here they
are widened (or narrowed) to the screen, kept whole in its height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from smplanner.reports.presentation_pages import ScreenPage

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
# Share of the visible height a chart may take, leaving its caption and title in view.
CHART_HEIGHT_SHARE = 0.72


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(self, pages: list[ScreenPage], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presentation"))
        self.pages = pages
        self.index = 0
        self.setStyleSheet("background: #ffffff; color: #1f2a37;")
        self.view = QTextBrowser()
        self.view.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.view.setOpenLinks(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.view.font())
        font.setPointSizeF(max(18.0, font.pointSizeF() * 1.9))
        self.view.setFont(font)
        self.view.document().setDefaultFont(font)
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.position_label.setStyleSheet("color: #5b6573; padding: 8px 24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.position_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_page(0)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (clamped to the first and last page)."""
        self.index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[self.index]
        document = self.view.document()
        for name, image in page.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.view.setHtml(page.html)
        self.fit_images()
        self.position_label.setText(
            self.tr("{title} — {page} / {total}").format(
                title=page.title, page=self.index + 1, total=len(self.pages)
            )
        )

    def fit_images(self) -> None:
        """Size every image of the page to the visible width, whole in the height."""
        document = self.view.document()
        viewport = self.view.viewport().size()
        room_width = viewport.width() - 2 * document.documentMargin() - 8
        room_height = viewport.height() * CHART_HEIGHT_SHARE
        if room_width <= 0 or room_height <= 0:
            return
        found = []  # gathered first: changing a format while iterating splits fragments
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if image_format.isValid():
                    found.append((fragment.position(), fragment.length(), image_format))
                iterator += 1
            block = block.next()
        cursor = QTextCursor(document)
        for position, length, image_format in found:
            image = self.pages[self.index].images.get(image_format.name())
            if image is None or image.isNull():
                continue
            ratio = image.height() / image.width()
            width = min(room_width, room_height / ratio)
            image_format.setWidth(width)
            image_format.setHeight(width * ratio)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.show_page(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_page(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(len(self.pages) - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.closed.emit()
        super().closeEvent(event)
