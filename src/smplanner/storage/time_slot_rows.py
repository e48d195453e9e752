"""The time_slots table: a network's good hours as this plan stores them (raw SQL).

A network with no row uses the shipped defaults. Writes happen inside the
caller's ``plan.transaction()``.
"""

from __future__ import annotations

import sqlite3

SlotRow = tuple[int, int, float, str]  # weekday (0 = Monday), hour, score 0..1, source


def select_slots(conn: sqlite3.Connection, network: str) -> list[SlotRow]:
    """A network's stored rows, by weekday and hour ([] = the defaults apply)."""
    rows = conn.execute(
        "SELECT weekday, hour, score, source FROM time_slots WHERE network = ?"
        " ORDER BY weekday, hour",
        (network,),
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def replace_slots(conn: sqlite3.Connection, network: str, rows: list[SlotRow]) -> None:
    """Make ``rows`` the network's stored slots (none: back to the defaults)."""
    conn.execute("DELETE FROM time_slots WHERE network = ?", [network])
    conn.executemany(
        "INSERT INTO time_slots (network, weekday, hour, score, source) VALUES (?, ?, ?, ?, ?)",
        [(network, *row) for row in rows],
    )
