"""The client's accounts per plan, and their access tokens in the OS keyring.

The plan file holds which accounts exist and each one's keyring entry name; the
token goes only to ``smplanner.keyring_tokens``. Account changes are not undoable steps:
undoing the removal of an account could not bring its deleted token back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from smplanner import keyring_tokens
from smplanner.domain.networks import NetworkId, network_ids
from smplanner.errors import UserError
from smplanner.services.changes import Changes, Topic
from smplanner.storage import accounts_repo
from smplanner.storage.accounts_repo import Account
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid

ACCOUNTS = Topic.ACCOUNTS

# Networks whose statistics smplanner can refresh from their official API.
ONLINE_NETWORKS = (NetworkId.FACEBOOK, NetworkId.INSTAGRAM, NetworkId.YOUTUBE)

__all__ = ["ACCOUNTS", "ONLINE_NETWORKS", "Account", "AccountError", "TokenState"]


class AccountError(UserError):
    """A value of the Accounts dialog that cannot be stored; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TokenState:
    """Where an account's token stands on this machine."""

    NOT_WANTED = "not_wanted"  # no online refresh for this account
    STORED = "stored"
    MISSING = "missing"  # the plan expects one, this machine's keyring has none

    account_id: int
    state: str


def list_accounts(plan: PlanFile) -> list[Account]:
    """The plan's accounts, by network then name."""
    return accounts_repo.list_accounts(plan)


def _clean(network: str, name: str, external_id: str) -> tuple[str, str, str]:
    if network not in network_ids():
        raise AccountError("network", f"“{network}” is not a network smplanner knows.")
    name = " ".join(name.split())
    if not name:
        raise AccountError("name", "Type the account's name or handle, e.g. @boulangerie.")
    external_id = external_id.strip()
    if not external_id:
        raise AccountError(
            "external_id", "Type the page or account id (e.g. the Facebook Page id)."
        )
    if "/" in external_id or any(c.isspace() for c in external_id):
        raise AccountError(
            "external_id", "The page or account id has no spaces or slashes: copy it again."
        )
    return network, name, external_id


def _clean_token(token: str, network: str) -> str:
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise AccountError("token", "Paste the access token without spaces or line breaks.")
    if network not in ONLINE_NETWORKS:
        raise AccountError(
            "token", "Online refresh is not available for this network: leave the token empty."
        )
    return token


def add_account(
    plan: PlanFile, network: str, name: str, external_id: str, token: str | None = None
) -> Changes:
    """Add an account; with a token, store it in the keyring first.

    Raises AccountError for a bad value or a duplicate, KeyringUnavailableError when a
    token was given but cannot be kept securely — then nothing is stored at all.
    """
    network, name, external_id = _clean(network, name, external_id)
    if accounts_repo.find_account(plan, network, external_id) is not None:
        raise AccountError(
            "external_id", f"This plan already has the {network} account {external_id}."
        )
    entry: str | None = None
    if token:
        token = _clean_token(token, network)
        entry = keyring_tokens.entry_name(plan_uuid(plan), network, external_id)
        keyring_tokens.store_token(entry, token)
    try:
        account_id = accounts_repo.insert_account(plan, network, name, external_id, entry)
    except BaseException:
        if entry is not None:
            keyring_tokens.delete_token(entry)  # leave no orphan secret behind
        raise
    return Changes.of(ACCOUNTS, accounts={account_id})


def rename_account(plan: PlanFile, account_id: int, name: str) -> Changes:
    """Change the displayed name or handle of an account."""
    account = _existing(plan, account_id)
    _, name, _ = _clean(account.network, name, account.external_id)
    accounts_repo.set_name(plan, account_id, name)
    return Changes.of(ACCOUNTS, accounts={account_id})


def replace_token(plan: PlanFile, account_id: int, token: str) -> Changes:
    """Store a new token for an account (also how a plan from another machine gets one).

    Works on a read-only plan whose account already names its entry: only the
    keyring is written then.
    """
    account = _existing(plan, account_id)
    token = _clean_token(token, account.network)
    entry = account.keyring_entry or keyring_tokens.entry_name(
        plan_uuid(plan), account.network, account.external_id
    )
    keyring_tokens.store_token(entry, token)
    if account.keyring_entry is None:
        try:
            accounts_repo.set_keyring_entry(plan, account_id, entry)
        except BaseException:
            keyring_tokens.delete_token(entry)
            raise
    return Changes.of(ACCOUNTS, accounts={account_id})


def forget_token(plan: PlanFile, account_id: int) -> Changes:
    """Delete an account's token from the keyring and stop refreshing it online."""
    account = _existing(plan, account_id)
    if account.keyring_entry is not None:
        _delete_entry(account.keyring_entry)
        accounts_repo.set_keyring_entry(plan, account_id, None)
    return Changes.of(ACCOUNTS, accounts={account_id})


def remove_account(plan: PlanFile, account_id: int, *, forget_token: bool = True) -> Changes:
    """Remove an account and, with ``forget_token``, its keyring entry.

    A plan file copied outside smplanner names the same keyring entries as its
    original (Save As and the JSON import give a copy entries of its own):
    ``forget_token=False`` removes the account from this plan only and leaves the
    token to such copies. The keyring entry goes first: if a locked or
    failing keyring cannot delete it the account stays, so that no token is left
    behind with nothing pointing at it. On a machine with no keyring at all the
    account is simply removed.
    """
    account = _existing(plan, account_id)
    if forget_token and account.keyring_entry is not None:
        _delete_entry(account.keyring_entry)
    accounts_repo.delete_account(plan, account_id)
    return Changes.of(ACCOUNTS, accounts={account_id})


def record_refresh(plan: PlanFile, account_id: int, when: datetime | None = None) -> Changes:
    """Note that the account's statistics were just refreshed online (``when``, or now)."""
    _existing(plan, account_id)
    moment = (when or datetime.now(UTC)).isoformat(timespec="seconds")
    accounts_repo.set_last_refresh(plan, account_id, moment)
    return Changes.of(ACCOUNTS, accounts={account_id})


def _delete_entry(entry: str) -> None:
    try:
        keyring_tokens.delete_token(entry)
    except keyring_tokens.KeyringUnavailableError as error:
        # With no keyring at all on this machine the token cannot be here to delete;
        # a locked or failing keyring might hold it, so the caller must retry later.
        if error.reason not in (keyring_tokens.NO_BACKEND, keyring_tokens.INSECURE_BACKEND):
            raise


def token_state(account: Account) -> TokenState:
    """Whether this machine's keyring holds the account's token (reads the keyring)."""
    if account.keyring_entry is None:
        return TokenState(account.id, TokenState.NOT_WANTED)
    present = keyring_tokens.read_token(account.keyring_entry) is not None
    return TokenState(account.id, TokenState.STORED if present else TokenState.MISSING)


def read_token(account: Account) -> str | None:
    """The account's token from the keyring, or None (not wanted, or not on this machine)."""
    if account.keyring_entry is None:
        return None
    return keyring_tokens.read_token(account.keyring_entry)


def _existing(plan: PlanFile, account_id: int) -> Account:
    account = accounts_repo.get_account(plan, account_id)
    if account is None:
        raise AccountError("account", "This account no longer exists in the plan.")
    return account
