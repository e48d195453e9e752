"""Why a plan file could not be created, opened or written, in words a person can act on.

Each error carries its facts as attributes so that the UI can phrase it in the user's
language; str() gives the English sentence the CLI prints.
"""

from __future__ import annotations

from pathlib import Path

from smplanner.errors import UserError


class PlanFileError(UserError):
    """Base class: something about a plan file that the user has to deal with."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class PlanNotFoundError(PlanFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path, f"{path}: there is no file here. It may have been moved, renamed or deleted."
        )


class NotAPlanError(PlanFileError):
    """The file exists but is not a smplanner plan (empty, another format, another app's DB)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"{path} is not a smplanner plan: {detail}. It was left untouched.")
        self.detail = detail


class PlanCorruptError(PlanFileError):
    """A plan whose SQLite pages are damaged or truncated."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"{path} is damaged ({detail}). It was left untouched; "
            "open a backup copy of it instead.",
        )
        self.detail = detail


class PlanTooNewError(PlanFileError):
    def __init__(self, path: Path, file_version: int, known_version: int) -> None:
        super().__init__(
            path,
            f"{path} was written by a newer smplanner (plan format {file_version}); "
            f"this version reads formats up to {known_version}. Update smplanner to open it.",
        )
        self.file_version = file_version
        self.known_version = known_version


class PlanLockedError(PlanFileError):
    """Another smplanner process (or window) has this plan open for writing."""

    def __init__(self, path: Path, owner: str) -> None:
        super().__init__(
            path,
            f"{path} is already open in another smplanner window ({owner}). "
            "Close it there first, or open this plan read-only.",
        )
        self.owner = owner


class PlanReadOnlyError(PlanFileError):
    """An edit was attempted on a plan opened read-only."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"{path} is open read-only ({reason}); the change was not made.")
        self.reason = reason


class PlanWriteError(PlanFileError):
    """The disk refused a write (full, removed, permissions changed while open)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"Could not write to {path} ({detail}). The last change was not saved; "
            "check the disk and that the file is still there.",
        )
        self.detail = detail
