"""The accounts list as a table model, fed plain rows (testable without a view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from smplanner.domain.networks import network
from smplanner.services.accounts import Account, TokenState
from smplanner.ui.accounts.refresh_age import last_refresh_text
from smplanner.ui.model_index import AnyIndex

NAME_COLUMN = 1
STATE_COLUMN = 3


class AccountsTableModel(QAbstractTableModel):
    # (account id, new name): the name cell was edited; the dialog asks the service.
    rename_requested = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._accounts: list[Account] = []
        self._states: dict[int, str] = {}

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def set_states(self, states: dict[int, str]) -> None:
        """Token states read from the keyring (account id -> TokenState constant)."""
        self._states = dict(states)
        if self._accounts:
            last = len(self._accounts) - 1
            self.dataChanged.emit(self.index(0, STATE_COLUMN), self.index(last, STATE_COLUMN))

    def account_at(self, row: int) -> Account | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def state_of(self, account_id: int) -> str | None:
        return self._states.get(account_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Network"),
            self.tr("Account"),
            self.tr("Page or account id"),
            self.tr("Access token"),
            self.tr("Last refresh"),
        )[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable  # renaming: type over the name
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        account = self.account_at(index.row())
        if account is None or index.column() != NAME_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value)
        if name != account.name:
            self.rename_requested.emit(account.id, name)
        return False  # the list is reloaded from the plan once the service stored it

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        account = self.account_at(index.row())
        if account is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == NAME_COLUMN:
            return account.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            try:
                return network(account.network).name
            except KeyError:
                return account.network
        if column == 1:
            return account.name
        if column == 2:
            return account.external_id
        if column == STATE_COLUMN:
            return self._state_text(account)
        return last_refresh_text(account.last_refresh_at)

    def _state_text(self, account: Account) -> str:
        # Never the token itself: only whether this machine's keyring has one.
        if account.keyring_entry is None:
            return self.tr("none (offline only)")
        state = self._states.get(account.id)
        if state == TokenState.STORED:
            return self.tr("stored in the keyring")
        if state == TokenState.MISSING:
            return self.tr("missing on this computer: paste it again")
        if state == "unavailable":
            return self.tr("keyring unavailable")
        return self.tr("checking…")
