"""stat_column_mappings: generic-CSV column mappings saved by name (JSON text)."""

from __future__ import annotations

import sqlite3


def select_mappings(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, mapping as JSON) by name."""
    return [
        (str(name), str(mapping))
        for name, mapping in conn.execute(
            "SELECT name, mapping FROM stat_column_mappings ORDER BY name"
        )
    ]


def save_mapping(conn: sqlite3.Connection, name: str, mapping_json: str) -> None:
    """Keep a mapping under ``name`` (replacing one of that name)."""
    conn.execute(
        "INSERT INTO stat_column_mappings (name, mapping) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping",
        (name, mapping_json),
    )
