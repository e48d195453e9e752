"""Export files dropped anywhere on the main window open the statistics import dialog.

A widget that takes a drop itself (a text field, the calendar's own post drags)
keeps it; Qt passes any other drop up to the window, which asks here whether it
carries files to import. Plan files (.smplan) are left out: they are opened, not
imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_export_paths(mime: QMimeData) -> list[Path]:
    """The local files a drag carries, plan files left out."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() != ".smplan"]
