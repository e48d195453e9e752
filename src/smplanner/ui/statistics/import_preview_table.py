"""The import preview's table: one row per file, what it was recognised as (in the
interface's words), its rows, and its problems and the points to check.

The words are in the "ImportDialog" translation context, as when they were in the
dialog's own module (`smplanner import` looks the tables' names up there too).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from smplanner.services.statistics_import import FilePreview
from smplanner.ui.core_messages import message_text

COLUMN_CAPS = (220, 300, 60)  # px: file, recognised as, rows


# The tables' names in the importers' labels that are words, not the networks' own
# file names (TikTok's Overview, YouTube's Table data stay as the files say).
TABLE_NAMES = (
    QT_TRANSLATE_NOOP("ImportDialog", "Facebook posts"),
    QT_TRANSLATE_NOOP("ImportDialog", "Instagram posts"),
    QT_TRANSLATE_NOOP("ImportDialog", "daily account series"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy post export"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy page export"),
    QT_TRANSLATE_NOOP("ImportDialog", "content metrics (sheet Metrics)"),
    QT_TRANSLATE_NOOP("ImportDialog", "content (sheet All posts)"),
    QT_TRANSLATE_NOOP("ImportDialog", "new followers"),
    QT_TRANSLATE_NOOP("ImportDialog", "visitor metrics"),
    QT_TRANSLATE_NOOP("ImportDialog", "account analytics content"),
    QT_TRANSLATE_NOOP("ImportDialog", "account overview analytics"),
    QT_TRANSLATE_NOOP("ImportDialog", "video overview analytics"),
    QT_TRANSLATE_NOOP("ImportDialog", "legacy tweet activity"),
    QT_TRANSLATE_NOOP("ImportDialog", "Chart data / Totals"),
)


def kinds_text(label: str) -> str:
    """'TikTok Studio — Content, TikTok Studio — Overview' as 'TikTok Studio: Content,
    Overview', one line per tool, so a zip's tables stay readable in a column; the
    tables' names in the interface language."""
    tools: dict[str, list[str]] = {}
    for part in label.split(", "):
        tool, _, table = part.partition(" — ")
        if table in TABLE_NAMES:
            table = QCoreApplication.translate("ImportDialog", table)
        tools.setdefault(tool, []).append(table)
    # "%1 : %2" in French (a space before the colon).
    pair = QCoreApplication.translate("ImportDialog", "%1: %2")
    return "\n".join(
        pair.replace("%1", tool).replace("%2", ", ".join(tables)) if all(tables) else tool
        for tool, tables in tools.items()
    )


def languages_text(item: FilePreview) -> str:
    """' (French)', ' (French and English)': the interface language of the columns."""
    from smplanner.importers.header_names import language_name

    assert item.reading is not None
    codes = dict.fromkeys(c for part in item.reading.readings for c in part.languages)
    if not codes or list(codes) == ["en"]:
        return ""
    names = [message_text(language_name(code)) for code in codes]
    return " (" + QCoreApplication.translate("ImportDialog", " and ").join(names) + ")"


def problems_text(item: FilePreview) -> tuple[str, list[str]]:
    """(the Problems cell: the first five problems, then the points to check marked ⚠;
    every one of them, for the tooltip)."""
    problems = [message_text(problem) for problem in item.problem_messages]
    text = "\n".join(problems[:5]) + (
        QCoreApplication.translate("ImportDialog", "\n… and %1 more").replace(
            "%1", str(len(problems) - 5)
        )
        if len(problems) > 5
        else ""
    )
    flags = [message_text(flag) for flag in item.flag_messages]
    if flags:  # stored as read, but the user should know before importing
        text = "\n".join([text, *("⚠ " + flag for flag in flags)]).strip()
        problems = [*problems, *flags]
    return text, problems


def fill_preview_table(table: QTableWidget, previews: list[FilePreview]) -> None:
    """One row per previewed file; the columns fit their words up to COLUMN_CAPS."""
    table.setRowCount(len(previews))
    for row, item in enumerate(previews):
        if item.reading is not None:
            kind = kinds_text(item.reading.kind_label) + languages_text(item)
        else:
            kind = QCoreApplication.translate("ImportDialog", "Not recognised")
        rows = str(item.reading.rows_read) if item.reading else ""
        text, problems = problems_text(item)
        none = QCoreApplication.translate("ImportDialog", "None")
        for column, value in enumerate([item.path.name, kind, rows, text or none]):
            cell = QTableWidgetItem(value)
            cell.setToolTip("\n".join(problems) or str(item.path))
            table.setItem(row, column, cell)
    for column, cap in enumerate(COLUMN_CAPS):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column), cap))
    table.resizeRowsToContents()
