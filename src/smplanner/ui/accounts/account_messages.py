"""Errors of the accounts feature, phrased in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner import keyring_tokens
from smplanner.online import errors as api_errors
from smplanner.services.accounts import AccountError
from smplanner.ui.core_messages import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountMessages", text)


def keyring_reason(reason: str) -> str:
    return {
        keyring_tokens.NO_BACKEND: QCoreApplication.translate(
            "AccountMessages", "no keyring service is available on this computer"
        ),
        keyring_tokens.INSECURE_BACKEND: QCoreApplication.translate(
            "AccountMessages", "the only keyring available does not encrypt what it stores"
        ),
        keyring_tokens.LOCKED: QCoreApplication.translate(
            "AccountMessages", "the keyring is locked and was not unlocked"
        ),
        keyring_tokens.INIT_FAILED: QCoreApplication.translate(
            "AccountMessages", "the keyring could not be opened (the unlock prompt was dismissed)"
        ),
        keyring_tokens.TIMEOUT: QCoreApplication.translate(
            "AccountMessages", "the keyring did not answer in time"
        ),
    }.get(reason, QCoreApplication.translate("AccountMessages", "the keyring reported an error"))


def describe(error: BaseException) -> str:
    """The message for a person; never contains a token."""
    if isinstance(error, keyring_tokens.KeyringUnavailableError):
        return QCoreApplication.translate(
            "AccountMessages",
            "The access token cannot be stored securely on this machine: {reason}. It was "
            "not saved anywhere. smplanner keeps working offline; unlock or install a keyring "
            "(e.g. GNOME Keyring or KWallet) to refresh statistics online.",
        ).format(reason=keyring_reason(error.reason))
    if isinstance(error, api_errors.TokenRejectedError):
        return QCoreApplication.translate(
            "AccountMessages",
            "{network} refused the access token of “{account}”: it has expired or was "
            "revoked ({detail}). Create a new token, paste it below and click Replace token.",
        ).format(network=error.network, account=error.account, detail=error.detail)
    if isinstance(error, api_errors.PermissionMissingError):
        return QCoreApplication.translate(
            "AccountMessages",
            "The access token of “{account}” lacks a {network} permission ({detail}). Create "
            "a token with the statistics permissions and replace it.",
        ).format(network=error.network, account=error.account, detail=error.detail)
    if isinstance(error, AccountError):
        return _tr(str(error)) if str(error) in _KNOWN else str(error)
    # Rate limits, unreachable services, missing tokens…: the core's Message, translated.
    return error_text(error)


# The fixed messages of services.accounts, marked for lupdate.
_KNOWN = {
    QT_TRANSLATE_NOOP("AccountMessages", "Type the account's name or handle, e.g. @boulangerie."),
    QT_TRANSLATE_NOOP(
        "AccountMessages", "Type the page or account id (e.g. the Facebook Page id)."
    ),
    QT_TRANSLATE_NOOP(
        "AccountMessages", "The page or account id has no spaces or slashes: copy it again."
    ),
    QT_TRANSLATE_NOOP("AccountMessages", "Paste the access token without spaces or line breaks."),
    QT_TRANSLATE_NOOP(
        "AccountMessages",
        "Online refresh is not available for this network: leave the token empty.",
    ),
    QT_TRANSLATE_NOOP("AccountMessages", "This account no longer exists in the plan."),
}
