"""Refresh statistics of one account from its network's API, in the background.

Fetching (keyring + HTTP) runs on the thread pool with a progress bar and a Cancel
button; storing goes through the statistics ingest as one undo step, like an import.
A successful refresh is noted on the account ("last refreshed 3 days ago"); that note
is not part of the undo step: the fetch did happen.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smplanner.errors import UserError
from smplanner.services import accounts
from smplanner.ui.accounts.refresh_age import last_refresh_text
from smplanner.ui.background import Job, run_in_background
from smplanner.ui.document import PlanDocument


class RefreshPanel(QGroupBox):
    token_missing = Signal(object)  # Account
    failed = Signal(object)  # a UserError
    finished = Signal(object)  # IngestResult
    cancelled = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Online refresh"))
        self.document = document
        self._account: accounts.Account | None = None
        self._cancellation: Any = None
        # Tests point the clients at a local server through this.
        self.fetch_options: Any = None

        self.period_combo = QComboBox()
        for days in (7, 28, 90):
            self.period_combo.addItem(self.tr("Last {days} days").format(days=days), days)
        self.period_combo.setCurrentIndex(1)
        self.refresh_button = QPushButton(self.tr("Refresh &statistics"))
        self.cancel_button = QPushButton(self.tr("&Cancel refresh"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.last_refresh_label = QLabel()
        self.last_refresh_label.setObjectName("lastRefresh")

        row = QHBoxLayout()
        row.addWidget(self.period_combo)
        row.addWidget(self.refresh_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.last_refresh_label)
        layout.addWidget(self.status_label)

        self.refresh_button.clicked.connect(self.start_refresh)
        self.cancel_button.clicked.connect(self.cancel)
        self.set_account(None)

    @property
    def running(self) -> bool:
        return self._cancellation is not None

    def set_account(self, account: accounts.Account | None) -> None:
        same = (account and account.id) == (self._account and self._account.id)
        self._account = account
        online = account is not None and account.network in accounts.ONLINE_NETWORKS
        self.refresh_button.setEnabled(online and not self.running and not self.document.read_only)
        self.last_refresh_label.setText(
            self.tr("Last refreshed: {when}.").format(
                when=last_refresh_text(account.last_refresh_at)
            )
            if account is not None and online
            else ""
        )
        if account is not None and not online:
            self.status_label.setText(
                self.tr("Online refresh is not available for this network: import its exports.")
            )
        elif not self.running and not same:
            self.status_label.clear()  # the outcome shown was another account's

    def start_refresh(self) -> None:
        from smplanner.online.http_session import Cancellation
        from smplanner.online.refresh import fetch_statistics

        account = self._account
        if account is None or self.running:
            return
        until = date.today() - timedelta(days=1)  # today is not complete yet
        since = until - timedelta(days=int(self.period_combo.currentData()) - 1)
        cancellation = Cancellation()
        self._cancellation = cancellation
        options = self.fetch_options

        def work(job: Job) -> Any:
            # Cancel goes through the HTTP session's Cancellation (it stops a request
            # under way), not the task's: the progress reports never raise here.
            return fetch_statistics(
                account,
                since,
                until,
                cancellation=cancellation,
                progress=job.progress,
                options=options,
            )

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.refresh_button.setEnabled(False)
        self.status_label.setText(
            self.tr("Fetching the statistics of “{name}”…").format(name=account.name)
        )
        run_in_background(
            self,
            work,
            on_done=self._fetched,
            on_progress=self._on_progress,
            on_failed=self._fetch_failed,
        )

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._cancellation is not None:
            self._cancellation.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _end(self) -> None:
        self._cancellation = None
        self.progress.hide()
        self.cancel_button.hide()
        self.set_account(self._account)

    def _fetched(self, fetched: Any) -> None:
        from smplanner.services import statistics_edits
        from smplanner.services.changes import Edit
        from smplanner.services.statistics_refresh import store_refresh

        self._end()
        plan = self.document.plan

        def store() -> Edit:
            result = store_refresh(
                plan,
                fetched.account,
                fetched.since,
                fetched.until,
                posts=fetched.posts,
                daily=fetched.daily,
            )
            return statistics_edits.stored_imports(
                plan, [result.import_id], result.changes, value=result
            )

        text = self.tr("Refresh statistics of {name}").format(name=fetched.account.name)
        edit = self.document.run(text, store)
        if edit is not None:
            self.document.notify(accounts.record_refresh(plan, fetched.account.id))
            result = edit.value
            self.status_label.setText(
                self.tr(
                    "Done: {posts} new posts, {days} new daily figures, {updated} updated."
                ).format(
                    posts=result.posts_added,
                    days=result.daily_added,
                    updated=result.posts_updated + result.daily_updated,
                )
            )
            self.finished.emit(result)

    def _fetch_failed(self, error: BaseException) -> None:
        from smplanner.online.errors import RefreshCancelled
        from smplanner.online.refresh import TokenMissingError

        account = self._account
        self._end()
        if isinstance(error, RefreshCancelled):
            self.status_label.setText(self.tr("Refresh cancelled: nothing was stored."))
            self.cancelled.emit()
            return
        if not isinstance(error, UserError):
            raise error
        self.status_label.setText(self.tr("The refresh failed: nothing was stored."))
        if isinstance(error, TokenMissingError) and account is not None:
            self.token_missing.emit(account)
            return
        self.failed.emit(error)
