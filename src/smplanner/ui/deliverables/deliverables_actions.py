"""File > Export / Import / Templates and View > Presentation mode, wired to services.

Installed into the main window's existing menus by one call, so that the window
only wires. File questions go through ``ask_save`` / ``ask_open`` (replaceable in
tests); errors a person can act on are shown through the window's prompts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from smplanner.ui.error_messages import describe
from smplanner.ui.main_menus import menu_of

if TYPE_CHECKING:
    from smplanner.services.plan_import_identity import ImportedPlan
    from smplanner.ui.deliverables.presentation_window import PresentationWindow
    from smplanner.ui.main_window import MainWindow


class DeliverablesActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ask_save: Callable[[str, Path, str], Path | None] = self._ask_save
        self.ask_open: Callable[[str, str], Path | None] = self._ask_open
        self.ask_text: Callable[[str, str], tuple[str, bool]] = self._ask_text
        self.presentation: PresentationWindow | None = None
        actions = window.actions_
        file_menu = menu_of(actions.close)
        export_menu = QMenu(self.tr("&Export"), window)
        self.export_report = export_menu.addAction(self.tr("Strategy &report (PDF)…"))
        self.export_report.setShortcut(QKeySequence("Ctrl+P"))
        self.export_json = export_menu.addAction(self.tr("Whole plan (&JSON)…"))
        self.export_posts = export_menu.addAction(self.tr("&Posts (CSV)…"))
        self.export_stats = export_menu.addAction(self.tr("&Statistics (CSV)…"))
        self.import_json = QAction(self.tr("&Import plan from JSON…"), window)
        self.save_template = QAction(self.tr("Save as &template…"), window)
        self.new_from_template = QAction(self.tr("New from te&mplate…"), window)
        file_menu.insertAction(actions.open, self.new_from_template)
        file_menu.insertSeparator(actions.close)
        file_menu.insertMenu(actions.close, export_menu)
        file_menu.insertAction(actions.close, self.import_json)
        file_menu.insertAction(actions.close, self.save_template)
        file_menu.insertSeparator(actions.close)
        view_menu = menu_of(actions.full_screen)
        self.present = QAction(self.tr("&Presentation mode"), window)
        self.present.setShortcut(QKeySequence("F5"))
        view_menu.addAction(self.present)
        self.export_report.triggered.connect(self.export_report_pdf)
        self.export_json.triggered.connect(self.export_plan_json)
        self.export_posts.triggered.connect(lambda: self.export_csv("posts"))
        self.export_stats.triggered.connect(lambda: self.export_csv("statistics"))
        self.import_json.triggered.connect(self.import_plan_json)
        self.save_template.triggered.connect(self.save_as_template)
        self.new_from_template.triggered.connect(self.create_from_template)
        self.present.triggered.connect(self.start_presentation)

    def plan_actions(self) -> list[QAction]:
        return [
            self.export_report,
            self.export_json,
            self.export_posts,
            self.export_stats,
            self.save_template,
            self.present,
        ]

    def update_for_plan(self, has_plan: bool) -> None:
        for action in self.plan_actions():
            action.setEnabled(has_plan)

    # ------------------------------------------------------------- questions

    def _ask_save(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        return self._window.prompts.save_file(title, suggested, file_filter)

    def _ask_open(self, title: str, file_filter: str) -> Path | None:
        current = self._window.plan_path()
        from smplanner.ui.app_paths import user_folder

        return self._window.prompts.open_file(title, user_folder(current), file_filter)

    def _ask_text(self, title: str, label: str) -> tuple[str, bool]:
        name, ok = QInputDialog.getText(self._window, title, label)
        return name, ok

    def _suggested(self, suffix: str) -> Path:
        from smplanner.ui.app_paths import suggested_beside

        path = self._window.plan_path()
        assert path is not None
        return suggested_beside(path, path.stem + suffix)

    def _run(self, call: Callable[[], str | None]) -> bool:
        """Run a service call; tell the user what was written, or what went wrong."""
        from smplanner.ui.error_messages import is_user_error

        try:
            message = call()
        except Exception as error:
            if not is_user_error(error):
                raise
            self._window.prompts.error(*describe(error))
            return False
        if message:
            self._window.statusBar().showMessage(message, 10000)
        return True

    # ------------------------------------------------------------- exports

    def export_report_pdf(self) -> bool:
        from smplanner.reports.report_file import build_report
        from smplanner.services.plan_properties import get_properties
        from smplanner.ui.deliverables.report_dialog import ReportDialog
        from smplanner.ui.preferences_dialog import MANAGER_LOGO, MANAGER_NAME

        document = self._window.document
        if document is None:
            return False
        dialog = ReportDialog(get_properties(document.plan).language, self._window)
        if not self.run_dialog(dialog):
            return False
        settings = self._window.settings
        options = dialog.options(
            str(settings.value(MANAGER_NAME, "") or ""), str(settings.value(MANAGER_LOGO, "") or "")
        )
        target = self.ask_save(
            self.tr("Export the strategy report"),
            self._suggested(".pdf"),
            self.tr("PDF (*.pdf);;OpenDocument text, to edit in LibreOffice or Word (*.odt)"),
        )
        if target is None:
            return False
        if target.suffix.lower() not in (".pdf", ".odt"):
            target = target.with_name(target.name + ".pdf")
        return self._run(
            lambda: self.tr("Report written: {path} ({pages} pages).").format(
                path=target, pages=build_report(document.plan, options, target).pages
            )
        )

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to answer it)."""
        return bool(dialog.exec())

    def export_plan_json(self) -> bool:
        from smplanner.services.export_json import export_plan_json

        document = self._window.document
        if document is None:
            return False
        target = self.ask_save(
            self.tr("Export the whole plan"), self._suggested(".json"), self.tr("JSON (*.json)")
        )
        if target is None:
            return False
        return self._run(
            lambda: self.tr("Plan exported: {path} ({rows} rows).").format(
                path=target, rows=export_plan_json(document.plan, target)
            )
        )

    def export_csv(self, what: str) -> bool:
        from smplanner.services import export_csv

        document = self._window.document
        if document is None:
            return False
        write = (
            export_csv.write_posts_csv if what == "posts" else export_csv.write_daily_statistics_csv
        )
        from smplanner.ui.app_paths import suggested_beside

        plan_path = self._window.plan_path()
        assert plan_path is not None
        # Named in the user's language, like the monthly report ("… - publications.csv").
        name = self.tr("%1 - posts.csv") if what == "posts" else self.tr("%1 - statistics.csv")
        target = self.ask_save(
            self.tr("Export as CSV"),
            suggested_beside(plan_path, name.replace("%1", plan_path.stem)),
            self.tr("CSV (*.csv)"),
        )
        if target is None:
            return False
        return self._run(
            lambda: self.tr("Written: {path} ({rows} rows).").format(
                path=target, rows=write(document.plan, target)
            )
        )

    # ------------------------------------------------------------- imports and templates

    def import_plan_json(self) -> bool:
        from smplanner.services.export_json import import_plan

        source = self.ask_open(self.tr("Import a plan from JSON"), self.tr("JSON (*.json)"))
        if source is None:
            return False
        target = self.ask_save(
            self.tr("Create the imported plan"),
            source.with_suffix(".smplan"),
            self.tr("smplanner plans (*.smplan)"),
        )
        if target is None:
            return False
        if target.suffix.lower() != ".smplan":
            target = target.with_name(target.name + ".smplan")

        def do() -> str:
            imported = import_plan(source, target)
            self._window.set_plan(imported.plan)
            done = self.tr("Plan imported into {path}.").format(path=target)
            return done + self._offer_tokens(imported)

        return self._run(do)

    def _offer_tokens(self, imported: ImportedPlan) -> str:
        """The imported plan is a plan of its own: its accounts' tokens are copied
        into its own keyring entries only if the user says so."""
        from smplanner.services.plan_import_identity import copy_tokens

        wanted = len(imported.original_entries)
        if not wanted:
            return ""
        if not self._window.prompts.confirm(
            self.tr("Copy the access tokens?"),
            self.tr(
                "%Ln account(s) of the imported plan had an access token in this computer's "
                "keyring. Copy them for the new plan? The new plan keeps its own copy: "
                "forgetting a token in one plan never removes it from the other.",
                "",
                wanted,
            ),
            self.tr("Copy the tokens"),
        ):
            return " " + self.tr("Enter the accounts' tokens again in Edit > Accounts.")
        copied = copy_tokens(imported)
        text = " " + self.tr("Tokens copied for %Ln account(s).", "", copied.copied)
        if copied.not_found:
            text += " " + self.tr(
                "%Ln token(s) are not in this computer's keyring: enter them in Edit > Accounts.",
                "",
                copied.not_found,
            )
        return text

    def templates_folder(self) -> Path:
        from smplanner.ui.app_paths import data_dir

        return data_dir() / "templates"

    def save_as_template(self) -> bool:
        from smplanner.services.templates import save_template

        document = self._window.document
        if document is None:
            return False
        name, ok = self.ask_text(self.tr("Save as template"), self.tr("Template name:"))
        if not ok or not name.strip():
            return False
        return self._run(
            lambda: self.tr("Template saved: {path}.").format(
                path=save_template(document.plan, name, self.templates_folder())
            )
        )

    def create_from_template(self) -> bool:
        from smplanner.domain.plan_properties import PlanProperties
        from smplanner.services.templates import new_plan_from_template
        from smplanner.ui.deliverables.template_dialog import TemplateDialog
        from smplanner.ui.i18n import ui_language

        dialog = TemplateDialog(self.templates_folder(), ui_language(), self._window)
        if not self.run_dialog(dialog) or dialog.choice() is None:
            return False
        choice = dialog.choice()
        assert choice is not None
        properties = self._window.prompts.new_plan_properties(
            PlanProperties(client_name="", language=ui_language())
        )
        if properties is None:
            return False
        target = self._window.prompts.save_path(
            self.tr("Create the plan file"),
            self._start_folder() / f"{properties.client_name}.smplan",
        )
        if target is None:
            return False

        def do() -> str:
            self._window.set_plan(new_plan_from_template(choice, target, properties))
            return self.tr("Plan created from the template {name}.").format(name=choice.name)

        return self._run(do)

    def _start_folder(self) -> Path:
        from smplanner.ui.app_paths import user_folder

        return user_folder(*self._window.recent.paths())

    # ------------------------------------------------------------- presentation

    def start_presentation(self) -> bool:
        from datetime import date

        from smplanner.reports.presentation_pages import presentation_pages
        from smplanner.reports.report_context import ReportContext
        from smplanner.reports.report_options import ReportOptions
        from smplanner.services.plan_properties import get_properties
        from smplanner.ui.deliverables.presentation_window import PresentationWindow

        document = self._window.document
        if document is None:
            return False
        from pathlib import Path

        from smplanner.ui.preferences_dialog import MANAGER_LOGO, MANAGER_NAME

        language = get_properties(document.plan).language
        settings = self._window.settings
        logo = str(settings.value(MANAGER_LOGO, "") or "")
        options = ReportOptions(
            language=language,
            today=date.today(),
            manager_name=str(settings.value(MANAGER_NAME, "") or ""),
            logo_path=Path(logo) if logo else None,
        )
        context = ReportContext(document.plan, options)
        currency = get_properties(document.plan).currency
        self.presentation = PresentationWindow(presentation_pages(context), currency=currency)
        self.presentation.closed.connect(self._presentation_closed)
        # With a second screen (the projector, the client's TV), the slides go there
        # and the notes stay on the screen the CM works on, as presenter views do;
        # with one screen, the slides fill it and there are no notes.
        from PySide6.QtGui import QGuiApplication

        home = self._window.screen()
        others = [s for s in QGuiApplication.screens() if s is not home]
        screen = others[0] if others else home
        if screen is not None:
            self.presentation.setGeometry(screen.geometry())
        self.presentation.showFullScreen()
        handle = self.presentation.windowHandle()
        if screen is not None and handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        self.presentation.activateWindow()
        self.presentation.setFocus()
        self.presentation.show_notes_on_another_screen(home)
        return True

    def _presentation_closed(self) -> None:
        if self.presentation is not None:
            self.presentation.deleteLater()
            self.presentation = None
