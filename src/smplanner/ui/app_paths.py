"""Where smplanner keeps its own files on this machine (not the plans the user saves)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def data_dir() -> Path:
    """The platform's per-user data folder for smplanner, created on demand.

    Linux: ~/.local/share/smplanner; Windows: %APPDATA%/smplanner/smplanner;
    macOS: ~/Library/Application Support/smplanner.
    """
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_plan_path() -> Path:
    return data_dir() / "My plan.smplan"


def log_path() -> Path:
    return data_dir() / "smplanner.log"


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def app_settings() -> QSettings:
    """Window state and preferences (never planning data): ~/.config/smplanner/smplanner.ini."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "smplanner", "smplanner"
    )
