"""Tables of the media kept in the plan (steps appended by that feature; see __init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step


def _media_table(db: Database) -> None:
    # One row per distinct file (by SHA-256): posts refer to it as "media:<sha>/<name>",
    # so the same photo attached to ten posts is stored once. ``data`` is NULL for a
    # large video kept as a link to the file beside the plan (``linked_path``).
    db.table("media").create(
        {
            "sha256": str,
            "name": str,
            "kind": str,
            "size": int,
            "width": int,
            "height": int,
            "seconds": float,
            "data": bytes,
            "linked_path": str,
            "thumbnail": bytes,
            "created_at": str,
        },
        pk="sha256",
        not_null={"sha256", "name", "kind", "size", "created_at"},
        defaults={"name": "", "kind": "image", "size": 0},
    )


STEPS: list[Step] = [
    ("0001_media_table", _media_table),
]
