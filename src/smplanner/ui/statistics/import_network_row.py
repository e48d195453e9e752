"""The import preview's question about the network of the selected file's daily series.

A Meta Business Suite daily series titled ``Reach`` or ``Followers en plus`` may be
Facebook's or Instagram's, and when neither its title nor its file name says which,
the row asks (one answer for the file, the one said last time for that title already
chosen); the file cannot be imported until it is answered
(services/statistics_import_network.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from smplanner.importers.meta_daily_series import NETWORKS
from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_network import choose_network, unsaid_title
from smplanner.ui.statistics.metric_names import network_name


class SeriesNetworkRow(QWidget):
    """``changed(FilePreview)`` once the user said which network the file's series is."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: FilePreview | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Choose…"), None)
        for network in NETWORKS:
            self.choice.addItem(network_name(network), network)
        self.choice.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choice)
        self.show_file(None)

    def show_file(self, item: FilePreview | None) -> None:
        """Ask about this file's series without a network; hidden if it has none."""
        self.item = item
        title = unsaid_title(item) if item is not None else None
        self.setVisible(title is not None)
        if item is None or title is None:
            return
        self.label.setText(
            self.tr(
                '%1: the daily series "%2" does not say whether it is Facebook\'s or '
                "Instagram's. Which network is it?"
            )
            .replace("%1", item.path.name)
            .replace("%2", title)
        )
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(item.network_choice)))
        self.choice.blockSignals(False)

    def _chosen(self) -> None:
        which = self.choice.currentData()
        if self.item is None:
            return
        if which is None:  # "Choose…" again: asked again before importing
            self.item.network_choice = None
        else:
            choose_network(self.item, which)
        self.changed.emit(self.item)
