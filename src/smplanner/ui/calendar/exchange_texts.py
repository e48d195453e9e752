"""Words for the calendar's export notes and import problems, in the interface's language.

The domain gives a code (or an English template) and its figures; this phrases it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.networks import network
from smplanner.domain.scheduler_layouts import ExportNote

NOTE_TEXTS = {
    "no_date": QT_TRANSLATE_NOOP("ExchangeTexts", "it has no date (an idea)"),
    "published": QT_TRANSLATE_NOOP("ExchangeTexts", "it is already published"),
    "past": QT_TRANSLATE_NOOP("ExchangeTexts", "its time {when} has passed"),
    "too_soon": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "{tool} needs it at least {minutes} minutes after the upload"
    ),
    "network_unsupported": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "{tool} cannot publish on {network} from a CSV file"
    ),
    "needs_board": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "{tool} needs a Pinterest board name, which the plan does not hold"
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{network} allows {limit} characters and this text has {length}: shorten it",
    ),
    "empty": QT_TRANSLATE_NOOP("ExchangeTexts", "it has no text and no image address"),
    "too_close": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{tool} needs {minutes} minutes between posts; the previous one is at {when}",
    ),
    "over_limit": QT_TRANSLATE_NOOP("ExchangeTexts", "{tool} takes at most {limit} posts per file"),
    "local_media": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "its media are files on this computer: attach them in {tool}"
    ),
    "first_comment": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "{tool} does not take the first comment from the file: add it there"
    ),
    "formula_guard": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "its text starts with '{start}', which spreadsheets run as a formula, so the file "
        "has an apostrophe before it: remove the apostrophe in {tool} before publishing",
    ),
}


def note_reason(note: ExportNote) -> str:
    """Why a post was left out (or what is left to do), translated."""
    template = QCoreApplication.translate("ExchangeTexts", NOTE_TEXTS[note.code])
    return template.format(**note.params)


def note_line(note: ExportNote) -> str:
    """'Instagram, 14/10/2026 18:00: <reason>'."""
    when = note.when.strftime("%d/%m/%Y %H:%M") if note.when else "—"
    return f"{network(note.network).name}, {when}: {note_reason(note)}"
