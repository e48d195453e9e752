"""Words for the calendar's export notes and import problems, in the interface's language.

The domain gives a code (or an English template) and its figures; this phrases it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.networks import network
from smplanner.domain.scheduler_notes import ExportNote, left_out_counts
from smplanner.ui.calendar.post_status_texts import status_label

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
    "not_ready": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "it is not ready to publish (status: {status}): mark it ready, or export the "
        "posts not ready too",
    ),
    "video_only": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{tool}'s CSV carries text and one image only, so a {network} post cannot go "
        "through it: schedule it in {tool} itself",
    ),
    "needs_board": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{tool} needs the Pinterest board: write the board's name in the post's account",
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
    "no_media_column": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{tool}'s CSV carries no images or videos: attach its {count} media to the post "
        "in {tool} after the upload",
    ),
    "one_image": QT_TRANSLATE_NOOP(
        "ExchangeTexts",
        "{tool}'s CSV carries one image: the file has the first, add the other {count} in {tool}",
    ),
    "video_media": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "{tool}'s CSV carries no video: attach the video to the post in {tool}"
    ),
    "board_missing": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "choose the Pinterest board in {tool} (the post's account is empty)"
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

# Why posts were left out, said of several at once (the export's summary).
SUMMARY_TEXTS = {
    "no_date": QT_TRANSLATE_NOOP("ExchangeTexts", "ideas without a date"),
    "published": QT_TRANSLATE_NOOP("ExchangeTexts", "already published"),
    "not_ready": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "not ready to publish (ideas, drafts, waiting for the client)"
    ),
    "past": QT_TRANSLATE_NOOP("ExchangeTexts", "their time has passed"),
    "too_soon": QT_TRANSLATE_NOOP("ExchangeTexts", "too close to the upload"),
    "network_unsupported": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "on a network the tool cannot publish from a CSV file"
    ),
    "video_only": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "on TikTok or YouTube, which the tool's CSV cannot carry"
    ),
    "needs_board": QT_TRANSLATE_NOOP("ExchangeTexts", "Pinterest posts without a board"),
    "too_long": QT_TRANSLATE_NOOP("ExchangeTexts", "text too long for the network"),
    "empty": QT_TRANSLATE_NOOP("ExchangeTexts", "no text and no image"),
    "too_close": QT_TRANSLATE_NOOP("ExchangeTexts", "too close to the previous post"),
    "over_limit": QT_TRANSLATE_NOOP("ExchangeTexts", "over the tool's posts per file"),
}


def left_out_summary(notes: list[ExportNote]) -> str:
    """'not ready to publish (…): 3; already published: 1', the most frequent first."""
    each = QCoreApplication.translate("ExchangeTexts", "{reason}: {count}")
    return "; ".join(
        each.format(
            reason=QCoreApplication.translate("ExchangeTexts", str(SUMMARY_TEXTS[code])),
            count=count,
        )
        for code, count in left_out_counts(notes)
    )


def note_reason(note: ExportNote) -> str:
    """Why a post was left out (or what is left to do), translated."""
    template = QCoreApplication.translate("ExchangeTexts", str(NOTE_TEXTS[note.code]))
    params = dict(note.params)
    if "status" in params:  # the status as the window names it, not its stored id
        params["status"] = status_label(str(params["status"])).lower()
    return template.format(**params)


def note_line(note: ExportNote) -> str:
    """'Instagram, 14/10/2026 18:00: <reason>'."""
    when = note.when.strftime("%d/%m/%Y %H:%M") if note.when else "—"
    line = QCoreApplication.translate("ExchangeTexts", "{network}, {when}: {reason}")
    return line.format(network=network(note.network).name, when=when, reason=note_reason(note))
