"""File > Export > Monthly report: choose the period (a month, a quarter or a campaign),
type the commentary of each section (kept in the plan, one undo step), write the PDF.

The dialog asks; ``MonthlyReportActions`` stores the commentary through the service
and writes the report (reports/monthly_report.py). The file question and the dialog
go through replaceable calls, as the other exports do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.report_periods import CAMPAIGN, MONTH, QUARTER, ReportPeriod, month_period
from smplanner.services.report_branding import ReportBranding
from smplanner.ui.deliverables.brand_fields import BrandFields

if TYPE_CHECKING:
    pass

SECTION_LABELS: dict[str, str] = {
    "objectives": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Objectives' progress")),
    "published": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Published against planned")),
    "results": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Results of the month")),
    "pillars": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Engagement by content pillar")),
    "slots": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Engagement by time slot")),
    "key_dates": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Key dates of the month to come")),
}


PERIOD_LABELS: dict[str, str] = {
    "results": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Results of the period")),
    "key_dates": str(QT_TRANSLATE_NOOP("MonthlyReportDialog", "Key dates to come")),
}


def recent_months(today: date, count: int = 13) -> list[date]:
    """The last ``count`` months, the one before ``today``'s first (a report looks back)."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        months.append(date(year, month, 1))
    return [date(today.year, today.month, 1), *months[: count - 1]]


def period_label(period: ReportPeriod) -> str:
    """ "janvier 2027", "T1 2027" (Q1 2027), "Galette des rois (4 déc. – 13 déc. 2026)"."""
    if period.kind == MONTH:
        return QLocale().toString(QDate(period.first.year, period.first.month, 1), "MMMM yyyy")
    if period.kind == QUARTER:
        return (
            QCoreApplication.translate("MonthlyReportDialog", "Q%1 %2")
            .replace("%1", str(period.quarter))
            .replace("%2", str(period.first.year))
        )
    first, last = period.first, period.last_day
    days = (
        f"{QLocale().toString(QDate(first.year, first.month, first.day), 'd MMMM')} – "
        f"{QLocale().toString(QDate(last.year, last.month, last.day), 'd MMMM yyyy')}"
    )
    return f"{period.campaign_name} ({days})"


class MonthlyReportDialog(QDialog):
    """The period (a month, a quarter, a campaign), the author and the commentary."""

    def __init__(
        self,
        months: list[date],
        load_comments: Callable[[ReportPeriod], dict[str, str]],
        parent: QWidget | None = None,
        *,
        quarters: list[ReportPeriod] | None = None,
        campaigns: list[ReportPeriod] | None = None,
        brand: ReportBranding | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        self._load = load_comments
        self._periods: dict[str, list[ReportPeriod]] = {
            MONTH: [month_period(month) for month in months],
            QUARTER: list(quarters or []),
            CAMPAIGN: list(campaigns or []),
        }
        self.kind = QComboBox()
        for kind, label in (
            (MONTH, self.tr("A month")),
            (QUARTER, self.tr("A quarter")),
            (CAMPAIGN, self.tr("A campaign")),
        ):
            if self._periods[kind]:
                self.kind.addItem(label, kind)
        self.month = QComboBox()  # the periods of the chosen kind
        self._fill_periods()
        self.month.setCurrentIndex(min(1, len(months) - 1))  # last month, by default
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(self.tr("Your name, printed under the title"))
        self.comments: dict[str, QPlainTextEdit] = {}
        self.section_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("Report on"), self.kind)
        form.addRow(self.tr("Period"), self.month)
        form.addRow(self.tr("Prepared by"), self.manager)
        for section in SECTION_LABELS:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(self.tr("Your commentary (optional)"))
            edit.setFixedHeight(54)
            edit.setTabChangesFocus(True)
            self.comments[section] = edit
            self.section_labels[section] = QLabel()
            form.addRow(self.section_labels[section], edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.brand = BrandFields(brand or ReportBranding())
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.brand)
        box.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.month.currentIndexChanged.connect(self._fill)
        self._fill()

    def accept(self) -> None:
        """Closes only when the brand's colours are colours (else it says what to type)."""
        if self.brand.check():
            super().accept()

    def _fill_periods(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for period in self._periods[str(self.kind.currentData())]:
            self.month.addItem(period_label(period), period)
        self.month.blockSignals(False)

    def _kind_chosen(self) -> None:
        self._fill_periods()
        self._fill()

    def _name_sections(self) -> None:
        """The sections' names as the report will print them ("the month" or "the
        period", as the chosen kind says)."""
        names = dict(SECTION_LABELS)
        if self.kind.currentData() != MONTH:
            names.update(PERIOD_LABELS)
        for section, label in self.section_labels.items():
            label.setText(QCoreApplication.translate("MonthlyReportDialog", names[section]))

    def chosen_period(self) -> ReportPeriod:
        period: ReportPeriod = self.month.currentData()
        return period

    def chosen_month(self) -> date:
        """The chosen period's first day (the month, for a monthly report)."""
        return self.chosen_period().first

    def _fill(self) -> None:
        self._name_sections()
        stored = self._load(self.chosen_period())
        for section, edit in self.comments.items():
            edit.setPlainText(stored.get(section, ""))

    def typed_comments(self) -> dict[str, str]:
        return {section: edit.toPlainText() for section, edit in self.comments.items()}
