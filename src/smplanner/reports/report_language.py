"""The report's language: its own translator and locale, apart from the interface's.

A French-speaking community manager may write an English client's report (and the
reverse), so the report never translates through the translators installed on the
application: it loads reports_<lang>.qm into a private QTranslator and asks it
directly. Strings are marked with ``<obj>.translate("Report", "...")`` literal calls
so that lupdate extracts them into resources/translations/reports_fr.ts.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTranslator

from smplanner.resource_files import resource, resource_file

SUPPORTED = ("fr", "en")


class ReportLanguage:
    """Translate and format for one report language ("fr" or "en")."""

    def __init__(self, code: str) -> None:
        self.code = code if code in SUPPORTED else "en"
        self.locale = QLocale(
            QLocale.Language.French if self.code == "fr" else QLocale.Language.English,
            QLocale.Country.France if self.code == "fr" else QLocale.Country.UnitedKingdom,
        )
        self._translator: QTranslator | None = None
        if self.code != "en":
            translator = QTranslator()
            name = f"reports_{self.code}.qm"
            qm = resource("translations", name)
            if qm.is_file() and translator.load(str(resource_file("translations", name))):
                self._translator = translator

    def translate(self, context: str, text: str) -> str:
        """``text`` in the report's language (English source when untranslated)."""
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    # ------------------------------------------------------------- formatting

    def long_date(self, day: date | datetime | None) -> str:
        """A long date, e.g. "2 novembre 2026" / "2 November 2026"."""
        if day is None:
            return ""
        written = self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        if self.code == "fr" and day.day == 1:
            written = "1er" + written[1:]  # « 1er décembre »: French writes the first so
        return written.replace(" ", "\u00a0")  # a date never wraps (slides, tables)

    def short_date(self, day: date | datetime | None) -> str:
        if day is None:
            return ""
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )

    def month_title(self, year: int, month: int) -> str:
        """ "novembre 2026" / "November 2026"."""
        return self.locale.toString(QDate(year, month, 1), "MMMM yyyy")

    def weekday_short(self, weekday: int) -> str:
        """Monday = 0 → "lun." / "Mon"."""
        return self.locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)

    def time(self, moment: datetime) -> str:
        """ "08:30" / "8 h 30" (no-break spaces: a narrow calendar cell must not split it)."""
        return (
            f"{moment.hour:02d}:{moment.minute:02d}"
            if self.code == "en"
            else (f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}")
        )

    def number(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return ""
        if decimals == 0 and float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", decimals if decimals else 1)

    def percent(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return ""
        text = self.number(value, decimals)
        return f"{text}\u202f%" if self.code == "fr" else f"{text}%"

    def money(self, value: float | None, currency: str) -> str:
        if value is None:
            return ""
        return self.locale.toCurrencyString(float(value), _currency_symbol(currency), 0)


def _currency_symbol(code: str) -> str:
    return {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "CAD": "$ CA"}.get(code, code)
