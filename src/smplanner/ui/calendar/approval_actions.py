"""The client's approval from the window: "Send for approval…" writes the page of the
month (or week) shown, "Import the client's answers…" (or an answers file dropped on
the window) applies them in one undo step and says what happened, conflicts named.

Installed into the main window by one call, like the calendar's exports; the file
questions go through ``ask_save``/``ask_open`` and the summary through the window's
prompts, all replaceable in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from smplanner.ui.app_paths import suggested_beside, user_folder
from smplanner.ui.main_menus import menu_of

if TYPE_CHECKING:
    from smplanner.services.approval_rounds import AnswersSummary
    from smplanner.ui.calendar.calendar_period import CalendarPeriod
    from smplanner.ui.calendar.calendar_tab import CalendarTab
    from smplanner.ui.main_window import MainWindow

ANSWERS_MARK = b"smplanner-approval-answers"


def is_answers_file(path: Path) -> bool:
    """True for a JSON file that says it is an approval answers file (first 4 kB)."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            return ANSWERS_MARK in handle.read(4096)
    except OSError:
        return False


def shown_period(period: CalendarPeriod) -> tuple[date, date]:
    """The week shown, or the month shown (not the neighbouring days of its grid)."""
    from smplanner.ui.calendar.calendar_period import WEEK

    if period.mode == WEEK:
        return period.span()
    first = date(period.anchor.year, period.anchor.month, 1)
    return first, (first + timedelta(days=32)).replace(day=1)


class ApprovalActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ask_save: Callable[[str, Path, str], Path | None] = lambda title, suggested, kinds: (
            window.prompts.save_file(title, suggested, kinds)
        )
        self.ask_open: Callable[[str, str], Path | None] = lambda title, kinds: (
            window.prompts.open_file(title, user_folder(window.plan_path()), kinds)
        )
        self.send_action = QAction(self.tr("Send for &approval (page for the client)…"), window)
        self.import_action = QAction(self.tr("Import the client's &answers…"), window)
        file_menu = menu_of(window.actions_.close)
        file_menu.insertAction(window.deliverables.import_json, self.import_action)
        menu_of(window.deliverables.export_report).addAction(self.send_action)
        self.send_action.triggered.connect(lambda: self.send())
        self.import_action.triggered.connect(lambda: self.import_answers())

    def update_for_plan(self, has_plan: bool) -> None:
        document = self._window.document
        editable = has_plan and document is not None and not document.read_only
        self.send_action.setEnabled(editable)
        self.import_action.setEnabled(editable)

    def _calendar(self) -> CalendarTab | None:
        from smplanner.ui.calendar.calendar_tab import CalendarTab

        view = self._window.plan_view
        built = None if view is None else view.calendar.ensure_built()
        return built if isinstance(built, CalendarTab) else None

    # ------------------------------------------------------------- send

    def send(self) -> bool:
        """Write the page of the period shown in the calendar; the posts sent become
        "to approve" (one undo step)."""
        from smplanner.approval.send import send_for_approval

        document, tab, path = self._window.document, self._calendar(), self._window.plan_path()
        if document is None or tab is None or path is None:
            return False
        first, after = shown_period(tab.period)
        name = self.tr("%1 - for approval %2.html").replace("%1", path.stem)
        target = self.ask_save(
            self.tr("Send for approval"),
            suggested_beside(path, name.replace("%2", first.isoformat()[:7])),
            self.tr("Web page (*.html)"),
        )
        if target is None:
            return False
        if target.suffix.lower() not in (".html", ".htm"):
            target = target.with_name(target.name + ".html")
        plan = document.plan
        try:
            edit = document.run(
                lambda e: self.tr("Send %Ln post(s) for approval", "", len(e.value.fingerprints)),
                lambda: send_for_approval(plan, first, after, target),
            )
        except OSError as error:
            self._window.prompts.error(
                self.tr("The page could not be written"),
                self.tr("%1: %2. Choose another folder.")
                .replace("%1", str(target))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        if edit is None:
            return False
        count = len(edit.value.fingerprints)
        self._window.prompts.info(
            self.tr("Page written"),
            self.tr(
                "%1\n\n%Ln post(s) to approve. E-mail this file to the client: it opens in any "
                "browser, offline. Drop the answers file they send back on this window.",
                "",
                count,
            ).replace("%1", str(target)),
        )
        return True

    # ------------------------------------------------------------- answers

    def import_answers(self, path: Path | None = None) -> bool:
        """Apply an answers file (asked for when not given): one undo step, a summary."""
        from smplanner.domain.approval_answers import MAX_ANSWERS_BYTES
        from smplanner.services import approval_rounds

        document = self._window.document
        if document is None:
            return False
        if path is None:
            path = self.ask_open(
                self.tr("Import the client's answers"), self.tr("Answers (*.json)")
            )
            if path is None:
                return False
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_ANSWERS_BYTES + 1)  # more is refused, unread
        except OSError as error:
            self._window.prompts.error(
                self.tr("The answers could not be read"),
                f"{path}: {error.strerror or error}",
            )
            return False
        plan = document.plan
        edit = document.run(
            self.tr("The client's answers"), lambda: approval_rounds.apply_answers(plan, data)
        )
        if edit is None:
            return False  # refused: the window showed why
        self._window.prompts.info(self.tr("The client's answers"), self.summary_text(edit.value))
        return not edit.changed_nothing

    def summary_text(self, summary: AnswersSummary) -> str:
        from smplanner.domain.approval_answers import CHANGED, GONE, MOVED_ON, SAME
        from smplanner.domain.post_status import PostStatus

        applied = summary.applied()
        lines = [
            self.tr("%Ln post(s) approved", "", applied[PostStatus.APPROVED]),
            self.tr(
                "%Ln post(s) with changes requested", "", applied[PostStatus.CHANGES_REQUESTED]
            ),
        ]
        if summary.count(SAME):
            lines.append(self.tr("%Ln answer(s) already applied", "", summary.count(SAME)))
        reasons = {
            CHANGED: self.tr("changed since it was sent: not applied, look at it with the client"),
            GONE: self.tr("deleted since it was sent"),
            MOVED_ON: self.tr("scheduled or published meanwhile: not applied"),
        }
        conflicts = [o for o in summary.outcomes if o.outcome in reasons]
        if conflicts:
            lines += ["", self.tr("%Ln conflict(s):", "", len(conflicts))]
        for item in conflicts:
            title = (item.post.title or item.post.text[:40]) if item.post else ""
            lines.append(
                self.tr("• post %1 %2: %3")
                .replace("%1", str(item.answer.post_id))
                .replace("%2", f"“{title}”" if title else "")
                .replace("%3", reasons[item.outcome])
            )
        return "\n".join(lines)


def add_approval_entries(menu: QMenu, tab: QWidget) -> None:
    """The round's two entries at the end of the calendar bar's Status menu (a button
    of their own made the bar too wide for a 1024-pixel screen in French); they use
    the actions of the window that holds ``tab``."""

    def actions() -> ApprovalActions | None:
        return getattr(tab.window(), "approval", None)

    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("ApprovalMenu", "Send this period for approval…"),
        lambda: (found := actions()) is not None and found.send(),
    )
    menu.addAction(
        QCoreApplication.translate("ApprovalMenu", "Import the client's answers…"),
        lambda: (found := actions()) is not None and found.import_answers(),
    )
