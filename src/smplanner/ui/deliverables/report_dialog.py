"""Export report…: the user picks the language, the sections and the calendar period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.reports.report_options import DEFAULT_WEEKS, SECTION_IDS, ReportOptions


class ReportDialog(QDialog):
    def __init__(self, plan_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the strategy report"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(plan_language)))
        self.start_edit = QDateEdit(QDate.currentDate())
        self.start_edit.setCalendarPopup(True)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(DEFAULT_WEEKS)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        form = QFormLayout()
        form.addRow(self.tr("Report &language:"), self.language_combo)
        form.addRow(self.tr("Calendar &from:"), self.start_edit)
        form.addRow(self.tr("For:"), self.weeks_spin)
        titles = {
            "summary": self.tr("Summary"),
            "audit": self.tr("Audit"),
            "budget": self.tr("Budget"),
            "objectives": self.tr("SMART objectives"),
            "audience": self.tr("Audience and positioning"),
            "networks": self.tr("Networks and their roles"),
            "editorial": self.tr("Editorial line"),
            "community": self.tr("Community management charter"),
            "calendar": self.tr("Editorial calendar"),
            "kpis": self.tr("KPIs to follow"),
            "statistics": self.tr("Results and charts"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        for index, section in enumerate(SECTION_IDS):
            check = QCheckBox(titles[section])
            check.setChecked(True)
            self.section_boxes[section] = check
            grid.addWidget(check, index % 6, index // 6)
        self.internal_box = QCheckBox(self.tr("Include my working notes (the SMART check)"))
        self.internal_box.setToolTip(
            self.tr("Left out by default: the report is the client's, the check is yours.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for check in self.section_boxes.values():
            check.toggled.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.internal_box)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(check.isChecked() for check in self.section_boxes.values()))

    def options(self, manager_name: str, logo_path: str) -> ReportOptions:
        """The request as chosen; the author comes from Preferences."""
        from pathlib import Path

        start = self.start_edit.date()
        return ReportOptions(
            language=str(self.language_combo.currentData()),
            sections=tuple(s for s, check in self.section_boxes.items() if check.isChecked()),
            start=date(start.year(), start.month(), start.day()),
            weeks=self.weeks_spin.value(),
            manager_name=manager_name,
            logo_path=Path(logo_path) if logo_path else None,
            today=date.today(),
            internal_notes=self.internal_box.isChecked(),
        )
