"""The main window: wires the menus, the undo stack and the plan view. No business rule."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from smplanner.services import plan_properties
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.approval_actions import ApprovalActions, is_answers_file
from smplanner.ui.calendar.calendar_exchange_actions import CalendarExchangeActions
from smplanner.ui.deliverables.deliverables_actions import DeliverablesActions
from smplanner.ui.deliverables.monthly_report_actions import MonthlyReportActions
from smplanner.ui.document import PlanDocument
from smplanner.ui.error_messages import describe
from smplanner.ui.main_menus import build_menus
from smplanner.ui.plan_file_actions import PlanFileActions
from smplanner.ui.plan_restore_actions import PlanRestoreActions
from smplanner.ui.plan_view import PlanView
from smplanner.ui.prompts import Prompts
from smplanner.ui.recent_files import RecentFiles
from smplanner.ui.screen_fit import fit_to_screen
from smplanner.ui.start_page import StartPage
from smplanner.ui.statistics.export_drops import dropped_export_paths


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self.recent = RecentFiles(settings)
        self.document: PlanDocument | None = None
        self.plan_view: PlanView | None = None
        self.undo_group = QUndoGroup(self)
        self.file_actions = PlanFileActions(self)
        self.restore_actions = PlanRestoreActions(self)

        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)

        self.actions_ = build_menus(self, self.undo_group)
        self.deliverables = DeliverablesActions(self)
        self.calendar_exchange = CalendarExchangeActions(self)
        self.approval = ApprovalActions(self)
        self.monthly_report = MonthlyReportActions(self)
        self._connect_actions()
        self._build_undo_dock()
        self.refresh_recent()
        self._update_for_plan()
        self._restore_window_state()
        self.setAcceptDrops(True)  # export files dropped anywhere: import statistics

    # ------------------------------------------------------------------ wiring

    def _connect_actions(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.file_actions.new_plan)
        a.open.triggered.connect(self.file_actions.open_dialog)
        a.save_as.triggered.connect(self.file_actions.save_as)
        a.restore.triggered.connect(self.restore_actions.restore)
        a.close.triggered.connect(self.file_actions.close_plan)
        a.quit.triggered.connect(self.close)
        a.properties.triggered.connect(self.edit_properties)
        a.accounts.triggered.connect(self.edit_accounts)
        a.import_statistics.triggered.connect(self.import_statistics)
        a.preferences.triggered.connect(self.edit_preferences)
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(self.show_about_qt)
        for index, action in enumerate(a.tab_actions):
            action.triggered.connect(lambda _=False, i=index: self.show_tab(i))
        self.start_page.new_requested.connect(self.file_actions.new_plan)
        self.start_page.template_requested.connect(self.deliverables.create_from_template)
        self.start_page.open_requested.connect(self.file_actions.open_dialog)
        self.start_page.recent_requested.connect(self.file_actions.open_recent)

    def _build_undo_dock(self) -> None:
        self.undo_dock = QDockWidget(self.tr("Undo history"), self)
        self.undo_dock.setObjectName("undoHistoryDock")
        self.undo_dock.setWidget(QUndoView(self.undo_group))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        self.actions_.undo_history.toggled.connect(self.undo_dock.setVisible)
        self.undo_dock.visibilityChanged.connect(self.actions_.undo_history.setChecked)

    # ------------------------------------------------------------------ plan

    def set_plan(self, plan: PlanFile, *, previous_closed: bool = False) -> None:
        """Show ``plan``, closing the one shown before (unless already closed)."""
        current_tab = self.plan_view.tabs.currentIndex() if self.plan_view else 0
        self._drop_document(close_file=not previous_closed)
        self.document = PlanDocument(plan, self)
        self.document.changed.connect(self._on_changes)
        self.document.failed.connect(lambda error: self.prompts.error(*describe(error)))
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.plan_view = PlanView(self.document)
        self.plan_view.strategy.prompts = self.prompts  # the template question
        self.plan_view.edit_properties_requested.connect(self.edit_properties)
        self.plan_view.save_copy_requested.connect(self.file_actions.save_as)
        self.stack.addWidget(self.plan_view)
        self.stack.setCurrentWidget(self.plan_view)
        self.plan_view.tabs.setCurrentIndex(current_tab)
        self.recent.add(plan.path)
        self.refresh_recent()
        self._update_for_plan()
        from smplanner.ui.integrity_watch import watch_plan

        self.integrity_watch = watch_plan(self, plan.path, plan.path.stat().st_size)
        self.restore_actions.copy_later(plan.path)
        from smplanner.ui.accessible_names import give_names_soon
        from smplanner.ui.open_messages import tell_about_open

        give_names_soon(self.plan_view, after_painting=self.current_tab_widget())

        tell_about_open(self, plan)

    def clear_plan(self) -> None:
        self._drop_document(close_file=True)
        self.stack.setCurrentWidget(self.start_page)
        self._update_for_plan()

    def _drop_document(self, *, close_file: bool) -> None:
        if self.document is None:
            return
        self.undo_group.removeStack(self.document.undo_stack)
        if self.plan_view is not None:
            self.stack.removeWidget(self.plan_view)
            self.plan_view.deleteLater()
            self.plan_view = None
        if close_file:
            self.document.close()
        self.document.deleteLater()
        self.document = None

    def _on_changes(self, _changes: object) -> None:
        self._update_title()

    def _update_for_plan(self) -> None:
        has_plan = self.document is not None
        for action in self.actions_.plan_actions():
            action.setEnabled(has_plan)
        self.deliverables.update_for_plan(has_plan)
        self.calendar_exchange.update_for_plan(has_plan)
        self.approval.update_for_plan(has_plan)
        self.monthly_report.update_for_plan(has_plan)
        if has_plan and self.document is not None and self.document.read_only:
            self.actions_.properties.setEnabled(False)
        self._update_title()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("smplanner")
            self.setWindowFilePath("")
            return
        client = plan_properties.get_properties(self.document.plan).client_name
        title = f"{client} — {self.document.plan.path.name}"
        if self.document.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(f"{title} — smplanner")
        self.setWindowFilePath(str(self.document.plan.path))

    def refresh_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, 1):
            action = menu.addAction(f"&{number % 10} {path.name}  ({path.parent})")
            action.triggered.connect(lambda _=False, p=path: self.file_actions.open_recent(p))
        menu.setEnabled(bool(paths))
        if paths:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), self._clear_recent)
        self.start_page.show_recent(paths)

    def _clear_recent(self) -> None:
        self.recent.clear()
        self.refresh_recent()

    def show_tab(self, index: int) -> None:
        if self.plan_view is not None:
            self.plan_view.tabs.setCurrentIndex(index)

    # ------------------------------------------------------------------ dialogs

    def edit_properties(self) -> None:
        from smplanner.ui.plan_properties_command import edit_plan_properties

        if self.document is not None:
            edit_plan_properties(self.document, self)

    def edit_accounts(self) -> None:
        from smplanner.ui.accounts.accounts_dialog import AccountsDialog

        if self.document is not None:
            AccountsDialog(self.document, self).exec()

    def import_statistics(self) -> None:
        self.import_statistics_files([])

    def import_statistics_files(self, paths: list[Path]) -> None:
        if self.plan_view is not None:
            self.show_tab(2)  # the Statistics tab, built on first show
            self.plan_view.statistics.ensure_built().open_import_dialog(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.plan_view is not None and dropped_export_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_export_paths(event.mimeData())
        if self.plan_view is not None and paths:
            event.acceptProposedAction()
            answers = [p for p in paths if is_answers_file(p)]  # the client's approval
            for path in answers:
                self.approval.import_answers(path)
            others = [p for p in paths if p not in answers]
            if others:
                self.import_statistics_files(others)

    def edit_preferences(self) -> None:
        from smplanner.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() and dialog.language_changed():
            self.statusBar().showMessage(
                self.tr("The new language applies the next time smplanner starts."), 10000
            )

    def show_about(self) -> None:
        from smplanner.ui.about_dialog import show_about

        show_about(self, self.document.plan.path if self.document else None)

    def show_about_qt(self) -> None:
        from smplanner.ui.about_dialog import show_about_qt

        show_about_qt(self)

    # ------------------------------------------------------------------ window state

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_to_screen(self)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self._drop_document(close_file=True)
        super().closeEvent(event)

    def release_plan(self) -> None:
        """Close the plan file and its lock (idempotent)."""
        self._drop_document(close_file=True)
        self.restore_actions.finish_copies()

    def current_tab_widget(self) -> QWidget | None:
        return self.plan_view.tabs.currentWidget() if self.plan_view else None

    def plan_path(self) -> Path | None:
        return self.document.plan.path if self.document else None
