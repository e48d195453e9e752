"""Write a new plan file: its schema and client record, under a temporary name first.

The file is built as "<name>.creating" beside the target and renamed at the end, so
that a crash never leaves a half-made .smplan behind (storage/partial_files.py clears
what a killed run left). ``plan_file.create_plan`` writes it here, then opens it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from smplanner.messages import Message
from smplanner.storage.errors import PlanFileError, PlanWriteError
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.plan_validation import connect_read_write
from smplanner.storage.version import APPLICATION_ID

if TYPE_CHECKING:
    from smplanner.domain.plan_properties import PlanProperties


def write_new_plan(path: Path, properties: PlanProperties, stamp: str) -> None:
    """Write a plan at ``path`` (refusing to overwrite one), created at ``stamp``."""
    import uuid  # ~9 ms with platform: not on the start-up path

    from sqlite_utils import Database

    from smplanner.domain.plan_properties import validate
    from smplanner.storage.schema import migrate

    properties = validate(properties)
    if path.exists():
        raise PlanFileError(
            path, Message("{path} already exists: choose another name.", path=str(path))
        )
    if not path.parent.is_dir():
        raise PlanFileError(
            path,
            Message("The folder {folder} does not exist: choose another.", folder=str(path.parent)),
        )
    clear_stale_partials(path.parent)
    temporary = partial_path(path, "creating")
    temporary.unlink(missing_ok=True)
    try:
        conn = connect_read_write(temporary)
        db = Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        migrate(db)
        with db.atomic():
            db.table("plan").insert(
                {
                    "id": 1,
                    "uuid": str(uuid.uuid4()),
                    "client_name": properties.client_name,
                    "sector": properties.sector,
                    "timezone": properties.timezone,
                    "language": properties.language,
                    "currency": properties.currency,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        conn.close()
        os.replace(temporary, path)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(path, str(error)) from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(path, error.strerror or str(error)) from error
