"""Errors from the core, phrased for the user in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.plan_properties import InvalidPropertiesError
from smplanner.errors import UserError
from smplanner.storage import errors as storage_errors
from smplanner.ui.core_messages import error_text


def _translated(text: str) -> str:
    return QCoreApplication.translate("ErrorMessages", text)


def is_user_error(error: BaseException) -> bool:
    return isinstance(error, UserError)


def describe(error: BaseException) -> tuple[str, str]:
    """A (title, message) pair for a dialog; the message says what to do."""
    path = getattr(error, "path", None)
    name = str(path) if path is not None else ""
    if isinstance(error, storage_errors.PlanNotFoundError):
        return QCoreApplication.translate(
            "ErrorMessages", "Plan not found"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "There is no plan at {path}. It may have been moved, renamed or deleted.",
        ).format(path=name)
    if isinstance(error, storage_errors.NotAPlanError):
        return QCoreApplication.translate(
            "ErrorMessages", "Not a plan"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "{path} is not a smplanner plan ({detail}). The file was left untouched; "
            "choose a .smplan file.",
        ).format(path=name, detail=_detail(error.detail))
    if isinstance(error, storage_errors.PlanCorruptError):
        return QCoreApplication.translate(
            "ErrorMessages", "Damaged plan"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "{path} is damaged ({detail}). The file was left untouched; open a backup copy "
            "of it instead.",
        ).format(path=name, detail=error.detail)
    if isinstance(error, storage_errors.PlanTooNewError):
        return QCoreApplication.translate(
            "ErrorMessages", "Plan from a newer version"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "{path} was written by a newer smplanner (plan format {file}); this version reads "
            "formats up to {known}. Update smplanner to open it.",
        ).format(path=name, file=error.file_version, known=error.known_version)
    if isinstance(error, storage_errors.PlanLockedError):
        return QCoreApplication.translate(
            "ErrorMessages", "Plan already open"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "{path} is already open in another smplanner window ({owner}). Close it there "
            "first, or open it read-only.",
        ).format(path=name, owner=error.owner)
    if isinstance(error, storage_errors.PlanReadOnlyError):
        return QCoreApplication.translate(
            "ErrorMessages", "Read-only plan"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "This plan is open read-only ({reason}); the change was not made. Use "
            "File > Save As to work on a copy.",
        ).format(reason=_reason(error.reason))
    if isinstance(error, storage_errors.PlanWriteError):
        return QCoreApplication.translate(
            "ErrorMessages", "Could not save"
        ), QCoreApplication.translate(
            "ErrorMessages",
            "Could not write to {path} ({detail}). The last change was not saved; check the "
            "disk and that the file is still there.",
        ).format(path=name, detail=error.detail)
    if isinstance(error, InvalidPropertiesError):
        return QCoreApplication.translate("ErrorMessages", "Invalid value"), error_text(error)
    # Any other core error: its Message in the interface language (ui/core_messages).
    return QCoreApplication.translate("ErrorMessages", "Cannot do that"), error_text(error)


# Fixed English phrases from the core, marked for lupdate so that they are translated.
_KNOWN_PHRASES = {
    QT_TRANSLATE_NOOP("ErrorMessages", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("ErrorMessages", "it is not a SQLite database"),
    QT_TRANSLATE_NOOP("ErrorMessages", "it is a SQLite database made by another program"),
    QT_TRANSLATE_NOOP("ErrorMessages", "it is a folder"),
    QT_TRANSLATE_NOOP("ErrorMessages", "the file is read-only"),
    QT_TRANSLATE_NOOP("ErrorMessages", "its folder is read-only"),
    QT_TRANSLATE_NOOP("ErrorMessages", "opened read-only on request"),
    QT_TRANSLATE_NOOP(
        "ErrorMessages", "it holds database triggers or views that smplanner did not make"
    ),
}


def _detail(detail: str) -> str:
    return _translated(detail) if detail in _KNOWN_PHRASES else detail


_reason = _detail


def read_only_reason_text(reason: str) -> str:
    """The banner's explanation of why a plan is read-only."""
    return _reason(reason)
