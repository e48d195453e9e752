"""Core tables: the client record and per-plan settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def _plan_table(db: Database) -> None:
    # A single row (id = 1) describing the client; uuid names the plan in keyring
    # entries so that renaming or copying the file keeps its accounts reachable.
    db.table("plan").create(
        {
            "id": int,
            "uuid": str,
            "client_name": str,
            "sector": str,
            "timezone": str,
            "language": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"uuid", "client_name", "timezone", "language", "created_at", "updated_at"},
    )


def _currency_and_settings(db: Database) -> None:
    db.table("plan").add_column("currency", str, not_null_default="EUR")
    # Per-plan preferences of later features (slots, caps, report options), as JSON.
    db.table("settings").create({"key": str, "value": str}, pk="key")


STEPS = [
    ("0001_plan", _plan_table),
    ("0002_currency_and_settings", _currency_and_settings),
]
