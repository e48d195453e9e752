"""The Accounts dialog: the client's accounts, their tokens, and the online refresh.

A token is typed in a password field, handed to the service on a worker thread (the
keyring may wait on an unlock prompt) and the field is cleared at once; it is never
shown back, only whether this computer's keyring holds one. An account is renamed by
typing over its name in the list (or Rename account). Removing an account whose token
is in the keyring asks whether to forget the token too: copies of the plan made with
Save As or a JSON import keep the plan's id, so they use the same keyring entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks
from smplanner.errors import UserError
from smplanner.services import accounts
from smplanner.services.changes import Changes
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.accounts.account_messages import describe
from smplanner.ui.accounts.accounts_table_model import NAME_COLUMN, AccountsTableModel
from smplanner.ui.accounts.refresh_panel import RefreshPanel
from smplanner.ui.accounts.removal_question import FORGET_TOKEN, KEEP_TOKEN, ask_removal
from smplanner.ui.background import Job, run_in_background
from smplanner.ui.document import PlanDocument


class AccountsDialog(QDialog):
    busy_changed = Signal(bool)
    states_loaded = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(860)  # a client's name on one line beside the French titles

        self.model = AccountsTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Columns as wide as their words (French ones are long); the name takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        if document.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tests answer the removal question through this (see ask_removal).
        self.removal_question: Callable[[accounts.Account], str | None] = lambda account: (
            ask_removal(self, account)
        )

        self.network_combo = QComboBox()
        for item in all_networks():
            self.network_combo.addItem(item.name, item.id)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Boulangerie Martin or @boulangerie"))
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("e.g. the Page id 1029384756"))
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("only for online refresh; kept in the keyring"))
        # No copy out of the field and no autocompletion history for a secret.
        self.token_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )

        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.network_combo)
        form.addRow(self.tr("Account &name:"), self.name_edit)
        form.addRow(self.tr("Page or account &id:"), self.id_edit)
        form.addRow(self.tr("Access &token:"), self.token_edit)

        self.add_button = QPushButton(self.tr("&Add account"))
        self.rename_button = QPushButton(self.tr("R&ename account"))
        self.replace_button = QPushButton(self.tr("&Replace token"))
        self.forget_button = QPushButton(self.tr("&Forget token"))
        self.remove_button = QPushButton(self.tr("Re&move account"))
        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.replace_button,
            self.forget_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setObjectName("accountsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refresh_panel = RefreshPanel(document, self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.refresh_panel)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_account)
        self.rename_button.clicked.connect(self.start_rename)
        self.model.rename_requested.connect(self.rename_account)
        self.refresh_panel.finished.connect(lambda _result: self.reload())
        self.replace_button.clicked.connect(self.replace_token)
        self.forget_button.clicked.connect(self.forget_token)
        self.remove_button.clicked.connect(self.remove_account)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_panel.token_missing.connect(self._ask_token_again)
        self.refresh_panel.failed.connect(self.show_error)
        self._busy = False
        self.reload()

    # ------------------------------------------------------------------ state

    def selected_account(self) -> accounts.Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def reload(self) -> None:
        if self.document.plan.closed:
            return  # a background call finished after the plan was closed
        selected = self.selected_account()
        self.model.set_accounts(accounts.list_accounts(self.document.plan))
        if selected is not None:  # keep the same account selected after a change
            for row in range(self.model.rowCount()):
                found = self.model.account_at(row)
                if found is not None and found.id == selected.id:
                    self.select_row(row)
        self.refresh_panel.set_account(self.selected_account())
        self._update_buttons()
        listed = [a for a in accounts.list_accounts(self.document.plan) if a.keyring_entry]

        def states(_job: Job) -> dict[int, str]:
            return {a.id: accounts.token_state(a).state for a in listed}

        def unavailable(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.model.set_states({a.id: "unavailable" for a in listed})
            self.show_error(error)
            self.states_loaded.emit()

        def loaded(result: dict[int, str]) -> None:
            self.model.set_states(result)
            missing = [a for a in listed if result.get(a.id) == accounts.TokenState.MISSING]
            if missing:
                self.show_message(
                    self.tr(
                        "This computer's keyring has no token for {names}: the plan was "
                        "probably set up on another computer. Select the account, paste its "
                        "token and click Replace token to refresh online."
                    ).format(names=", ".join(f"“{a.name}”" for a in missing))
                )
            self.states_loaded.emit()

        if listed:
            run_in_background(self, states, on_done=loaded, on_failed=unavailable)
        else:
            # Always later, never inside reload(): listeners connect after construction.
            QTimer.singleShot(0, self.states_loaded.emit)

    def _update_buttons(self) -> None:
        account = self.selected_account()
        writable = not self.document.read_only
        idle = not self._busy
        self.add_button.setEnabled(writable and idle)
        self.rename_button.setEnabled(writable and idle and account is not None)
        self.remove_button.setEnabled(writable and idle and account is not None)
        self.replace_button.setEnabled(
            idle
            and account is not None
            and account.network in accounts.ONLINE_NETWORKS
            and (writable or account.keyring_entry is not None)
        )
        self.forget_button.setEnabled(
            writable and idle and account is not None and account.keyring_entry is not None
        )
        self.refresh_panel.set_account(account)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()
        self.busy_changed.emit(busy)

    def show_message(self, text: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    def show_error(self, error: BaseException) -> None:
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(describe(error))

    # ------------------------------------------------------------------ actions

    def _run(self, call: Callable[[PlanFile], Changes], done_text: str) -> None:
        """Run a service call off the GUI thread (the keyring may wait on an unlock
        prompt) on the task's own connection, then refresh the list and tell the tabs."""
        self._set_busy(True)

        def done(changes: Any) -> None:
            self._set_busy(False)
            self.document.notify(changes)
            self.reload()
            self.show_message(done_text)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(error, UserError):
                raise error
            self.show_error(error)
            self.reload()

        def work(job: Job) -> Changes:
            assert job.plan is not None
            return call(job.plan)

        run_in_background(
            self, work, plan=self.document.plan, writes=True, on_done=done, on_failed=failed
        )

    def _take_token(self) -> str:
        token = self.token_edit.text()
        self.token_edit.clear()  # the secret leaves the widget at once
        return token

    def add_account(self) -> None:
        network = str(self.network_combo.currentData())
        name, external_id, token = self.name_edit.text(), self.id_edit.text(), self._take_token()
        self._run(
            lambda plan: accounts.add_account(plan, network, name, external_id, token or None),
            self.tr("Account added."),
        )
        self.name_edit.clear()
        self.id_edit.clear()

    def replace_token(self) -> None:
        account = self.selected_account()
        token = self._take_token()
        if account is None:
            return
        if not token:
            self.show_message(self.tr("Paste the new token in the Access token field first."))
            self.token_edit.setFocus()
            return
        self._run(
            lambda plan: accounts.replace_token(plan, account.id, token),
            self.tr("Token stored in the keyring."),
        )

    def forget_token(self) -> None:
        account = self.selected_account()
        if account is not None:
            self._run(
                lambda plan: accounts.forget_token(plan, account.id),
                self.tr("Token removed from the keyring."),
            )

    def start_rename(self) -> None:
        """Put the selected account's name cell in edit mode."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = self.model.index(rows[0].row(), NAME_COLUMN)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def rename_account(self, account_id: int, name: str) -> None:
        if self.document.read_only:
            return
        self._run(
            lambda plan: accounts.rename_account(plan, account_id, name),
            self.tr("Account renamed."),
        )

    def remove_account(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        if account.keyring_entry is None:
            self._run(
                lambda plan: accounts.remove_account(plan, account.id),
                self.tr("Account removed."),
            )
            return
        answer = self.removal_question(account)
        if answer == KEEP_TOKEN:
            self._run(
                lambda plan: accounts.remove_account(plan, account.id, forget_token=False),
                self.tr(
                    "Account removed from this plan; its token stays in the keyring for "
                    "the copies of the plan."
                ),
            )
        elif answer == FORGET_TOKEN:
            self._run(
                lambda plan: accounts.remove_account(plan, account.id, forget_token=True),
                self.tr("Account and its keyring entry removed."),
            )

    def _ask_token_again(self, account: accounts.Account) -> None:
        for row in range(self.model.rowCount()):
            found = self.model.account_at(row)
            if found is not None and found.id == account.id:
                self.select_row(row)
        self.show_message(
            self.tr(
                "This computer's keyring has no token for “{name}”. Paste it in the Access "
                "token field and click Replace token, then refresh again."
            ).format(name=account.name)
        )
        self.token_edit.setFocus()

    def reject(self) -> None:
        self.refresh_panel.cancel()
        super().reject()
