"""The method's rules for this plan: night hours, weekend (globally and per network),
default weekly cap, long-gap threshold, missing pillar/objective.

Non-modal and live: every change is stored at once as one undo step and the
warnings follow; an undo while the dialog is open puts its fields back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks
from smplanner.domain.rule_warnings import RuleSettings
from smplanner.services import calendar_edits, calendar_rules
from smplanner.services.calendar_queries import CALENDAR_SETTINGS
from smplanner.services.changes import Changes
from smplanner.ui.document import PlanDocument


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    # One undo step per value the user settles on, not per key typed.
    spin.setKeyboardTracking(False)
    return spin


class RulesDialog(QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("The method's rules"))
        self.night_start = _spin(0, 23, self.tr(" h"))
        self.night_end = _spin(0, 23, self.tr(" h"))
        night = QHBoxLayout()
        night.addWidget(QLabel(self.tr("from")))
        night.addWidget(self.night_start)
        night.addWidget(QLabel(self.tr("to")))
        night.addWidget(self.night_end)
        night.addStretch(1)
        self.default_cap = _spin(1, 50)
        self.default_cap.setToolTip(
            self.tr("For the networks whose weekly frequency the strategy does not set")
        )
        self.gap_days = _spin(1, 90, self.tr(" days"))
        self.warn_missing_pillar = QCheckBox(self.tr("A post has no content pillar"))
        self.warn_missing_objective = QCheckBox(self.tr("A post serves no objective"))
        self.warn_weekend = QCheckBox(self.tr("Warn about posts at the weekend"))
        self.weekend_ok: dict[str, QCheckBox] = {}
        weekend_box = QGroupBox(self.tr("The weekend is fine on"))
        grid = QGridLayout(weekend_box)
        for i, item in enumerate(all_networks()):
            check = QCheckBox(item.name)
            self.weekend_ok[item.id] = check
            grid.addWidget(check, i // 3, i % 3)

        form = QFormLayout()
        form.addRow(self.tr("Night (no posting)"), night)
        form.addRow(self.tr("Weekly cap by default"), self.default_cap)
        form.addRow(self.tr("Flag a used network idle for"), self.gap_days)
        form.addRow(self.warn_missing_pillar)
        form.addRow(self.warn_missing_objective)
        form.addRow(self.warn_weekend)
        self.defaults_button = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        reset = self.defaults_button.addButton(
            self.tr("Back to the method's defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        reset.clicked.connect(lambda: self.store(RuleSettings()))
        self.defaults_button.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(weekend_box)
        box.addWidget(
            QLabel(self.tr("Each change applies at once to the warnings and can be undone."))
        )
        box.addWidget(self.defaults_button)

        self.show_settings(calendar_rules.rule_settings(document.plan))
        for spin in (self.night_start, self.night_end, self.default_cap, self.gap_days):
            spin.valueChanged.connect(self._edited)
        checks: list[Any] = [self.warn_missing_pillar, self.warn_missing_objective]
        for check in [*checks, self.warn_weekend, *self.weekend_ok.values()]:
            check.toggled.connect(self._edited)
        document.changed.connect(self._on_changes)
        self._listening = True

    def show_settings(self, settings: RuleSettings) -> None:
        """Put stored settings into the fields (without storing them again)."""
        self._showing = True
        try:
            self.night_start.setValue(settings.night_start)
            self.night_end.setValue(settings.night_end)
            self.default_cap.setValue(settings.default_cap)
            self.gap_days.setValue(settings.gap_days)
            self.warn_missing_pillar.setChecked(settings.warn_missing_pillar)
            self.warn_missing_objective.setChecked(settings.warn_missing_objective)
            self.warn_weekend.setChecked(settings.warn_weekend)
            for network, check in self.weekend_ok.items():
                check.setChecked(network in settings.weekend_ok_networks)
                check.setEnabled(settings.warn_weekend)
        finally:
            self._showing = False

    def settings(self) -> RuleSettings:
        """The settings as the fields say (fields the dialog does not show are kept)."""
        stored = calendar_rules.rule_settings(self.document.plan)
        return replace(
            stored,
            night_start=self.night_start.value(),
            night_end=self.night_end.value(),
            default_cap=self.default_cap.value(),
            gap_days=self.gap_days.value(),
            warn_missing_pillar=self.warn_missing_pillar.isChecked(),
            warn_missing_objective=self.warn_missing_objective.isChecked(),
            warn_weekend=self.warn_weekend.isChecked(),
            weekend_ok_networks=tuple(n for n, c in self.weekend_ok.items() if c.isChecked()),
        )

    def _edited(self) -> None:
        if not self._showing:
            self.store(self.settings())

    def store(self, settings: RuleSettings) -> bool:
        """Save settings as one undo step."""
        plan = self.document.plan
        done = self.document.apply(
            self.tr("Change the method's rules"),
            lambda: calendar_edits.rule_settings(plan, settings),
        )
        if not done:  # refused, or nothing changed: show what the plan holds
            self.show_settings(calendar_rules.rule_settings(plan))
        return done

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(CALENDAR_SETTINGS):
            self.show_settings(calendar_rules.rule_settings(self.document.plan))

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.document.changed.disconnect(self._on_changes)
        super().done(result)
