"""Tables of the labels put on posts (steps appended by that feature; see __init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step


def _label_tables(db: Database) -> None:
    # Names are unique whatever the case (the service says so first, in words).
    db.execute(
        "CREATE TABLE labels ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " colour TEXT NOT NULL DEFAULT '#546e7a',"
        " created_at TEXT)"
    )
    db.execute("CREATE UNIQUE INDEX labels_name ON labels (name COLLATE NOCASE)")
    # A post's labels. Deleting a post or a label takes its links with it (the
    # services read them first, so that undo puts them back).
    db.execute(
        "CREATE TABLE post_labels ("
        " post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
        " label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,"
        " PRIMARY KEY (post_id, label_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX post_labels_label ON post_labels (label_id, post_id)")


STEPS: list[Step] = [
    ("0001_label_tables", _label_tables),
]
