"""Reading and writing the plan's single client record and its settings."""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import PlanFile, now_iso


def read_properties(plan: PlanFile) -> PlanProperties:
    # Plain SQL on purpose: this runs before the first frame, before sqlite-utils loads.
    row = plan.conn.execute(
        "SELECT client_name, sector, timezone, language, currency FROM plan WHERE id = 1"
    ).fetchone()
    return PlanProperties(
        client_name=row[0],
        sector=row[1] or "",
        timezone=row[2],
        language=row[3],
        currency=row[4],
    )


def plan_zone(conn: sqlite3.Connection) -> ZoneInfo:
    """The plan's time zone: every scheduled time is shown and stored in it, and an
    export's local times are read in it. The one place it is read; a zone this
    computer does not know (a plan from a newer system) reads as UTC, never a crash."""
    row = conn.execute("SELECT timezone FROM plan WHERE id = 1").fetchone()
    try:
        return ZoneInfo(row[0]) if row and row[0] else ZoneInfo("UTC")
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return ZoneInfo("UTC")


def plan_uuid(plan: PlanFile) -> str:
    return str(plan.conn.execute("SELECT uuid FROM plan WHERE id = 1").fetchone()[0])


def give_new_identity(conn: sqlite3.Connection) -> dict[int, str]:
    """A new uuid for the plan on ``conn`` (a copy being loaded) and no keyring entry
    on its accounts: the copy's tokens are its own to make. Returns the entries the
    accounts had, by account id."""
    import uuid  # ~9 ms with platform: not on the start-up path

    conn.execute("UPDATE plan SET uuid = ? WHERE id = 1", (str(uuid.uuid4()),))
    entries = {
        int(account_id): str(entry)
        for account_id, entry in conn.execute(
            "SELECT id, keyring_entry FROM accounts WHERE keyring_entry IS NOT NULL"
        )
    }
    conn.execute("UPDATE accounts SET keyring_entry = NULL")
    return entries


def make_new_plan_of(conn: sqlite3.Connection, properties: PlanProperties) -> None:
    """The plan on ``conn`` (a template being loaded) becomes a new plan of this client:
    a new uuid, these properties, made and changed now."""
    import uuid  # ~9 ms with platform: not on the start-up path

    stamp = now_iso()
    conn.execute(
        "UPDATE plan SET uuid = ?, client_name = ?, sector = ?, timezone = ?, language = ?,"
        " currency = ?, created_at = ?, updated_at = ? WHERE id = 1",
        (
            str(uuid.uuid4()),
            properties.client_name,
            properties.sector,
            properties.timezone,
            properties.language,
            properties.currency,
            stamp,
            stamp,
        ),
    )


def write_properties(plan: PlanFile, properties: PlanProperties) -> None:
    with plan.transaction() as db:
        db.table("plan").update(
            1,
            {
                "client_name": properties.client_name,
                "sector": properties.sector,
                "timezone": properties.timezone,
                "language": properties.language,
                "currency": properties.currency,
                "updated_at": now_iso(),
            },
        )


def read_setting(plan: PlanFile, key: str, default: Any = None) -> Any:
    row = plan.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def write_setting(plan: PlanFile, key: str, value: Any) -> None:
    with plan.transaction() as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
