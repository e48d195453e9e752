"""Store an import off the GUI thread, with a Cancel that takes effect at once.

A SQLite connection belongs to the thread that opened it, so the worker opens its
own connection to the plan (services.statistics_import.connect_in_this_thread) and
stores everything there in one transaction, as the GUI thread would. Cancel sets a
flag checked between chunks and interrupts the running statement (``interrupt()`` is
the one connection call meant for another thread); either way the transaction rolls
back and nothing is half-imported. The GUI thread's connection sees the import once
it is committed, and only then is the undo step pushed (see import_dialog).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence

from PySide6.QtCore import QThread, Signal

from smplanner.services.statistics_import import (
    FilePreview,
    ImportCancelledError,
    ImportOutcome,
    connect_in_this_thread,
    import_files,
)
from smplanner.storage.plan_file import PlanFile


class ImportStorer(QThread):
    """Runs ``import_files`` on its own connection; read the result once ``finished``."""

    progressed = Signal(int, int)  # records stored, records in all

    def __init__(
        self, plan: PlanFile, previews: Sequence[FilePreview], *, skip_bad_rows: bool
    ) -> None:
        super().__init__()
        self._plan = plan
        self._previews = list(previews)
        self._skip_bad_rows = skip_bad_rows
        self._guard = threading.Lock()
        self._cancel_asked = False
        self._conn: sqlite3.Connection | None = None
        self.outcome: ImportOutcome | None = None
        self.cancelled = False
        self.error: Exception | None = None

    def cancel(self) -> None:
        """Stop storing; harmless once the import is committed (it then stays)."""
        with self._guard:
            self._cancel_asked = True
            if self._conn is not None:
                self._conn.interrupt()

    def run(self) -> None:
        try:
            plan = connect_in_this_thread(self._plan)
        except Exception as error:  # the file became unwritable: told by the dialog
            self.error = error
            return
        with self._guard:
            self._conn = plan.conn
        try:
            if self._cancel_asked:
                raise ImportCancelledError
            self.outcome = import_files(
                plan, self._previews, skip_bad_rows=self._skip_bad_rows, progress=self._progress
            )
        except ImportCancelledError:
            self.cancelled = True
        except sqlite3.OperationalError as error:
            if self._cancel_asked:  # "interrupted": rolled back
                self.cancelled = True
            else:
                self.error = error
        except Exception as error:  # handed to the GUI thread, which reports or raises it
            self.error = error
        finally:
            with self._guard:
                self._conn = None
            plan.close()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel_asked:
            raise ImportCancelledError
        self.progressed.emit(done, total)
