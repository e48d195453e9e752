"""Cells of the CSV files smplanner writes, made inert for spreadsheets (CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(``=HYPERLINK(…)``, ``-2+3+cmd|' /C calc'!A0``), and a leading tab or carriage return
hides such a start from a naive check. As OWASP's "CSV Injection" page advises, every
such cell gets a leading apostrophe, which the spreadsheet shows as text and does not
store. A plain number (``-3``, ``+1,5``) is not a formula and is left alone, so figures
stay figures. Our own imports take the apostrophe off again (``unguard_cell``).
Pure: no files, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def is_formula_like(value: str) -> bool:
    """True if a spreadsheet would read this cell as a formula (or hide one after a tab)."""
    return value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value)


def guard_cell(value: object) -> str:
    """The cell as text, with an apostrophe in front if it would run as a formula."""
    text = "" if value is None else str(value)
    return GUARD + text if is_formula_like(text) else text


def guard_row(values: Iterable[object]) -> list[str]:
    """Every cell of a row guarded (None becomes an empty cell)."""
    return [guard_cell(value) for value in values]


def unguard_cell(value: str) -> str:
    """Take off the apostrophe ``guard_cell`` put before a formula-like text."""
    if value.startswith(GUARD) and is_formula_like(value[1:]):
        return value[1:]
    return value
