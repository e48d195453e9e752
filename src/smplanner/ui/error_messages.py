"""Errors from the core, phrased for the user in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.plan_properties import InvalidPropertiesError
from smplanner.errors import UserError
from smplanner.storage import errors as storage_errors
from smplanner.ui.core_messages import error_text, message_text


def _translated(text: str) -> str:
    return QCoreApplication.translate("ErrorMessages", text)


def is_user_error(error: BaseException) -> bool:
    return isinstance(error, UserError)


def describe(error: BaseException) -> tuple[str, str]:
    """A (title, message) pair for a dialog; the message says what to do.

    The text is the error's own Message in the interface language (the one path for
    every core error, ui/core_messages); only the title, and for a read-only plan the
    window's way out, are the window's.
    """
    text = error_text(error)
    for kind, title in _TITLES:
        if isinstance(error, kind):
            if isinstance(error, storage_errors.PlanReadOnlyError):
                text += " " + QCoreApplication.translate(
                    "ErrorMessages", "Use File > Save As to work on a copy."
                )
            return _translated(str(title)), text
    return QCoreApplication.translate("ErrorMessages", "Cannot do that"), text


# The dialog's title for each kind of error (the first that matches).
_TITLES: tuple[tuple[type[BaseException], object], ...] = (
    (storage_errors.PlanNotFoundError, QT_TRANSLATE_NOOP("ErrorMessages", "Plan not found")),
    (storage_errors.NotAPlanError, QT_TRANSLATE_NOOP("ErrorMessages", "Not a plan")),
    (storage_errors.PlanCorruptError, QT_TRANSLATE_NOOP("ErrorMessages", "Damaged plan")),
    (
        storage_errors.PlanTooNewError,
        QT_TRANSLATE_NOOP("ErrorMessages", "Plan from a newer version"),
    ),
    (storage_errors.PlanLockedError, QT_TRANSLATE_NOOP("ErrorMessages", "Plan already open")),
    (storage_errors.PlanReadOnlyError, QT_TRANSLATE_NOOP("ErrorMessages", "Read-only plan")),
    (storage_errors.PlanWriteError, QT_TRANSLATE_NOOP("ErrorMessages", "Could not save")),
    (InvalidPropertiesError, QT_TRANSLATE_NOOP("ErrorMessages", "Invalid value")),
)


def read_only_reason_text(reason: str) -> str:
    """The banner's explanation of why a plan is read-only."""
    return message_text(reason)
