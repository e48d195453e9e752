"""The posts table's columns: their titles, sort keys, tints and how a value is shown
(French dates and rates in a French window). The model (posts_table_model.py) reads
and orders the rows; this says what a cell looks like."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtGui import QColor

from smplanner.texts.date_formats import date_pattern
from smplanner.ui.statistics.metric_names import metric_name, network_name


def shown_day_and_time(iso: str) -> str:
    """'2026-10-15 21:00' (sortable, as the CSV writes it) as the interface writes a
    day: '15/10/2026 21:00' in French, '10/15/2026 21:00' in English."""
    day, _, hour = iso.partition(" ")
    parsed = date.fromisoformat(day)
    shown = QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), date_pattern())
    return f"{shown} {hour}" if hour else shown


HEADERS = [
    QT_TRANSLATE_NOOP("PostsTableModel", "Published"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Network"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Post"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Reach / views"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Interactions"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Engagement rate"),
    QT_TRANSLATE_NOOP("PostsTableModel", "By"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Planned"),
]
# The service's sort key of each column, in HEADERS' order.
SORT_KEYS = [
    "published",
    "network",
    "text",
    "audience",
    "interactions",
    "rate",
    "denominator",
    "planned",
]
BEST_COLOR = QColor("#d5f5e3")
WORST_COLOR = QColor("#fadbd8")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def shown_value(value: Any, column: int) -> str:
    """A cell's value as the table shows it, in the interface's language."""
    if value is None:
        return "—"
    if column == 0 and value:
        return shown_day_and_time(str(value))
    if column == 1:
        return network_name(str(value))
    if column == 5:
        locale = QLocale()
        french = locale.language() == QLocale.Language.French
        return locale.toString(float(value), "f", 2) + ("\u202f%" if french else "%")
    if column == 6:
        return metric_name(str(value))  # the denominator: reach, views…
    if column == 7:
        return "✓" if value else ""
    if isinstance(value, float):
        return QLocale().toString(round(value))
    return str(value)
