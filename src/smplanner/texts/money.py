"""Money and numbers in the UI language's format (1 250,00 € in French, €1,250.00 in English)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CAD": "$", "CHF": "CHF", "JPY": "¥"}


def format_money(amount: float, currency: str) -> str:
    """An amount in the plan's currency, formatted for the interface's locale."""
    return QLocale().toCurrencyString(amount, SYMBOLS.get(currency, currency))


def format_number(value: float, decimals: int = -1) -> str:
    """A number without trailing zeros (3,5 in French), or with fixed ``decimals``."""
    locale = QLocale()
    if decimals >= 0:
        return locale.toString(value, "f", decimals)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(value, "g", 12)


def parse_number(text: str) -> float | None:
    """A number typed in the UI's locale (or with a dot); None when it is not one.

    Currency symbols, percent signs and spaces are ignored, so a formatted value
    typed back in reads the same.
    """
    cleaned = "".join(ch for ch in text if ch not in "€$£¥% \u00a0\u202f")
    for symbol in SYMBOLS.values():
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return float(value)
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return None
