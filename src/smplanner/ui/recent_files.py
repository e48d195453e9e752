"""The Open Recent list: ten plan paths, most recent first, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
_KEY = "recent/plans"


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        raw = self._settings.value(_KEY, [])
        if isinstance(raw, str):  # QSettings returns a bare string for a one-item list
            raw = [raw]
        return [Path(str(item)) for item in (raw if isinstance(raw, list) else []) if item]

    def add(self, path: Path) -> None:
        path = path.absolute()
        items = [p for p in self.paths() if p != path]
        self._store([path, *items][:MAX_RECENT])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != path.absolute()])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(p) for p in paths])
        self._settings.sync()
