"""Why a plan file could not be created, opened or written, in words a person can act on.

Each error is raised with a Message (smplanner/messages.py): str() is the English
sentence the CLI prints, and the window shows the same Message in its language
(ui/core_messages.error_text). The facts stay attributes too (path, detail, owner…).
A ``detail`` or ``reason`` is a Message when smplanner words it (translated with the
sentence), or a plain str when it comes from the system (SQLite, the OS), shown as is.
"""

from __future__ import annotations

from pathlib import Path

from smplanner.errors import UserError
from smplanner.messages import Message


class PlanFileError(UserError):
    """Base class: something about a plan file that the user has to deal with."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class PlanNotFoundError(PlanFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            Message(
                "{path}: there is no file here. It may have been moved, renamed or deleted.",
                path=str(path),
            ),
        )


class NotAPlanError(PlanFileError):
    """The file exists but is not a smplanner plan (empty, another format, another app's DB)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            Message(
                "{path} is not a smplanner plan ({detail}). The file was left untouched; "
                "choose a .smplan file.",
                path=str(path),
                detail=detail,
            ),
        )
        self.detail = detail


class PlanCorruptError(PlanFileError):
    """A plan whose SQLite pages are damaged or truncated."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            Message(
                "{path} is damaged ({detail}). The file was left untouched; open a backup "
                "copy of it instead.",
                path=str(path),
                detail=detail,
            ),
        )
        self.detail = detail


class PlanTooNewError(PlanFileError):
    def __init__(self, path: Path, file_version: int, known_version: int) -> None:
        super().__init__(
            path,
            Message(
                "{path} was written by a newer smplanner (plan format {file}); this version "
                "reads formats up to {known}. Update smplanner to open it.",
                path=str(path),
                file=file_version,
                known=known_version,
            ),
        )
        self.file_version = file_version
        self.known_version = known_version


class PlanLockedError(PlanFileError):
    """Another smplanner process (or window) has this plan open for writing."""

    def __init__(self, path: Path, owner: str) -> None:
        super().__init__(
            path,
            Message(
                "{path} is already open in another smplanner window ({owner}). Close it "
                "there first, or open it read-only.",
                path=str(path),
                owner=owner,
            ),
        )
        self.owner = owner


class PlanReadOnlyError(PlanFileError):
    """An edit was attempted on a plan opened read-only."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            path,
            Message(
                "{path} is open read-only ({reason}); the change was not made.",
                path=str(path),
                reason=reason,
            ),
        )
        self.reason = reason


class PlanWriteError(PlanFileError):
    """The disk refused a write (full, removed, permissions changed while open)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            Message(
                "Could not write to {path} ({detail}). The last change was not saved; "
                "check the disk and that the file is still there.",
                path=str(path),
                detail=detail,
            ),
        )
        self.detail = detail
