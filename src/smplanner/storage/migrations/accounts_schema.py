"""Tables of the accounts feature (steps appended by that feature; see __init__.py).

An account row says that the client has this account and, when online refresh is
wanted, the name of its keyring entry. The token itself lives only in the OS keyring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step


def _accounts(db: Database) -> None:
    db.execute(
        """CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            network TEXT NOT NULL,
            name TEXT NOT NULL,
            external_id TEXT NOT NULL,
            keyring_entry TEXT,
            last_refresh_at TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (network, external_id)
        )"""
    )


STEPS: list[Step] = [
    ("0001_accounts", _accounts),
]
