"""File menu behaviour: New, Open, Open Recent, Save As, Close.

Kept apart from MainWindow so that the window only wires; every question goes
through Prompts, so tests drive these flows with real files and no modal dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import plan_files
from smplanner.storage.errors import PlanFileError, PlanLockedError
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.app_paths import user_folder
from smplanner.ui.error_messages import describe
from smplanner.ui.i18n import ui_language

if TYPE_CHECKING:
    from smplanner.ui.main_window import MainWindow
    from smplanner.ui.prompts import Prompts


class PlanFileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def _prompts(self) -> Prompts:
        return self._window.prompts

    def _start_folder(self) -> Path:
        # The default plan lives in the hidden data folder: never start a dialog there.
        return user_folder(*self._window.recent.paths())

    def new_plan(self) -> bool:
        defaults = PlanProperties(client_name="", language=ui_language())
        properties = self._prompts.new_plan_properties(defaults)
        if properties is None:
            return False
        suggested = self._start_folder() / f"{_safe_file_name(properties.client_name)}.smplan"
        path = self._prompts.save_path(
            QCoreApplication.translate("PlanFileActions", "Create the plan file"), suggested
        )
        if path is None:
            return False
        if path.exists():
            # The save dialog already asked to replace; a plan must never be
            # overwritten by a new empty one, so keep it and say so.
            self._prompts.error(
                QCoreApplication.translate("PlanFileActions", "File already exists"),
                QCoreApplication.translate(
                    "PlanFileActions",
                    "{path} already exists. Choose another name, or open it with File > Open.",
                ).format(path=path),
            )
            return False
        try:
            plan = plan_files.create(path, properties)
        except PlanFileError as error:
            self._prompts.error(*describe(error))
            return False
        self._window.set_plan(plan)
        view = self._window.plan_view
        if view is not None and view.strategy.offer_sector_template():
            view.tabs.setCurrentWidget(view.strategy)  # the offer is the next step
        return True

    def open_dialog(self) -> bool:
        path = self._prompts.open_path(self._start_folder())
        return self.open_path(path) if path is not None else False

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self._window.recent.remove(path)
            self._window.refresh_recent()
            self._prompts.error(
                QCoreApplication.translate("PlanFileActions", "Plan not found"),
                QCoreApplication.translate(
                    "PlanFileActions",
                    "{path} is no longer there: it may have been moved, renamed or deleted. "
                    "It was removed from the recent plans.",
                ).format(path=path),
            )
            return False
        return self.open_path(path)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        path = path.absolute()
        current = self._window.document
        if current is not None and current.plan.path == path:
            self._window.statusBar().showMessage(
                QCoreApplication.translate("PlanFileActions", "This plan is already open."), 5000
            )
            return True
        plan = self._open_with_prompts(path, read_only=read_only)
        if plan is None:
            return False
        self._window.set_plan(plan)
        return True

    def _open_with_prompts(self, path: Path, *, read_only: bool) -> PlanFile | None:
        try:
            return plan_files.open_existing(path, read_only=read_only)
        except PlanLockedError as error:
            title, text = describe(error)
            if self._prompts.confirm(
                title, text, QCoreApplication.translate("PlanFileActions", "Open read-only")
            ):
                return self._open_with_prompts(path, read_only=True)
            return None
        except PlanFileError as error:
            self._prompts.error(*describe(error))
            return None

    def save_as(self) -> bool:
        document = self._window.document
        if document is None:
            return False
        current = document.plan.path
        suggested = current.with_name(
            QCoreApplication.translate("PlanFileActions", "%1 copy.smplan").replace(
                "%1", current.stem
            )
        )
        path = self._prompts.save_path(
            QCoreApplication.translate("PlanFileActions", "Save the plan as"), suggested
        )
        if path is None:
            return False
        try:
            saved = plan_files.copy_to(document.plan, path)
        except PlanFileError as error:
            self._prompts.error(*describe(error))
            return False
        # The old file was closed by the copy; the window now works on the copy.
        self._window.set_plan(saved.plan, previous_closed=True)
        if saved.tokens.lost:
            self._prompts.info(
                QCoreApplication.translate("PlanFileActions", "Access tokens not copied"),
                QCoreApplication.translate(
                    "PlanFileActions",
                    "The copy is saved, but the access tokens of its accounts could not be "
                    "copied: the keyring could not be used. The original plan keeps its "
                    "tokens. To refresh statistics online from the copy, type the tokens "
                    "again in Accounts once the keyring is unlocked.",
                ),
            )
        return True

    def close_plan(self) -> None:
        self._window.clear_plan()


def _safe_file_name(name: str) -> str:
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "plan"
