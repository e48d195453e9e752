"""The import preview's question about the selected file's times in the repeated hour.

When the clocks go back, an hour is lived twice: a Meta export's "11/01/2026 01:30"
may be summer or winter time, an hour apart. The row says how many posts and which
rows, and asks which of the two hours they are (one answer for the file); the file
cannot be imported until it is answered (services/statistics_import_repeated.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_repeated import Repeated, choose, repeated_times
from smplanner.ui.statistics.import_question_row import ImportQuestionRow


def _tr(text: object) -> str:
    # Before the widget exists: its own context, as self.tr() would look it up (the
    # texts are marked for lupdate with QT_TRANSLATE_NOOP where they are used).
    return QCoreApplication.translate("RepeatedHourRow", str(text))


class RepeatedHourRow(ImportQuestionRow):
    """``changed(FilePreview)`` once the user said which hour the file's times are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        options = [
            (
                _tr(QT_TRANSLATE_NOOP("RepeatedHourRow", "the first (summer time)")),
                Repeated.EARLIER.value,
            ),
            (
                _tr(QT_TRANSLATE_NOOP("RepeatedHourRow", "the second (winter time)")),
                Repeated.LATER.value,
            ),
        ]
        super().__init__(_tr(QT_TRANSLATE_NOOP("RepeatedHourRow", "Choose…")), options, parent)

    def question(self, item: FilePreview) -> str | None:
        found = repeated_times(item)
        if found is None:
            return None
        return (
            self.tr(
                "%1: %4 post(s) published in the hour that repeats when the clocks go back "
                "in %2 (rows %3). Which of the two hours is it?"
            )
            .replace("%4", str(found.count))
            .replace("%1", item.path.name)
            .replace("%2", found.zone)
            .replace("%3", found.where())
        )

    def answer(self, item: FilePreview) -> Any:
        return item.repeated_choice

    def answered(self, item: FilePreview, value: Any) -> None:
        if value is None:
            item.repeated_choice = None
        else:
            choose(item, Repeated(value))
