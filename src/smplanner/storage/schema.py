"""The plan file's schema, as an ordered list of sqlite-utils migrations.

Each feature adds its tables as new steps at the end; a released step is never
edited. The schema version of a file is the number of steps applied to it, kept in
PRAGMA user_version too so that it can be read without sqlite-utils.

Importing this module imports sqlite-utils (and numpy through it): only the code
that migrates or creates a plan needs it, not the start-up path.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "smplanner"

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_plan")
def _plan_table(db: Database) -> None:
    # A single row (id = 1) describing the client; uuid names the plan in keyring
    # entries so that renaming or copying the file keeps its accounts reachable.
    db["plan"].create(
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


@migrations(name="0002_currency_and_settings")
def _currency_and_settings(db: Database) -> None:
    db["plan"].add_column("currency", str, not_null_default="EUR")
    # Per-plan preferences of later features (slots, caps, report options), as JSON.
    db["settings"].create({"key": str, "value": str}, pk="key")


def schema_version_count() -> int:
    """How many steps this version of smplanner knows: its schema version."""
    return len(migrations._migrations)


def known_step_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def migrate(db: Database, *, stop_before: str | None = None) -> int:
    """Apply the pending steps, each in its own transaction; return the new version."""
    migrations.apply(db, stop_before=stop_before)
    applied = len(migrations.applied(db))
    db.execute(f"PRAGMA user_version = {applied:d}")
    return applied


def applied_step_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def table_counts(db: Database) -> dict[str, Any]:
    """Rows per user table, for `smplanner check` summaries."""
    return {
        name: db[name].count for name in db.table_names() if not name.startswith(("_", "sqlite_"))
    }
