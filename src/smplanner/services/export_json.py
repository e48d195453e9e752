"""Full export of a plan to JSON, and import of such a file into a new plan.

The layout is versioned and documented (resources/schemas/plan-export-1.schema.json);
tokens never leave the keyring, so they are never in an export.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_json import (
    document_head,
    exportable_tables,
    table_columns,
    table_row_batches,
)

if TYPE_CHECKING:
    from smplanner.services.plan_import_identity import ImportedPlan

# About 256 KB of text is joined before it goes to the file: few writes, little memory.
CHUNK_CHARACTERS = 1 << 18


class ExportWriteError(UserError):
    """The export file could not be written; the message names it and says why."""


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file (no half file on failure)."""
    write_bytes_atomically(Path(path), text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a failure leaves no half file."""
    with open_atomically(path) as handle:
        handle.write(data)


@contextmanager
def open_atomically(path: Path) -> Iterator[BinaryIO]:
    """A file to stream into; it replaces ``path`` only once complete (no half file)."""
    path = Path(path)
    clear_stale_partials(path.parent)
    temporary = partial_path(path, "writing")
    try:
        with temporary.open("wb", buffering=1 << 18) as handle:
            yield handle
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportWriteError(
            Message(
                "Could not write {path} ({reason}): check the folder exists "
                "and that you may write there.",
                path=str(path),
                reason=str(error.strerror or error),
            )
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def plan_json_chunks(plan: PlanFile) -> Iterator[tuple[str, int]]:
    """The export's text in pieces, each with the number of rows it holds.

    The same document ``dump_plan`` gives, written a batch of rows per line as the
    rows come from SQLite, so that memory does not grow with the plan (issue #13: 1,000,000
    rows once peaked at 4.3 GB).
    """
    conn = plan.conn
    head = json.dumps(document_head(plan), ensure_ascii=False, allow_nan=False)
    yield head[:-1] + ', "tables": [', 0
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    for number, name in enumerate(exportable_tables(conn)):
        columns = table_columns(conn, name)
        opening = {"name": name, "columns": columns}
        yield ("," if number else "") + "\n" + encode(opening)[:-1] + ', "rows": [', 0
        pieces: list[str] = []
        size = count = 0
        separator = "\n"
        for rows in table_row_batches(conn, name, columns):
            # One call of the C encoder per batch: as fast as encoding the whole plan.
            piece = separator + encode(rows)[1:-1]
            separator = ",\n"
            pieces.append(piece)
            size += len(piece)
            count += len(rows)
            if size >= CHUNK_CHARACTERS:
                yield "".join(pieces), count
                pieces, size, count = [], 0, 0
        yield "".join(pieces) + "]}", count
    yield "\n]}\n", 0


def export_plan_json(plan: PlanFile, target: Path) -> int:
    """Write the whole plan to ``target`` as JSON, streamed; return the rows written."""
    written = 0
    with open_atomically(Path(target)) as handle:
        for text, rows in plan_json_chunks(plan):
            handle.write(text.encode("utf-8"))
            written += rows
    return written


def import_plan_json(source: Path, target: Path) -> PlanFile:
    """Create the new plan ``target`` from the export ``source`` and open it: a plan
    of its own (new id, accounts without tokens; see services/plan_import_identity).

    Nothing is created when the export is refused.
    """
    return import_plan(source, target).plan


def import_plan(source: Path, target: Path) -> ImportedPlan:
    """Like import_plan_json, with what copy_tokens needs to copy the tokens over.

    The export is read as a stream: memory does not grow with its rows."""
    from smplanner.services.plan_import_identity import load_as_new_plan

    return load_as_new_plan(Path(source), target)
