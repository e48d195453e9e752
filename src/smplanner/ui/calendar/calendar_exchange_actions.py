"""The calendar's exports and posts import, in File > Export, File and the calendar bar.

Installed into the main window by one call (as the Deliverables' actions are). File
questions go through ``ask_save``/``ask_open`` and dialogs through ``run_dialog``,
all replaceable in tests. Writing and importing are services; the import is one
undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from smplanner.ui.app_paths import suggested_beside
from smplanner.ui.error_messages import describe
from smplanner.ui.main_menus import menu_of

if TYPE_CHECKING:
    from smplanner.domain.post_selection import PostSelection
    from smplanner.services.calendar_export import ExportResult
    from smplanner.ui.calendar.calendar_period import CalendarPeriod
    from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar
    from smplanner.ui.main_window import MainWindow

SUFFIXES = {"ics": ".ics"}  # and a scheduler's name: ".buffer.csv"


class CalendarExchangeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ask_save: Callable[[str, Path, str], Path | None] = self._ask_save
        self.ask_open: Callable[[str, str], Path | None] = self._ask_open
        export_menu = menu_of(window.deliverables.export_report)
        export_menu.addSeparator()
        self.export_ics = export_menu.addAction(
            self.tr("Calendar for &Google, Outlook, Apple (.ics)…")
        )
        self.export_scheduler = export_menu.addAction(
            self.tr("Posts for a sc&heduler (Buffer, Hootsuite…)…")
        )
        self.export_editable = export_menu.addAction(
            self.tr("Posts to &edit and import back (CSV)…")
        )
        self.import_posts = QAction(self.tr("Import p&osts (CSV)…"), window)
        file_menu = menu_of(window.actions_.close)
        file_menu.insertAction(window.deliverables.import_json, self.import_posts)
        self.export_ics.triggered.connect(lambda: self.export("ics"))
        self.export_scheduler.triggered.connect(lambda: self.export("buffer"))
        self.export_editable.triggered.connect(lambda: self.export("calendar-csv"))
        self.import_posts.triggered.connect(self.import_posts_csv)

    def update_for_plan(self, has_plan: bool) -> None:
        for action in (self.export_ics, self.export_scheduler, self.export_editable):
            action.setEnabled(has_plan)
        document = self._window.document
        self.import_posts.setEnabled(has_plan and document is not None and not document.read_only)

    # ------------------------------------------------------------- questions

    def _ask_save(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        return self._window.prompts.save_file(title, suggested, file_filter)

    def _ask_open(self, title: str, file_filter: str) -> Path | None:
        current = self._window.plan_path()
        from smplanner.ui.app_paths import user_folder

        return self._window.prompts.open_file(title, user_folder(current), file_filter)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to answer it)."""
        return bool(dialog.exec())

    def _report_error(self, error: Exception) -> None:
        from smplanner.ui.error_messages import is_user_error

        if not is_user_error(error):
            raise error
        self._window.prompts.error(*describe(error))

    # ------------------------------------------------------------- export

    def export(self, kind: str, selection: PostSelection | None = None) -> bool:
        """Ask what to export (format, networks, period) and where; write; report."""
        from smplanner.services import calendar_export
        from smplanner.ui.calendar.calendar_export_dialog import CalendarExportDialog

        document = self._window.document
        path = self._window.plan_path()
        if document is None or path is None:
            return False
        dialog = CalendarExportDialog(kind, selection, self._window)
        if not self.run_dialog(dialog):
            return False
        kind, chosen = dialog.kind(), dialog.selection()
        suffix = SUFFIXES.get(kind, f".{kind}.csv")
        if kind == "calendar-csv":  # a file the user edits, named in their language
            suffix = self.tr(" - calendar.csv")
        file_filter = self.tr("iCalendar (*.ics)") if kind == "ics" else self.tr("CSV (*.csv)")
        target = self.ask_save(
            self.tr("Export the calendar"), suggested_beside(path, path.stem + suffix), file_filter
        )
        if target is None:
            return False
        if target.suffix.lower() != suffix[-4:]:
            target = target.with_name(target.name + suffix[-4:])
        plan = document.plan
        try:
            if kind == "ics":
                from smplanner.exports.ics_export import write_ics

                result = write_ics(plan, target, chosen)
            elif kind == "calendar-csv":
                result = calendar_export.write_calendar_csv(plan, target, chosen)
            else:
                result = calendar_export.write_scheduler_csv(
                    plan,
                    kind,
                    target,
                    chosen,
                    template=dialog.template,
                    ready_only=not dialog.include_not_ready(),
                    free_plan=dialog.on_free_plan(),
                )
        except Exception as error:
            self._report_error(error)
            return False
        self._tell(result)
        return True

    def _tell(self, result: ExportResult) -> None:
        from smplanner.ui.calendar.exchange_texts import left_out_summary, note_line

        names = ", ".join(path.name for path in result.files) or "—"
        message = self.tr("%Ln row(s) written: %1.", "", result.rows).replace("%1", names)
        self._window.statusBar().showMessage(message, 10000)
        skipped = [n for n in result.notes if n.skipped]
        to_finish = [n for n in result.notes if not n.skipped]
        if not skipped and not to_finish and result.upload_in_turn is None:
            return
        text = message
        if result.upload_in_turn is not None:
            text += "\n\n" + self.tr(
                "%1's free plan queues at most %2 posts per channel: upload each channel's "
                "numbered files in turn, each once the posts of the one before have gone out."
            ).replace("%1", result.tool).replace("%2", str(result.upload_in_turn))
        if skipped:
            text += "\n\n" + self.tr("%Ln post(s) left out:", "", len(skipped)) + " "
            text += left_out_summary(skipped) + ".\n"
            text += "\n".join(f"• {note_line(n)}" for n in skipped)
        if to_finish:
            text += "\n\n" + self.tr("To finish in the tool:") + "\n"
            text += "\n".join(f"• {note_line(n)}" for n in to_finish)
        self._window.prompts.info(self.tr("Calendar exported"), text)

    # ------------------------------------------------------------- import

    def import_posts_csv(self) -> bool:
        """Pick a posts CSV, preview it, and import it as one undo step."""
        from smplanner.services import calendar_edits, calendar_import
        from smplanner.ui.calendar.posts_import_dialog import PostsImportDialog

        document = self._window.document
        if document is None:
            return False
        source = self.ask_open(self.tr("Import posts from a CSV file"), self.tr("CSV (*.csv)"))
        if source is None:
            return False
        try:
            preview = calendar_import.preview_posts_csv(document.plan, source)
        except Exception as error:
            self._report_error(error)
            return False
        dialog = PostsImportDialog(preview, self._window)
        if not self.run_dialog(dialog):
            return False
        skip = dialog.skip_bad_rows()
        count = preview.count(calendar_import.NEW) + preview.count(calendar_import.UPDATE)
        text = self.tr("Import %Ln post(s) from %1", "", count).replace("%1", source.name)
        return document.apply(
            text, lambda: calendar_edits.import_posts(document.plan, preview, skip_bad_rows=skip)
        )


def selection_of(toolbar: CalendarToolbar, period: CalendarPeriod) -> PostSelection:
    """What the calendar shows: its bar's filters and its period."""
    from smplanner.domain.post_selection import PostSelection

    network = toolbar.network_filter.currentData()
    status = toolbar.status_filter.currentData()
    first, after = period.span()
    return PostSelection(
        networks=frozenset({network}) if network else None,
        statuses=frozenset({status}) if status else None,
        start=first,
        end=after,
        campaign_id=toolbar.campaign_filter.currentData(),
        pillar_id=toolbar.pillar_filter.currentData(),
        labels=toolbar.label_filter.wanted(),
    )


def exchange_button(tab: QWidget, shown: Callable[[], PostSelection]) -> QToolButton:
    """The calendar bar's "Export / import" button; its menu uses the actions of the
    window that holds ``tab``, an export the posts ``shown`` (``selection_of``)."""
    # Here, not at the top: the window builds these actions for its first frame, the
    # calendar (and Python's QStyle, ~8 ms to make) come later.
    from smplanner.ui.calendar.menu_tool_button import MenuToolButton

    button = MenuToolButton()  # room for the arrow after "Exporter / importer"
    button.setText(QCoreApplication.translate("ExchangeMenu", "Export / import"))
    menu = QMenu(button)

    def actions() -> CalendarExchangeActions | None:
        window: QWidget = tab.window()
        return getattr(window, "calendar_exchange", None)

    def export(kind: str) -> None:
        found = actions()
        if found is not None:
            found.export(kind, shown())

    def import_posts() -> None:
        found = actions()
        if found is not None:
            found.import_posts_csv()

    menu.addAction(
        QCoreApplication.translate("ExchangeMenu", "To a calendar app (.ics)…"),
        lambda: export("ics"),
    )
    menu.addAction(
        QCoreApplication.translate("ExchangeMenu", "For a scheduler (CSV)…"),
        lambda: export("buffer"),
    )
    menu.addAction(
        QCoreApplication.translate("ExchangeMenu", "Posts to edit in a spreadsheet (CSV)…"),
        lambda: export("calendar-csv"),
    )
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ExchangeMenu", "Import posts (CSV)…"), import_posts)
    button.setMenu(menu)
    return button
