"""The import preview's line about the selected file's times and days.

Meta writes its times in Pacific time whatever the Page's country, and TikTok its
days without a year: the line says which zone and which period the preview assumed,
and lets the user pick another zone (remembered per network when the import is
stored) or another download day (the file is read again: TikTok files are small).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_times import (
    file_times,
    read_again,
    set_time_zone,
    zone_choices,
)
from smplanner.ui.date_entry import DateEntry, format_typed_date
from smplanner.ui.statistics.metric_names import network_name

META_ZONE = "America/Los_Angeles"


class ImportTimesRow(QWidget):
    """Zone and download day of one previewed file; ``changed(FilePreview)`` gives the
    file as now read (the same object for a zone, a new one read again for a day)."""

    changed = Signal(object)

    def __init__(
        self, plan_zone: str, zones: Callable[[], dict[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan_zone = plan_zone
        self._zones = zones  # the remembered zones, for a file read again
        self.item: FilePreview | None = None
        self.zone_label = QLabel()
        self.zone_choice = QComboBox()
        self.zone_choice.currentIndexChanged.connect(self._zone_chosen)
        self.period_label = QLabel()
        self.download_day = DateEntry(required=True)
        self.download_day.setDateRange(None, date.today())
        self.place_again = QPushButton(self.tr("Place the days again"))
        self.place_again.clicked.connect(self._place_again)
        self.place_again.setAutoDefault(False)
        # Enter in the day places the days again, instead of pressing the dialog's
        # default button (which would open the file chooser).
        self.download_day.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zone_label, self.zone_choice, self.period_label):
            layout.addWidget(widget)
        layout.addWidget(self.download_day)
        layout.addWidget(self.place_again)
        layout.addStretch(1)
        self.show_file(None)

    @property
    def plan_zone(self) -> str:
        return self._plan_zone

    def zone_text(self, zone: str) -> str:
        if zone == META_ZONE:
            return self.tr("%1 (Pacific time, as Meta writes it)").replace("%1", zone)
        if zone == self._plan_zone:
            return self.tr("%1 (the plan's time zone)").replace("%1", zone)
        return zone

    def show_file(self, item: FilePreview | None) -> None:
        """Show what this file's times and days rest on; hidden if it has neither."""
        self.item = item
        times = file_times(item) if item is not None else None
        name = item.path.name if item is not None else ""
        self.setVisible(times is not None)
        zoned = times is not None and times.time_zone is not None
        for widget in (self.zone_label, self.zone_choice):
            widget.setVisible(zoned)
        if times is not None and times.time_zone is not None:
            network = network_name(times.network) if times.network else ""
            self.zone_label.setText(
                self.tr("%1: the times of %2 are read in")
                .replace("%1", name)
                .replace("%2", network)
            )
            self.zone_choice.blockSignals(True)
            self.zone_choice.clear()
            for zone in zone_choices(times.time_zone, self._plan_zone):
                self.zone_choice.addItem(self.zone_text(zone), zone)
            self.zone_choice.setCurrentIndex(self.zone_choice.findData(times.time_zone))
            self.zone_choice.blockSignals(False)
        dated = times is not None and times.period is not None
        for part in (self.period_label, self.download_day, self.place_again):
            part.setVisible(dated)
        if times is not None and times.period is not None:
            first, last = times.period
            self.period_label.setText(
                self.tr("%1: days without a year placed from %2 to %3, the file downloaded on")
                .replace("%1", name)
                .replace("%2", format_typed_date(first))
                .replace("%3", format_typed_date(last))
            )
            self.download_day.setValue(times.download_day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.download_day
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._place_again()
            return True
        return super().eventFilter(watched, event)

    def _zone_chosen(self) -> None:
        zone = self.zone_choice.currentData()
        if self.item is None or not zone:
            return
        set_time_zone(self.item, zone)
        self.changed.emit(self.item)

    def _place_again(self) -> None:
        day = self.download_day.value()
        if self.item is None or day is None:
            return
        again = read_again(self.item, day, self._zones())
        self.changed.emit(again)
        self.show_file(again)
