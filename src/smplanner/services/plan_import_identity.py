"""A plan imported from a JSON export is a plan of its own, not a second copy of one.

It gets a new id, so the keyring entries of its accounts (named after the plan's id,
see keyring_tokens.entry_name) are its own: forgetting a token in one plan never removes it
from the other. Tokens are copied from the original's entries into new ones only when
the user asks (``copy_tokens``); otherwise the accounts come without a token, and the
user types it again where it is needed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smplanner import keyring_tokens
from smplanner.services import accounts
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_json_load import load_plan_file
from smplanner.storage.plan_properties_repo import give_new_identity


@dataclass(frozen=True)
class ImportedPlan:
    plan: PlanFile
    # The original's keyring entry of each account that had a token (account id ->
    # entry): what copy_tokens can copy, if the user asks.
    original_entries: dict[int, str]


@dataclass(frozen=True)
class CopiedTokens:
    copied: int  # accounts whose token now has an entry of the new plan
    not_found: int  # the original's entry is not in this machine's keyring


def load_as_new_plan(export: Path, target: Path) -> ImportedPlan:
    """Create ``target`` from the export file ``export`` with an identity of its own,
    its accounts without tokens (see copy_tokens)."""
    old_entries: dict[int, str] = {}

    def new_identity(conn: sqlite3.Connection) -> None:
        old_entries.update(give_new_identity(conn))

    plan = load_plan_file(export, target, after_rows=new_identity)
    return ImportedPlan(plan, old_entries)


def copy_tokens(imported: ImportedPlan) -> CopiedTokens:
    """Copy each account's token from the original plan's entry into one of the new
    plan's own. Raises KeyringUnavailableError when the keyring cannot be used."""
    copied = not_found = 0
    for account_id, entry in imported.original_entries.items():
        token = keyring_tokens.read_token(entry)
        if token is None:
            not_found += 1
            continue
        accounts.replace_token(imported.plan, account_id, token)
        copied += 1
    return CopiedTokens(copied, not_found)
