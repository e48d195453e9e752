"""The retro-planning dialog's timeline: the steps back from D, with the key dates and
campaigns of those weeks on the lines between them, each placed relative to D.

A key date is written in the calendar's key-date colour (a public holiday in the
holiday colour) with its source in the tooltip, a campaign in the campaign colour,
D itself in bold: the CM sees at a glance that Father's Day falls at D-3.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from smplanner.domain.retro_timeline import CAMPAIGN, KEY_DATE, TimelineEntry
from smplanner.ui.calendar import grid_painting as look

KIND_NAMES = {
    "step": QT_TRANSLATE_NOOP("RetroTimeline", "Post to make"),
    KEY_DATE: QT_TRANSLATE_NOOP("RetroTimeline", "Key date"),
    "public_holiday": QT_TRANSLATE_NOOP("RetroTimeline", "Public holiday"),
    CAMPAIGN: QT_TRANSLATE_NOOP("RetroTimeline", "Campaign"),
}
DATE_COLUMN, D_COLUMN, WHAT_COLUMN, KIND_COLUMN = range(4)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def day_range(entry: TimelineEntry) -> str:
    """ "sam. 21 juin 2026", or "mer. 24 juin 2026 – mar. 21 juil. 2026" for the sales."""
    if not entry.lasts:
        return _day(entry.day)
    return f"{_day(entry.day)} – {_day(entry.last_day)}"


def offset_text(days: int) -> str:
    """D-21, D, D+7 (J-21, J, J+7 in French)."""
    if days == 0:
        return QCoreApplication.translate("RetroTimeline", "D")
    return QCoreApplication.translate("RetroTimeline", "D%1").replace("%1", f"{days:+d}")


def kind_name(entry: TimelineEntry) -> str:
    kind = "public_holiday" if entry.is_public_holiday else entry.kind
    return QCoreApplication.translate("RetroTimeline", str(KIND_NAMES[kind]))


class RetroTimelineView(QTreeWidget):
    """Read-only list of the timeline's lines, in date order."""

    def __init__(self) -> None:
        super().__init__()
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("What"), self.tr("Kind")])
        header = self.header()
        header.setStretchLastSection(False)
        for column in (DATE_COLUMN, D_COLUMN, KIND_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.entries: list[TimelineEntry] = []

    def show_entries(self, event_day: date, entries: list[TimelineEntry]) -> None:
        self.clear()
        self.entries = list(entries)
        palette = self.palette()
        for entry in entries:
            offset = (entry.day - event_day).days
            item = QTreeWidgetItem(
                [day_range(entry), offset_text(offset), entry.label, kind_name(entry)]
            )
            font = item.font(WHAT_COLUMN)
            if entry.kind == KEY_DATE:
                colour = look.HOLIDAY_TEXT if entry.is_public_holiday else look.KEY_DATE_TEXT
                item.setForeground(WHAT_COLUMN, look.themed(colour, palette))
                font.setBold(True)
                if entry.source:
                    item.setToolTip(WHAT_COLUMN, entry.source)
            elif entry.kind == CAMPAIGN:
                item.setForeground(WHAT_COLUMN, look.themed(look.CAMPAIGN, palette))
                font.setItalic(True)
            elif offset == 0:
                font.setBold(True)  # the event day itself
            item.setFont(WHAT_COLUMN, font)
            self.addTopLevelItem(item)
        self._widen_to_contents()

    def _widen_to_contents(self) -> None:
        """Ask for the width every line needs, so that no key date's name is cut to
        "Beaujolais…" (the dialog grows; the screen's width is the limit)."""
        needed = self.frameWidth() * 2 + self.verticalScrollBar().sizeHint().width() + 8
        for column in range(self.columnCount()):
            widest = self.header().sectionSizeHint(column)
            for row in range(self.topLevelItemCount()):
                item = self.topLevelItem(row)
                if item is not None:
                    metrics = QFontMetrics(item.font(column))
                    widest = max(widest, metrics.horizontalAdvance(item.text(column)) + 12)
            needed += widest
        # Beside the dialog's form (about 600 px): within a 1366 px laptop screen.
        screen = self.screen().availableGeometry().width() if self.screen() else needed
        self.setMinimumWidth(min(needed, screen - 680))

    def lines(self) -> list[tuple[str, str, str, str]]:
        """What each line reads, column by column (what a test or a screen reader sees)."""
        found = []
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            assert item is not None
            found.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return found
