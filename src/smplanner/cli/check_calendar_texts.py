"""What `smplanner check` says about the calendar: the method's warnings, worded as
the Calendar tab's panel words them (the same translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from smplanner.services.calendar_check import CalendarWarning
from smplanner.ui.calendar.warning_texts import warning_text


def warning_sentences(found: list[CalendarWarning]) -> list[str]:
    """One sentence per warning, in the language installed (English without one)."""
    return [warning_text(item.warning) for item in found]


def calendar_lines(found: list[CalendarWarning]) -> list[str]:
    """'Calendar: 3 warning(s)' then one line per warning, with its first post's time."""
    title = QCoreApplication.translate("CheckCommand", "Calendar: %1 warning(s)").replace(
        "%1", QLocale().toString(len(found))
    )
    if not found:
        return [title]
    lines = [title]
    for item, sentence in zip(found, warning_sentences(found), strict=True):
        moment = item.first_moment
        # The time as the plan stores it, read the same in every language.
        when = f"[{moment:%Y-%m-%d %H:%M}] " if moment is not None else ""
        lines.append(f"  {when}{sentence}")
    return lines
