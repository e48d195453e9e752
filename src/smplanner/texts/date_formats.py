"""The interface locale's date pattern, shared by the typed-date fields and the texts
that write a date (a finding's deadline reads as the field that holds it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def date_pattern() -> str:
    """The interface locale's short date format, always with a four-digit year
    (dd/MM/yyyy in French, M/d/yyyy in US English)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
