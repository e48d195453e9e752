"""How a calendar grid looks: cell backgrounds, day numbers, post cards, "+N more".

Cards are tinted with their network's colour, with a solid stripe and a short
network tag on the left (Facebook and LinkedIn are both blue, YouTube and
Pinterest both red: the tag tells them apart at a glance), the time in bold, then
the title; a yellow "!" when one of the method's rules is broken.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygon

from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.ui.calendar.card_label_chips import paint_card_chips
from smplanner.ui.calendar.post_status_texts import status_colour

CELL_BACKGROUND = QColor("#FFFFFF")
OTHER_MONTH = QColor("#F1F2F4")
WEEKEND = QColor("#FAFAFB")
TODAY_BACKGROUND = QColor("#FFF8E1")
TODAY_ACCENT = QColor("#E8590C")
SLOT_SHADE = QColor("#B9E4B0")  # the best slots; weaker ones fade towards white
DROP_TARGET = QColor("#D0E4FF")
GRID_LINE = QColor("#D5D8DC")
DAY_NUMBER = QColor("#343A40")
DAY_NUMBER_OTHER = QColor("#9AA0A6")
CAMPAIGN = QColor("#7048E8")
WARNING_SIGN = QColor("#FFD43B")
WARNING_FLAG = QColor("#F08C00")
WIDE_CARD = 170  # narrower cards show a corner flag instead of the "!" sign
SELECTED_OUTLINE = QColor("#FF8C00")
MORE_TEXT = QColor("#1C4E9E")

# Brand abbreviations, the same in every language.
NETWORK_TAGS = {
    "facebook": "FB",
    "instagram": "IG",
    "linkedin": "in",
    "x": "X",
    "tiktok": "TT",
    "youtube": "YT",
    "pinterest": "Pin",
    "snapchat": "SC",
    "threads": "Th",
}


@cache
def network_colours(network_id: str) -> tuple[QColor, QColor, QColor]:
    """(stripe, card fill, card text) for a network: a light tint keeps text readable."""
    try:
        base = QColor(network(network_id).color)
    except KeyError:
        base = QColor("#868E96")
    fill = QColor(
        int(base.red() * 0.22 + 255 * 0.78),
        int(base.green() * 0.22 + 255 * 0.78),
        int(base.blue() * 0.22 + 255 * 0.78),
    )
    # Very light brand colours (Snapchat yellow, TikTok cyan) make a pale stripe: darken it.
    stripe = base.darker(135) if base.lightness() > 170 else base
    return stripe, fill, QColor("#1F2328")


SLOT_SHADE_DARK = QColor("#2F5234")  # the best slots under a dark theme
CELL_BACKGROUND_DARK = QColor("#1E1F22")


@cache
def _slot_shade(step: int, dark: bool) -> QColor:
    # squared: the peaks stand out, middling hours stay close to the plain cell
    weight = (step / 10) ** 2
    peak, plain = (SLOT_SHADE_DARK, CELL_BACKGROUND_DARK) if dark else (SLOT_SHADE, CELL_BACKGROUND)
    return QColor(
        int(plain.red() + (peak.red() - plain.red()) * weight),
        int(plain.green() + (peak.green() - plain.green()) * weight),
        int(plain.blue() + (peak.blue() - plain.blue()) * weight),
    )


# Public holidays in a dark red (a day off), the other key dates in a dark teal.
HOLIDAY_TEXT = QColor("#B71C1C")
KEY_DATE_TEXT = QColor("#00695C")


# Under a dark theme (a dark Base colour in the palette) the light fills above would
# leave white cells and dark text on dark: each is swapped for its dark counterpart.
_DARK = {
    CELL_BACKGROUND.rgb(): CELL_BACKGROUND_DARK,
    OTHER_MONTH.rgb(): QColor("#141517"),
    WEEKEND.rgb(): QColor("#25272B"),
    TODAY_BACKGROUND.rgb(): QColor("#3A3322"),
    DROP_TARGET.rgb(): QColor("#1F3A5F"),
    GRID_LINE.rgb(): QColor("#3C3F44"),
    DAY_NUMBER.rgb(): QColor("#E3E5E8"),
    DAY_NUMBER_OTHER.rgb(): QColor("#7D838A"),
    MORE_TEXT.rgb(): QColor("#8AB4F8"),
    CAMPAIGN.rgb(): QColor("#B197FC"),
    HOLIDAY_TEXT.rgb(): QColor("#FF8A80"),
    KEY_DATE_TEXT.rgb(): QColor("#64FFDA"),
}


def is_dark(palette: QPalette) -> bool:
    """True when the theme draws light text on dark backgrounds."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def themed(color: QColor, palette: QPalette) -> QColor:
    """``color`` as this palette needs it (its dark counterpart under a dark theme)."""
    if not is_dark(palette):
        return color
    return _DARK.get(color.rgb(), color)


def slot_shade(score: float, dark: bool = False) -> QColor:
    """Background of an hour recommended with ``score`` (0..1) for the shown networks."""
    return _slot_shade(max(0, min(10, round(score * 10))), dark)


def card_label(post: PostRef, with_time: bool = True) -> tuple[str, str]:
    """(time, title) shown on a card."""
    title = post.title or post.text.split("\n", 1)[0] or f"#{post.id}"
    if post.series_id is not None:
        title = SERIES_MARK + title  # one occurrence of a recurring series
    moment = post.scheduled_at
    if not with_time or moment is None:
        return "", title
    return f"{moment.hour:02d}:{moment.minute:02d}", title  # strftime: 3x slower


# Enum members looked up once: a month paint draws hundreds of cards.
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_CENTRE = Qt.AlignmentFlag.AlignCenter
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_ELIDE = Qt.TextElideMode.ElideRight
_WARNING_RING = QColor("#B08900")
_BLACK = QColor("#000000")


class CardFonts:
    """The fonts of a card and a cache of elided titles (eliding is the costly part)."""

    def __init__(self, font: QFont) -> None:
        self.normal = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.normal)
        self.bold_metrics = QFontMetrics(self.bold)
        self._fitted: dict[tuple[str, int], str] = {}
        self._tag_widths: dict[str, int] = {}

    def fit(self, text: str, width: int) -> str:
        key = (text, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) > 20_000:
                self._fitted.clear()
            fitted = self.metrics.elidedText(text, _ELIDE, max(0, width))
            self._fitted[key] = fitted
        return fitted

    def tag_width(self, tag: str) -> int:
        width = self._tag_widths.get(tag)
        if width is None:
            width = self._tag_widths[tag] = self.bold_metrics.horizontalAdvance(tag)
        return width


def paint_card(
    painter: QPainter,
    rect: QRect,
    post: PostRef,
    *,
    warnings: int,
    selected: bool,
    fonts: CardFonts,
    with_time: bool = True,
    chips: tuple[str, ...] = (),
) -> None:
    """One post card in ``rect`` (``chips``: its labels' colours); the painter is left
    with the normal font."""
    stripe, fill, text_colour = network_colours(post.network)
    painter.setPen(_NO_PEN)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.fillRect(rect.left(), rect.top(), 3, rect.height(), stripe)
    if post.status in ("idea", "draft"):
        # Not ready yet: a dashed outline, so drafts stand apart from ready posts.
        painter.setBrush(_NO_BRUSH)
        painter.setPen(QPen(stripe, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
    mark = status_colour(post.status)
    if mark is not None:
        # The status on the right edge (to approve, approved…), the network on the left.
        painter.fillRect(rect.right() - 3, rect.top(), 4, rect.height(), mark)
    if selected:
        painter.setBrush(_NO_BRUSH)
        painter.setPen(QPen(SELECTED_OUTLINE, 2))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    text = rect.adjusted(6, 0, -3 if mark is None else -6, 0)
    if warnings and not signs_warnings(rect):
        pass  # a corner flag, drawn over the finished card (below)
    elif warnings:
        size = min(rect.height() - 4, 14)
        sign = QRect(rect.right() - size - 2, rect.center().y() - size // 2, size, size)
        painter.setPen(_WARNING_RING)
        painter.setBrush(WARNING_SIGN)
        painter.drawEllipse(sign)
        painter.setPen(_BLACK)
        painter.drawText(sign, _CENTRE, "!")
        text.setRight(sign.left() - 2)
    tag = NETWORK_TAGS.get(post.network, post.network[:2])
    painter.setPen(stripe)
    painter.setFont(fonts.bold)
    painter.drawText(text, _LEFT, tag)
    text.setLeft(text.left() + fonts.tag_width(tag) + 4)
    time, title = card_label(post, with_time)
    if post.status == "published":
        title = "✓ " + title
    painter.setFont(fonts.normal)
    painter.setPen(text_colour)
    line = f"{time}  {title}" if time else title
    painter.drawText(text, _LEFT, fonts.fit(line, text.width()))
    paint_card_chips(painter, rect, chips)
    if warnings and not signs_warnings(rect):
        # A narrow card keeps its room for the title: a corner flag instead of the sign,
        # over what the card shows (the cached cards get it the same way: CardCache).
        paint_warning_flag(painter, rect)


def signs_warnings(card: QRect) -> bool:
    """True when a warned card shows the "!" sign (taking room from its title); a
    narrower card shows a corner flag over the card instead, its title unchanged."""
    return card.width() >= WIDE_CARD


def paint_card_thumbnail(painter: QPainter, rect: QRect, picture: QPixmap, *, warned: bool) -> None:
    """The post's first picture as a small square at the card's right end (left of
    the warning sign on a wide card), over the end of the elided title."""
    side = max(8, rect.height() - 4)
    right = rect.right() - 2
    if warned and rect.width() >= WIDE_CARD:
        right -= min(rect.height() - 4, 14) + 4
    target = QRect(right - side + 1, rect.top() + (rect.height() - side) // 2, side, side)
    painter.save()
    painter.setPen(QPen(QColor("#FFFFFF"), 1))
    painter.setBrush(_NO_BRUSH)
    painter.drawPixmap(target, picture)
    painter.drawRect(target.adjusted(0, 0, -1, -1))
    painter.restore()


SERIES_MARK = "↻ "


SEARCH_MARK = QColor("#FF8F00")  # amber: stands out on every network's tint


def paint_search_mark(painter: QPainter, rect: QRect, found: bool, palette: QPalette) -> None:
    """Over a painted card: a thick outline when the search finds it, else a veil
    of the cell's colour that dims it (drawn over the cached pixmap: no new cache key)."""
    painter.save()
    if found:
        painter.setBrush(_NO_BRUSH)
        painter.setPen(QPen(SEARCH_MARK, 3))
        painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 3, 3)
    else:
        veil = QColor(palette.color(QPalette.ColorRole.Base))
        veil.setAlpha(170)
        painter.setPen(_NO_PEN)
        painter.setBrush(veil)
        painter.drawRoundedRect(rect, 3, 3)
    painter.restore()


def paint_warning_flag(painter: QPainter, rect: QRect, ratio: float | None = None) -> None:
    """A small amber triangle in the top-right corner: a rule is broken here (one
    pixmap per size; ``ratio``: the device's pixel ratio, if the caller knows it)."""
    size = min(10, rect.height() // 2)
    if ratio is None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
    painter.drawPixmap(rect.right() + 1 - size, rect.top(), _warning_flag(size, ratio))


@cache
def _warning_flag(size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_NO_PEN)
    painter.setBrush(WARNING_FLAG)
    painter.drawPolygon(QPolygon([QPoint(0, 0), QPoint(size, 0), QPoint(size, size)]))
    painter.end()
    return pixmap


def paint_more(
    painter: QPainter,
    rect: QRect,
    text: str,
    *,
    warned: bool = False,
    dark: bool = False,
    ratio: float | None = None,
) -> None:
    """The "+N more" line of a busy cell (a link-like line: it opens the day)."""
    painter.setPen(_DARK[MORE_TEXT.rgb()] if dark else MORE_TEXT)
    painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
    if warned:  # one of the hidden posts breaks a rule
        paint_warning_flag(painter, rect, ratio)
