"""Save As gives the copy keyring entries of its own.

The copy is a plan a user goes on working in (or starts a new client from), so its
accounts must not name the original's keyring entries: forgetting or replacing a token
in one file would otherwise change the other one's. The plan's uuid stays (see
keyring_tokens.copy_entry_name), the tokens are copied entry by entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from smplanner import keyring_tokens
from smplanner.keyring_tokens import KeyringUnavailableError
from smplanner.storage import accounts_repo
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid

# No keyring at all on this machine: the original's tokens cannot be here either, so
# there is nothing the user has lost by the copy and nothing to tell.
_NOTHING_TO_TELL = (keyring_tokens.NO_BACKEND, keyring_tokens.INSECURE_BACKEND)


@dataclass(frozen=True)
class CopiedTokens:
    copied: int  # accounts whose token the copy now holds in an entry of its own
    without_token: int  # accounts of the copy with no token on this machine
    # Set when the keyring could not be read or written: the copy's accounts then
    # have no token on this machine and the user must type them again.
    unavailable: KeyringUnavailableError | None = None

    @property
    def lost(self) -> bool:
        return self.unavailable is not None and self.unavailable.reason not in _NOTHING_TO_TELL


def give_own_tokens(copy: PlanFile) -> CopiedTokens:
    """Copy each account's token of ``copy`` (still naming the original's entries) into
    new entries of the copy's own, and point the accounts at them.

    Never raises for the keyring: an account whose token could not be copied gets an
    entry name of its own with nothing stored under it, which the Accounts dialog
    shows as "token missing on this computer", exactly like the original's state."""
    copied = missing = 0
    unavailable: KeyringUnavailableError | None = None
    identity = plan_uuid(copy)
    for account in accounts_repo.list_accounts(copy):
        if account.keyring_entry is None:
            continue
        own = keyring_tokens.copy_entry_name(identity, account.network, account.external_id)
        token: str | None = None
        if unavailable is None:
            try:
                token = keyring_tokens.read_token(account.keyring_entry)
                if token is not None:
                    keyring_tokens.store_token(own, token)
            except KeyringUnavailableError as error:
                unavailable, token = error, None
        try:
            accounts_repo.set_keyring_entry(copy, account.id, own)
        except BaseException:
            if token is not None:
                keyring_tokens.delete_token(own)  # leave no orphan secret behind
            raise
        if token is None:
            missing += 1
        else:
            copied += 1
    return CopiedTokens(copied, missing, unavailable)
