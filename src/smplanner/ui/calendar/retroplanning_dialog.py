"""Retro-planning: plan backwards from an event day D, from a template, in one undo step.

The event day may be typed or taken from the plan's key dates of the coming year
("plan backwards from Father's Day"); the timeline beside the form shows the steps
the template will make with the key dates and campaigns of those weeks, and follows
every change of day or template.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks, network
from smplanner.domain.retroplanning import Unplaced, builtin_templates
from smplanner.services import calendar_key_dates, strategy_queries
from smplanner.texts.translators import ui_language
from smplanner.ui.calendar.retro_timeline_view import RetroTimelineView
from smplanner.ui.qt_dates import py_date, qdate

if TYPE_CHECKING:
    from smplanner.ui.calendar.planning_context import PlanningContext

TEMPLATE_NAMES = {
    "product_launch": QT_TRANSLATE_NOOP("RetroPlanningDialog", "Product launch"),
    "event": QT_TRANSLATE_NOOP("RetroPlanningDialog", "Event or trade fair"),
    "sales": QT_TRANSLATE_NOOP("RetroPlanningDialog", "Sales or promotion"),
}
NETWORK_COLUMNS = 2  # keeps the dialog within a 768-pixel-high screen


class RetroPlanningDialog(QDialog):
    def __init__(self, host: PlanningContext, today: date | None = None) -> None:
        super().__init__(host.parent)
        self.setWindowTitle(self.tr("Retro-planning"))
        self._actions = host.actions
        self._plan = host.plan
        self._language = ui_language()
        self._title_from_key_date = ""
        today = today or date.today()
        form = QFormLayout()
        self.title = QLineEdit()
        self.key_date = QComboBox()
        self.key_date.addItem(self.tr("(type the day below)"), None)
        for key in calendar_key_dates.key_dates_to_plan_from(self._plan, today):
            when = QLocale().toString(qdate(key.starts_on), "d MMMM yyyy")
            label = f"{key.name(self._language)} — {when}"
            self.key_date.addItem(label, (key.starts_on, key.name(self._language)))
        self.day = QDateEdit(qdate(today))
        self.day.setCalendarPopup(True)
        self.template = QComboBox()
        for retro in builtin_templates():
            name = QCoreApplication.translate(
                "RetroPlanningDialog", str(TEMPLATE_NAMES.get(retro.id, retro.name))
            )
            self.template.addItem(name, retro.id)
        self.networks: list[QCheckBox] = []
        # The strategy's networks are ticked: that is what a launch is planned on.
        used = {choice.network for choice in strategy_queries.used_networks(host.plan)}
        boxes = QWidget()
        box_layout = QGridLayout(boxes)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for index, item in enumerate(all_networks()):
            check = QCheckBox(item.name)
            check.setProperty("network", item.id)
            check.setChecked(item.id in used)
            box_layout.addWidget(check, index // NETWORK_COLUMNS, index % NETWORK_COLUMNS)
            self.networks.append(check)
        form.addRow(self.tr("Event"), self.title)
        form.addRow(self.tr("From a key date"), self.key_date)
        form.addRow(self.tr("Event day (D)"), self.day)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Networks"), boxes)
        self.timeline = RetroTimelineView()
        self.timeline.setMinimumWidth(460)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Timeline: the posts to make and the key dates around")))
        side.addWidget(self.timeline)
        columns = QHBoxLayout()
        columns.addLayout(form)
        columns.addLayout(side, 1)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.key_date.currentIndexChanged.connect(self._take_key_date)
        self.day.dateChanged.connect(self._show_timeline)
        self.template.currentIndexChanged.connect(self._show_timeline)
        self._show_timeline()

    def event_day(self) -> date:
        return py_date(self.day.date())

    def _take_key_date(self) -> None:
        chosen = self.key_date.currentData()
        if chosen is None:
            return
        day, name = chosen
        # The event's name follows the key date unless the CM typed one of their own.
        if not self.title.text().strip() or self.title.text() == self._title_from_key_date:
            self.title.setText(name)
            self._title_from_key_date = name
        self.day.setDate(qdate(day))

    def _show_timeline(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        entries = calendar_key_dates.retro_timeline_of(
            self._plan, self.event_day(), str(template_id), self._language
        )
        self.timeline.show_entries(self.event_day(), entries)

    def chosen_networks(self) -> list[str]:
        return [str(c.property("network")) for c in self.networks if c.isChecked()]

    def accept(self) -> None:
        unplaced = cast(
            list[Unplaced],
            self._actions.retroplan(
                self.event_day(),
                str(self.template.currentData()),
                self.chosen_networks(),
                self.title.text(),
            ),
        )
        if unplaced:
            lines = [
                self.tr("%1 on D%2: %3")
                .replace("%1", network(u.network).name)
                .replace("%2", f"{u.step.offset_days:+d}")
                .replace(
                    "%3",
                    self.tr("weekly cap reached: kept in the ideas, drag it onto a day")
                    if u.reason == "cap"
                    else self.tr("date already past"),
                )
                for u in unplaced
            ]
            QMessageBox.information(self, self.tr("Not placed"), "\n".join(lines))
        super().accept()
