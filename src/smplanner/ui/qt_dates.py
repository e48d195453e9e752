"""Python dates to Qt's QDate and back, one way each.

PySide6's stubs type ``QDate.toPython()`` as ``object``; these say ``date``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    """The QDate of a Python date."""
    return QDate(day.year, day.month, day.day)


def py_date(value: QDate) -> date:
    """The Python date of a valid QDate (a date field's, say)."""
    return date(value.year(), value.month(), value.day())
