"""Unexpected exceptions: written to a log file in the data folder, shown once.

A bug must never put a traceback in front of a user nor damage the plan: every edit
is its own committed transaction, so the plan stays as of the last finished edit.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # built when an error is shown: not at start-up
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("smplanner")
_shown = False
_box: QMessageBox | None = None


_configured: set[Path] = set()


def configure_logging(log_file: Path) -> None:
    """Log to ``log_file`` (rotated at 1 MB); calling it again for the same file does nothing."""
    if log_file in _configured:
        return
    _configured.add(log_file)
    from logging.handlers import RotatingFileHandler  # sockets & co.: not on the start-up path

    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("smplanner")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        configure_logging(log_file)  # an error may come before start-up configured it
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        report_once(log_file)

    sys.excepthook = hook


def report_once(log_file: Path) -> None:
    global _shown
    if _shown or QApplication.instance() is None:
        return
    _shown = True
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorReporting", "Unexpected error"),
        QCoreApplication.translate(
            "ErrorReporting",
            "smplanner ran into an unexpected problem. Your plan is safe: every change is "
            "saved as soon as it is made, up to the last one that finished.\n\n"
            "The details were written to {log}. Please send that file to support. "
            "You can keep working; if something looks wrong, close and reopen the plan.",
        ).format(log=log_file),
        parent=QApplication.activeWindow(),
    )
    box.setObjectName("unexpectedErrorBox")
    global _box
    _box = box  # without a parent window, Python would collect it at once
    # open(), not exec(): an error raised inside an event handler must not start a
    # nested event loop that could re-enter the code that just failed.
    box.open()
