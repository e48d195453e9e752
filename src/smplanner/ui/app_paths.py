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


DEFAULT_PLAN_NAMES = {"fr": "Mon plan.smplan", "en": "My plan.smplan"}


def default_plan_path(language: str = "en") -> Path:
    """The plan opened when there is no other, named in the interface's language.

    A default plan made under the other language's name is kept (it holds the user's
    work): it is the one returned while the file for ``language`` does not exist.
    """
    folder = data_dir()
    wanted = folder / DEFAULT_PLAN_NAMES.get(language, DEFAULT_PLAN_NAMES["en"])
    if wanted.exists():
        return wanted
    for name in DEFAULT_PLAN_NAMES.values():
        if (folder / name).exists():
            return folder / name
    return wanted


def log_path() -> Path:
    return data_dir() / "smplanner.log"


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def is_private(path: Path) -> bool:
    """True for a file in smplanner's own (hidden) data folder, e.g. the default plan."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return False
    try:
        path.absolute().relative_to(Path(location).absolute())
    except ValueError:
        return False
    return True


def user_folder(*candidates: Path | None) -> Path:
    """Where a file dialog should open: the folder of the first candidate file that
    the user chose (not one in the hidden data folder), else the documents folder."""
    for candidate in candidates:
        if candidate is not None and not is_private(candidate) and candidate.parent.is_dir():
            return candidate.parent
    return documents_dir()


def suggested_beside(plan_path: Path | None, name: str) -> Path:
    """A file name suggested for an export: beside the plan, unless the plan lives in
    the hidden data folder (then in the documents folder)."""
    return user_folder(plan_path) / name


def app_settings() -> QSettings:
    """Window state and preferences (never planning data): ~/.config/smplanner/smplanner.ini."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "smplanner", "smplanner"
    )
