"""File > Export > Monthly report (PDF)…: the menu entry, built with the window; the
dialog and the report's modules load when it is chosen, not before the first frame."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from smplanner.ui.app_paths import suggested_beside
from smplanner.ui.main_menus import menu_of

if TYPE_CHECKING:
    from smplanner.ui.main_window import MainWindow


class MonthlyReportActions(QObject):
    """File > Export > Monthly report (PDF)…"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ask_save: Callable[[str, Path, str], Path | None] = lambda title, suggested, kinds: (
            window.prompts.save_file(title, suggested, kinds)
        )
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.today: Callable[[], date] = date.today
        self.action = menu_of(window.deliverables.export_report).addAction(
            self.tr("&Monthly report (PDF)…")
        )
        self.action.triggered.connect(lambda: self.export())

    def update_for_plan(self, has_plan: bool) -> None:
        self.action.setEnabled(has_plan)

    def export(self) -> bool:
        from smplanner.domain.report_periods import campaign_period, recent_quarters
        from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf
        from smplanner.services import calendar_queries, monthly_report_notes, report_branding
        from smplanner.storage.plan_properties_repo import read_properties
        from smplanner.ui.deliverables.monthly_report_dialog import (
            MonthlyReportDialog,
            recent_months,
        )
        from smplanner.ui.i18n import ui_language

        document, path = self._window.document, self._window.plan_path()
        if document is None or path is None:
            return False
        plan = document.plan
        today = self.today()
        campaigns = [
            campaign_period(c)
            for c in sorted(
                calendar_queries.campaigns(plan), key=lambda c: c.starts_on, reverse=True
            )
            if c.starts_on <= today  # a report looks back: begun campaigns only
        ]
        dialog = MonthlyReportDialog(
            recent_months(today),
            lambda period: monthly_report_notes.period_comments(plan, period.key),
            self._window,
            quarters=recent_quarters(today),
            campaigns=campaigns,
            brand=report_branding.branding(plan),
        )
        if not self.run_dialog(dialog):
            return False
        period = dialog.chosen_period()
        if not document.read_only:
            typed = dialog.typed_comments()
            document.run(
                self.tr("Monthly report commentary"),
                lambda: monthly_report_notes.set_period_comments(plan, period.key, typed),
            )
            fields = dialog.brand
            if fields.changed():
                document.run(
                    self.tr("Your brand on the reports"),
                    lambda: report_branding.set_branding(
                        plan,
                        colour=fields.colour.text(),
                        accent=fields.accent.text(),
                        logo_file=fields.logo_file,
                        remove_logo=fields.logo_removed,
                    ),
                )
        name = self.tr("%1 - monthly report %2.pdf").replace("%1", path.stem)
        target = self.ask_save(
            self.tr("Monthly report"),
            suggested_beside(path, name.replace("%2", period.key)),
            self.tr("PDF (*.pdf)"),
        )
        if target is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        language = read_properties(plan).language or ui_language()
        options = MonthlyOptions(
            period.first, language, dialog.manager.text().strip(), period=period
        )
        try:
            pages = write_monthly_pdf(plan, options, target)
        except OSError as error:
            self._window.prompts.error(
                self.tr("The report could not be written"),
                f"{target}: {error.strerror or error}",
            )
            return False
        self._window.prompts.info(
            self.tr("Monthly report"),
            self.tr("%1\n\n%Ln page(s) written.", "", pages).replace("%1", str(target)),
        )
        return True
