"""Painted calendar cards kept as pixmaps, so that a repaint copies instead of laying
out text again (grid_painting draws each card the first time)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap

from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar import grid_painting as look


class CardCache:
    """Painted cards kept as pixmaps, keyed by everything a card shows.

    A repaint with nothing changed (a scroll, a tooltip, the warnings arriving for
    other days) then copies pixmaps instead of laying out text again; a changed post
    is a new key (PostRef is frozen), so nothing has to be invalidated by hand. A
    narrow card's warning flag sits over the card, its title unchanged: its flagged
    pixmap is the plain one with the flag drawn on, so the warnings arriving after a
    month's first frame cost no card laid out again (only a wide card's "!" sign
    changes how its title is laid out).
    """

    LIMIT = 4000  # cards; a month of a large plan shows ~250

    def __init__(self) -> None:
        self._cards: dict[tuple[object, ...], QPixmap] = {}

    def clear(self) -> None:
        self._cards.clear()

    def paint(
        self,
        painter: QPainter,
        rect: QRect,
        post: PostRef,
        *,
        warnings: int,
        selected: bool,
        fonts: look.CardFonts,
        ratio: float,
        with_time: bool = True,
        chips: tuple[str, ...] = (),
    ) -> None:
        width, height = rect.width(), rect.height()
        # The warnings as the card shows them: 0 none, 1 a corner flag, 2 the "!" sign.
        shown = 0 if not warnings else 2 if look.signs_warnings(rect) else 1
        key = (post, width, height, shown, selected, with_time, ratio, chips)
        pixmap = self._cards.get(key)
        if pixmap is None:
            if len(self._cards) >= self.LIMIT:
                self._cards.clear()
            if shown == 1:
                plain_key = (post, width, height, 0, selected, with_time, ratio, chips)
                plain = self._cards.get(plain_key)
                if plain is None:
                    plain = self._cards[plain_key] = _card_pixmap(
                        rect, post, False, selected, fonts, ratio, with_time, chips
                    )
                pixmap = QPixmap(plain)
                card = QPainter(pixmap)  # a copy of its own from here (implicit sharing)
                card.setRenderHint(QPainter.RenderHint.Antialiasing)
                look.paint_warning_flag(card, QRect(0, 0, width, height), ratio)
                card.end()
            else:
                pixmap = _card_pixmap(
                    rect, post, shown == 2, selected, fonts, ratio, with_time, chips
                )
            self._cards[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)


def _card_pixmap(
    rect: QRect,
    post: PostRef,
    sign: bool,
    selected: bool,
    fonts: look.CardFonts,
    ratio: float,
    with_time: bool,
    chips: tuple[str, ...],
) -> QPixmap:
    """A card as CardCache keeps it, with its "!" sign if ``sign``, never a flag."""
    pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    card = QPainter(pixmap)
    card.setRenderHint(QPainter.RenderHint.Antialiasing)
    card.setFont(fonts.normal)
    look.paint_card(
        card,
        QRect(0, 0, rect.width(), rect.height()),
        post,
        warnings=1 if sign else 0,
        selected=selected,
        fonts=fonts,
        with_time=with_time,
        chips=chips,
    )
    card.end()
    return pixmap
