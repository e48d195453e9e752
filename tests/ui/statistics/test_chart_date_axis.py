"""The charts' dates: French month names, and labels that never overlap at any zoom."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from smplanner.ui.statistics.date_axis import DateAxis, _noon


@pytest.mark.parametrize("days", [3, 10, 45, 120, 400, 1500])
@pytest.mark.parametrize("pixels", [300, 700, 1200])
def test_ticks_leave_room_for_their_labels_at_every_zoom(qapp, french_ui, days, pixels):
    axis = DateAxis()
    first = _noon(date(2026, 8, 20))
    last = first + days * 86_400
    [(_spacing, values)] = axis.tickValues(first, last, pixels)
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    labels = axis.tickStrings(values, 1.0, _spacing)
    assert values and all(label.strip() for label in labels)
    metrics = QFontMetrics(axis.style.get("tickFont") or QApplication.font())
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    # The narrowest gap between two ticks, in pixels, holds the widest label.
    gaps = [b - a for a, b in pairwise(values)]
    if gaps:
        assert min(gaps) / (last - first) * pixels > widest + 4, (labels, pixels)


def test_month_names_are_french(qapp, french_ui):
    axis = DateAxis()
    first, last = _noon(date(2026, 9, 1)), _noon(date(2027, 2, 1))
    [(spacing, values)] = axis.tickValues(first, last, 900)
    text = " ".join(axis.tickStrings(values, 1.0, spacing))
    assert "oct." in text and "déc." in text
    assert "Oct" not in text and "Dec" not in text and "Sep" not in text


def test_day_ticks_read_day_and_month(qapp, french_ui):
    axis = DateAxis()
    first, last = _noon(date(2026, 11, 25)), _noon(date(2026, 12, 5))
    [(spacing, values)] = axis.tickValues(first, last, 1000)
    labels = axis.tickStrings(values, 1.0, spacing)
    assert labels[0].startswith("25 nov.") and any(label.startswith("1 déc.") for label in labels)
