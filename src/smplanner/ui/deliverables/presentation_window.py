"""Presentation mode: the strategy, calendar and charts full screen, read-only.

Large type, no editing chrome; arrow keys (and Page Up/Down, Space) move between
pages, Home/End jump, Esc leaves. Each slide is scaled to the screen: the type is as
large as the screen allows and shrinks until the whole slide fits, so no row hides
behind a scroll bar (1366×768 as 1920×1080). Charts are sized for the page of the PDF;
here they are widened (or narrowed) to the screen, kept whole in its height. With a
second screen, the presenter's notes (what the method still flags in the section,
the next slide) show there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from smplanner.reports.media_thumbnails import THUMBNAIL_PREFIX
from smplanner.reports.presentation_pages import LOGO, ScreenPage, split_page

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
# Share of the visible height a chart may take, leaving its caption and title in view.
CHART_HEIGHT_SHARE = 0.72
MIN_PIXELS = 11  # the smallest type a slide may shrink to
THUMBNAIL_LINES = 3.2  # a post's picture in a calendar day: about three lines of type high


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(
        self, pages: list[ScreenPage], parent: QWidget | None = None, currency: str = "EUR"
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.currency = currency
        self.notes: PresenterNotes | None = None
        self._last_part = False
        self.setWindowTitle(self.tr("Presentation"))
        self.pages = pages
        # Each slide's number among the pages first given: a page cut in parts to fit
        # keeps its number ("Calendrier éditorial (2/2) — 10 / 13"), so the total the
        # client reads never changes halfway through.
        self._numbers = list(range(1, len(pages) + 1))
        self._total = len(pages)
        self.index = 0
        self.setStyleSheet("background: #ffffff; color: #1f2a37;")
        self.view = QTextBrowser()
        self.view.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.view.setOpenLinks(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A slide is never scrolled: its type shrinks until it fits (fit_to_screen).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.position_label.setStyleSheet("color: #5b6573; padding: 8px 24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.position_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_page(0)

    def show_page(self, index: int, last_part: bool = False) -> None:
        """Show page ``index`` (clamped to the first and last page); a page cut in
        parts to fit shows its first part, or its last when coming back to it."""
        self._last_part = last_part
        self.index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[self.index]
        document = self.view.document()
        for name, image in page.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.view.setHtml(page.html)
        self.fit_to_screen()
        if self.notes is not None:
            self.notes.show_for(self.index)
        self.position_label.setText(
            self.tr("{title} — {page} / {total}").format(
                title=page.title, page=self._numbers[self.index], total=self._total
            )
        )

    def fit_images(self) -> None:
        """Size every chart of the page to the visible width, whole in the height; the
        posts' pictures follow the type (a few lines high), the logo keeps its size."""
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
            if image is None or image.isNull() or image_format.name() == LOGO:
                continue  # the logo keeps its size on the title slide
            ratio = image.height() / image.width()
            if image_format.name().startswith(THUMBNAIL_PREFIX):
                tall = THUMBNAIL_LINES * document.defaultFont().pixelSize()
                width = min(room_width, tall / ratio, tall)
            else:
                width = min(room_width, room_height / ratio)
            image_format.setWidth(width)
            image_format.setHeight(width * ratio)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)

    def fit_to_screen(self) -> None:
        """The largest type (up to 1/28 of the screen's height) at which the whole
        slide fits, charts included; never below MIN_PIXELS."""
        viewport = self.view.viewport().size()
        if viewport.height() <= 0 or viewport.width() <= 0:
            return
        document = self.view.document()
        document.setTextWidth(viewport.width())
        pixels = max(MIN_PIXELS, viewport.height() // 28)
        while True:
            font = QFont(self.view.font())
            font.setPixelSize(pixels)
            document.setDefaultFont(font)
            self.view.setFont(font)
            self.fit_images()
            if document.size().height() <= viewport.height():
                break
            if pixels <= MIN_PIXELS:
                self._split_current()  # still too long at the smallest type
                break
            pixels = max(MIN_PIXELS, int(pixels * 0.9))

    def _split_current(self) -> None:
        parts = split_page(self.pages[self.index])
        if len(parts) < 2:
            return  # one block taller than the screen: nothing to cut it at
        self.pages[self.index : self.index + 1] = parts
        self._numbers[self.index : self.index + 1] = [self._numbers[self.index]] * len(parts)
        self.show_page(self.index + (len(parts) - 1 if self._last_part else 0))

    def fits(self) -> bool:
        """Whether the slide shown is whole on the screen (no row below the edge)."""
        return self.view.document().size().height() <= self.view.viewport().height()

    def show_notes_on_another_screen(self, preferred: QScreen | None = None) -> bool:
        """Open the presenter's notes on a screen the slides are not on, ``preferred``
        (the main window's) when it is one of them; no other screen: False."""
        from PySide6.QtGui import QGuiApplication

        mine = self.screen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        if not others:
            return False
        screen = preferred if preferred in others else others[0]
        self.notes = PresenterNotes(self)
        self.notes.setGeometry(screen.availableGeometry())
        self.notes.show_for(self.index)
        self.notes.showMaximized()
        handle = self.notes.windowHandle()
        if handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_to_screen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.show_page(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_page(self.index - 1, last_part=True)
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(len(self.pages) - 1, last_part=True)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.notes is not None:
            self.notes.close()
        self.closed.emit()
        super().closeEvent(event)


class PresenterNotes(QWidget):
    """The presenter's screen: this slide's notes (what the method still flags, in
    words for the CM, not the client), the next slide, and where we are."""

    def __init__(self, slides: PresentationWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.slides = slides
        self.setWindowTitle(self.tr("Presenter notes"))
        self.text = QTextBrowser()
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_for(self, index: int) -> None:
        from html import escape

        from smplanner.texts.finding_texts import finding_text

        pages = self.slides.pages
        page = pages[index]
        parts = [f"<h2>{escape(page.title)} — {index + 1} / {len(pages)}</h2>"]
        if page.notes:
            items = "".join(
                f"<li>{escape(finding_text(n, self.slides.currency))}</li>" for n in page.notes
            )
            heading = self.tr("Still to settle")
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>{items}</ul>")
        else:
            settled = self.tr("Nothing left to settle in this section.")
            parts.append(f"<p>{escape(settled)}</p>")
        if index + 1 < len(pages):
            upcoming = self.tr("Next: %1").replace("%1", pages[index + 1].title)
            parts.append(f"<p style='color:#5b6573'>{escape(upcoming)}</p>")
        self.text.setHtml("".join(parts))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.slides.keyPressEvent(event)  # the presenter's keyboard drives the slides
