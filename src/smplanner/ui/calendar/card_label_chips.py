"""A post's labels as small chips: coloured bars along the bottom of a calendar card
(as Trello shows them folded: the card keeps its one line of text), and a strip of
coloured pills for the agenda's Labels column. The names are in the tooltips and the
agenda's text; the colours only tell them apart at a glance."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from smplanner.domain.post_refs import PostRef

CHIP_WIDTH = 14  # a bar per label on a card, this wide…
CHIP_HEIGHT = 3  # …and this high, under the text
CHIP_GAP = 2
MOST_ON_A_CARD = 5  # beyond, the card has no room: the tooltip lists them all


def chip_colours(post: PostRef, colours: Mapping[int, str]) -> tuple[str, ...]:
    """The colours of the post's labels (by label id, as the post keeps them); part
    of a painted card's cache key, so a recoloured label repaints its cards."""
    if not post.labels:
        return ()
    return tuple(colours[i] for i in post.labels if i in colours)


@cache
def _colour(hex_: str) -> QColor:
    return QColor(hex_)


def paint_card_chips(painter: QPainter, rect: QRect, colours: tuple[str, ...]) -> None:
    """Bars in the labels' colours at the bottom of a card, after its network stripe."""
    if not colours:
        return
    room = rect.width() - 8
    fits = max(1, min(MOST_ON_A_CARD, (room + CHIP_GAP) // (CHIP_WIDTH + CHIP_GAP)))
    left = rect.left() + 6
    top = rect.bottom() - CHIP_HEIGHT
    for colour in colours[:fits]:
        painter.fillRect(left, top, CHIP_WIDTH, CHIP_HEIGHT, _colour(colour))
        left += CHIP_WIDTH + CHIP_GAP


@cache
def chips_pixmap(colours: tuple[str, ...], height: int) -> QPixmap:
    """Round pills side by side, one per label, for a list row ``height`` high."""
    side = max(6, height - 6)
    pixmap = QPixmap(max(1, len(colours) * (side + 3)), side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for position, colour in enumerate(colours):
        painter.setBrush(_colour(colour))
        painter.drawEllipse(position * (side + 3), 0, side, side)
    painter.end()
    return pixmap
