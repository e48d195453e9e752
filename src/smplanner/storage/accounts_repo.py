"""Rows of the accounts table: which accounts a plan has, and their keyring entry names."""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.storage.plan_file import PlanFile, now_iso

_COLUMNS = "id, network, name, external_id, keyring_entry, last_refresh_at"


@dataclass(frozen=True)
class Account:
    """One of the client's accounts. ``keyring_entry`` is None when no token is wanted."""

    id: int
    network: str
    name: str
    external_id: str
    keyring_entry: str | None
    last_refresh_at: str | None = None


def _account(row: tuple[object, ...]) -> Account:
    return Account(
        id=int(str(row[0])),
        network=str(row[1]),
        name=str(row[2]),
        external_id=str(row[3]),
        keyring_entry=None if row[4] is None else str(row[4]),
        last_refresh_at=None if row[5] is None else str(row[5]),
    )


def list_accounts(plan: PlanFile) -> list[Account]:
    rows = plan.conn.execute(
        f"SELECT {_COLUMNS} FROM accounts ORDER BY network, lower(name), id"
    ).fetchall()
    return [_account(row) for row in rows]


def get_account(plan: PlanFile, account_id: int) -> Account | None:
    row = plan.conn.execute(
        f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return None if row is None else _account(row)


def find_account(plan: PlanFile, network: str, external_id: str) -> Account | None:
    row = plan.conn.execute(
        f"SELECT {_COLUMNS} FROM accounts WHERE network = ? AND external_id = ?",
        (network, external_id),
    ).fetchone()
    return None if row is None else _account(row)


def insert_account(
    plan: PlanFile, network: str, name: str, external_id: str, keyring_entry: str | None
) -> int:
    with plan.transaction() as db:
        table = db.table("accounts")
        table.insert(
            {
                "network": network,
                "name": name,
                "external_id": external_id,
                "keyring_entry": keyring_entry,
                "created_at": now_iso(),
            }
        )
        return int(table.last_pk or 0)


def set_name(plan: PlanFile, account_id: int, name: str) -> None:
    with plan.transaction() as db:
        db.table("accounts").update(account_id, {"name": name})


def set_keyring_entry(plan: PlanFile, account_id: int, entry: str | None) -> None:
    with plan.transaction() as db:
        db.table("accounts").update(account_id, {"keyring_entry": entry})


def set_last_refresh(plan: PlanFile, account_id: int, when: str) -> None:
    with plan.transaction() as db:
        db.table("accounts").update(account_id, {"last_refresh_at": when})


def delete_account(plan: PlanFile, account_id: int) -> None:
    with plan.transaction() as db:
        db.table("accounts").delete(account_id)
