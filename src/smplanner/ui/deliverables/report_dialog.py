"""Export report…: the user picks the language, the sections and the calendar period.

The calendar's first day is typed like every other date of the app (ui/date_entry.py):
"15/11/2026" is the 15 November, never mangled section by section as in a QDateEdit; a
text that is no date keeps the dialog open and says what to type.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.reports.report_options import DEFAULT_WEEKS, SECTION_IDS, ReportOptions
from smplanner.ui.date_entry import DateEntry


class ReportDialog(QDialog):
    def __init__(self, plan_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the strategy report"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(plan_language)))
        self.start_edit = DateEntry(value=date.today(), required=True)
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
            "key_dates": self.tr("Key dates"),
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
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.hide()
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
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.start_edit.textEdited.connect(lambda _text: self.problem.hide())

    def accept(self) -> None:
        """Only a real first day closes the dialog; otherwise say what to type."""
        if not self.start_edit.is_acceptable():
            self.problem.setText(self.start_edit.problem())
            self.problem.show()
            self.start_edit.setFocus()
            self.start_edit.selectAll()
            return
        super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(check.isChecked() for check in self.section_boxes.values()))

    def options(self, manager_name: str, logo_path: str) -> ReportOptions:
        """The request as chosen; the author comes from Preferences."""
        from pathlib import Path

        start = self.start_edit.value() or date.today()  # accept() refuses an empty field
        return ReportOptions(
            language=str(self.language_combo.currentData()),
            sections=tuple(s for s, check in self.section_boxes.items() if check.isChecked()),
            start=start,
            weeks=self.weeks_spin.value(),
            manager_name=manager_name,
            logo_path=Path(logo_path) if logo_path else None,
            today=date.today(),
            internal_notes=self.internal_box.isChecked(),
        )
