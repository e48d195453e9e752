"""The day line of a month cell (its number, key dates and campaigns) and the week
number of its Mondays; the cards are drawn by grid_painting."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette

from smplanner.ui.calendar.grid_painting import (
    CAMPAIGN,
    DAY_NUMBER,
    DAY_NUMBER_OTHER,
    HOLIDAY_TEXT,
    KEY_DATE_TEXT,
    TODAY_ACCENT,
    themed,
)


def paint_week_number(painter: QPainter, rect: QRect, text: str, palette: QPalette) -> None:
    """The ISO week number, small and grey, in the bottom-right corner of a Monday."""
    painter.save()
    painter.setPen(themed(DAY_NUMBER_OTHER, palette))
    corner = rect.adjusted(0, 0, -4, -2)
    painter.drawText(corner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)
    painter.restore()


def key_date_colour(holiday: bool) -> QColor:
    return HOLIDAY_TEXT if holiday else KEY_DATE_TEXT


def paint_day_number(
    painter: QPainter,
    rect: QRect,
    label: str,
    *,
    today: bool,
    in_month: bool,
    campaigns: str,
    metrics: QFontMetrics,
    palette: QPalette | None = None,
    key_dates: str = "",
    holiday: bool = False,
) -> None:
    """The day line of a month cell: number (circled for today), the day's key dates
    (holidays, sales, awareness days) in their colour, then campaign names."""
    width = metrics.horizontalAdvance(label) + 10
    badge = QRect(rect.left() + 3, rect.top() + 2, max(width, rect.height() - 4), rect.height() - 4)
    if today:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TODAY_ACCENT)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor("#FFFFFF"))
    else:
        colour = DAY_NUMBER if in_month else DAY_NUMBER_OTHER
        painter.setPen(themed(colour, palette) if palette is not None else colour)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
    left = badge.right() + 4
    if key_dates:
        room = rect.right() - left - 2
        if campaigns:
            room = min(room // 2, metrics.horizontalAdvance(key_dates) + 6)
        if room > 12:
            colour = key_date_colour(holiday)
            painter.setPen(themed(colour, palette) if palette is not None else colour)
            text = QRect(left, badge.top(), room, badge.height())
            painter.drawText(
                text,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(key_dates, Qt.TextElideMode.ElideRight, room),
            )
            left = text.right() + 4
    if campaigns:
        band = QRect(left, badge.top(), rect.right() - left - 2, badge.height())
        if band.width() > 12:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CAMPAIGN.lighter(175))
            painter.drawRoundedRect(band, 3, 3)
            painter.setPen(CAMPAIGN.darker(130))
            painter.drawText(
                band.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(campaigns, Qt.TextElideMode.ElideRight, band.width() - 6),
            )
