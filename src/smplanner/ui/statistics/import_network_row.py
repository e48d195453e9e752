"""The import preview's question about the network of the selected file's daily series.

A Meta Business Suite daily series titled ``Reach`` or ``Followers en plus`` may be
Facebook's or Instagram's, and when neither its title nor its file name says which,
the row asks (one answer for the file, the one said last time for that title already
chosen); the file cannot be imported until it is answered
(services/statistics_import_network.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from smplanner.importers.meta_daily_series import NETWORKS
from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_network import choose_network, unsaid_title
from smplanner.ui.statistics.import_question_row import ImportQuestionRow
from smplanner.ui.statistics.metric_names import network_name


def _tr(text: object) -> str:
    # Before the widget exists: its own context, as self.tr() would look it up (the
    # texts are marked for lupdate with QT_TRANSLATE_NOOP where they are used).
    return QCoreApplication.translate("SeriesNetworkRow", str(text))


class SeriesNetworkRow(ImportQuestionRow):
    """``changed(FilePreview)`` once the user said which network the file's series is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        options = [(network_name(network), network) for network in NETWORKS]
        super().__init__(_tr(QT_TRANSLATE_NOOP("SeriesNetworkRow", "Choose…")), options, parent)

    def question(self, item: FilePreview) -> str | None:
        title = unsaid_title(item)
        if title is None:
            return None
        return (
            self.tr(
                '%1: the daily series "%2" does not say whether it is Facebook\'s or '
                "Instagram's. Which network is it?"
            )
            .replace("%1", item.path.name)
            .replace("%2", title)
        )

    def answer(self, item: FilePreview) -> Any:
        return item.network_choice

    def answered(self, item: FilePreview, value: Any) -> None:
        if value is None:
            item.network_choice = None
        else:
            choose_network(item, value)
