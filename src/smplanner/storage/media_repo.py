"""SQL of the media kept in the plan (table ``media``, keyed by SHA-256)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class MediaRow:
    """A stored medium without its bytes (those are read only when needed)."""

    sha256: str
    name: str
    kind: str
    size: int
    width: int | None
    height: int | None
    seconds: float | None
    linked_path: str | None  # a large video kept beside the plan, not inside it
    has_thumbnail: bool


_COLUMNS = "sha256, name, kind, size, width, height, seconds, linked_path, thumbnail IS NOT NULL"


def insert_media(conn: sqlite3.Connection, row: dict[str, object]) -> bool:
    """Store a medium unless one with its hash is there; True when it was added."""
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO media ({columns}) VALUES ({marks})", list(row.values())
    )
    return cursor.rowcount == 1


def select_media(conn: sqlite3.Connection, hashes: Iterable[str]) -> dict[str, MediaRow]:
    wanted = sorted(set(hashes))
    found: dict[str, MediaRow] = {}
    for start in range(0, len(wanted), 500):  # SQLite's variable limit
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT {_COLUMNS} FROM media WHERE sha256 IN ({marks})", chunk):
            sha, name, kind, size, width, height, seconds, linked, thumb = row
            found[sha] = MediaRow(
                sha, name, kind, size, width, height, seconds, linked, bool(thumb)
            )
    return found


def select_all_media(conn: sqlite3.Connection) -> list[MediaRow]:
    """Every stored medium, without bytes (the table may not exist in a plan being
    checked before its migration: then none)."""
    try:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM media").fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for sha, name, kind, size, width, height, seconds, linked, thumb in rows:
        out.append(MediaRow(sha, name, kind, size, width, height, seconds, linked, bool(thumb)))
    return out


def media_data(conn: sqlite3.Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT data FROM media WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def media_thumbnail(conn: sqlite3.Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT thumbnail FROM media WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def media_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM media").fetchone()[0])


def referenced_hashes(conn: sqlite3.Connection) -> set[str]:
    """The SHA-256 of every medium some post refers to ("media:<sha>/<name>" in its
    JSON list), read in one pass over the posts that refer to any."""
    from smplanner.domain.plan_media import parse_ref

    found: set[str] = set()
    for (cell,) in conn.execute("SELECT media FROM posts WHERE media LIKE '%media:%'"):
        try:
            refs = json.loads(cell)
        except (TypeError, ValueError):
            continue
        for ref in refs if isinstance(refs, list) else ():
            parsed = parse_ref(str(ref))
            if parsed is not None:
                found.add(parsed[0])
    return found


def take_media(conn: sqlite3.Connection, hashes: Iterable[str]) -> list[dict[str, object]]:
    """Delete these media and hand back their whole rows (bytes too) for an undo."""
    rows: list[dict[str, object]] = []
    for sha in sorted(set(hashes)):
        cursor = conn.execute("SELECT * FROM media WHERE sha256 = ?", [sha])
        names = [column[0] for column in cursor.description]
        row = cursor.fetchone()
        if row is not None:
            rows.append(dict(zip(names, row, strict=True)))
            conn.execute("DELETE FROM media WHERE sha256 = ?", [sha])
    return rows
