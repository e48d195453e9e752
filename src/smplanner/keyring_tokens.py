"""The OS keyring: the one place access tokens pass through.

(Formerly ``secrets.py``: a module must not share a name with the standard library's.)

Tokens are stored under one service name ("smplanner") with an entry name made of
the plan's uuid, the network and the account id — never a secret. There is no
fallback: if the keyring is missing, insecure, locked or broken, the token is not
stored anywhere and the caller gets a KeyringUnavailableError that says so.

keyring is imported lazily (it probes D-Bus and loads backends) and every call runs
on a short-lived daemon thread with a timeout, because a backend may hang (an unlock
prompt nobody answers, a stuck D-Bus); a hung call must not freeze the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from smplanner.errors import UserError
from smplanner.messages import Message

SERVICE = "smplanner"
DEFAULT_TIMEOUT_SECONDS = 20.0

T = TypeVar("T")

# Reason codes of KeyringUnavailableError (the UI words them in its language).
NO_BACKEND = "no_backend"
INSECURE_BACKEND = "insecure_backend"
LOCKED = "locked"
INIT_FAILED = "init_failed"
TIMEOUT = "timeout"
BACKEND_ERROR = "backend_error"

_REASONS = {
    NO_BACKEND: Message(
        "no keyring service is available (no Secret Service, Keychain or "
        "Credential Manager could be reached)"
    ),
    INSECURE_BACKEND: Message("the only keyring available does not encrypt what it stores"),
    LOCKED: Message("the keyring is locked and was not unlocked"),
    INIT_FAILED: Message(
        "the keyring could not be opened (the unlock prompt was dismissed or "
        "the keyring service failed to start)"
    ),
    TIMEOUT: Message("the keyring did not answer in time"),
    BACKEND_ERROR: Message("the keyring reported an error"),
}


class KeyringUnavailableError(UserError):
    """The token cannot be stored or read securely on this machine; nothing was stored."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        # detail is a class name or a fixed phrase: never the backend's free text,
        # which could echo what it was given.
        self.detail = detail
        why = (
            Message("{reason} ({detail})", reason=_REASONS[reason], detail=detail)
            if detail
            else _REASONS[reason]
        )
        super().__init__(
            Message(
                "The access token cannot be stored securely on this machine: {why}. It was "
                "not saved anywhere. smplanner keeps working offline; unlock or install a "
                "keyring (e.g. GNOME Keyring or KWallet on Linux) to refresh statistics online.",
                why=why,
            )
        )


class InvalidEntryNameError(ValueError):
    """A programmer error: an entry name part that would be ambiguous."""


def entry_name(plan_uuid: str, network: str, account_id: str) -> str:
    """The keyring entry name of one account of one plan (no secret in it)."""
    for part in (plan_uuid, network, account_id):
        if not part or "/" in part or part != part.strip():
            raise InvalidEntryNameError(f"bad entry name part {part!r}")
    return f"{plan_uuid}/{network}/{account_id}"


def copy_entry_name(plan_uuid: str, network: str, account_id: str) -> str:
    """A keyring entry name of one account in a *copy* of a plan (Save As).

    The copy keeps the plan's uuid (answers to an approval round and calendar
    events still recognise it), so the usual name would be the original's: a
    random last part makes the copy's entry its own, and forgetting its token
    never removes the original's."""
    import uuid  # ~9 ms with platform: not on the start-up path

    return f"{entry_name(plan_uuid, network, account_id)}/copy-{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class BackendInfo:
    name: str  # module.Class of the backend keyring uses


def _run_with_timeout(call: Callable[[], T], timeout: float) -> T:
    """Run ``call`` on a daemon thread; give up after ``timeout`` seconds."""
    # Not ui/background.py: the command line needs this guard too (no Qt there), and
    # a hung backend call cannot be cancelled, only abandoned on a daemon thread.
    values: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            values.append(call())
        except BaseException as error:  # carried to the caller's thread
            errors.append(error)

    worker = threading.Thread(target=target, name="smplanner-keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        # The thread is left to finish or hang on its own: it is a daemon thread.
        raise KeyringUnavailableError(TIMEOUT, Message("{seconds} s", seconds=float(timeout)))
    if errors:
        raise errors[0]
    return values[0]


def _secure_backend() -> Any:
    """keyring's chosen backend, or KeyringUnavailableError if it cannot keep a secret."""
    import keyring
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    members = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    if not members or all(isinstance(member, fail.Keyring) for member in members):
        raise KeyringUnavailableError(NO_BACKEND)
    for member in members:
        try:
            priority = float(member.priority)
        except Exception:  # a backend that cannot tell its priority cannot be reached
            raise KeyringUnavailableError(NO_BACKEND, type(member).__name__) from None
        module = type(member).__module__
        # keyrings.alt and any priority < 1 backend are plaintext or obfuscated files.
        if priority < 1 or module.startswith("keyrings.alt") or "plaintext" in module.lower():
            raise KeyringUnavailableError(INSECURE_BACKEND, type(member).__name__)
    return backend


def _translate_errors(call: Callable[[Any], T]) -> Callable[[], T]:
    def wrapped() -> T:
        try:
            from keyring import errors
        except ImportError:  # a frozen build that lost its keyring package
            raise KeyringUnavailableError(NO_BACKEND, Message("keyring missing")) from None
        try:
            return call(_secure_backend())
        except KeyringUnavailableError:
            raise
        except errors.NoKeyringError:
            raise KeyringUnavailableError(NO_BACKEND) from None
        except errors.KeyringLocked:
            raise KeyringUnavailableError(LOCKED) from None
        except errors.InitError:
            raise KeyringUnavailableError(INIT_FAILED) from None
        except Exception as error:
            # D-Bus, Secret Service, Keychain errors...: named by class only.
            raise KeyringUnavailableError(BACKEND_ERROR, type(error).__name__) from None

    return wrapped


def store_token(entry: str, token: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
    """Store (or replace) the token of ``entry``; raise KeyringUnavailableError if unsafe."""
    if not token:
        raise ValueError("empty token")
    _run_with_timeout(
        _translate_errors(lambda backend: backend.set_password(SERVICE, entry, token)), timeout
    )


def read_token(entry: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> str | None:
    """The token stored under ``entry``, or None if this machine's keyring has none."""
    value = _run_with_timeout(
        _translate_errors(lambda backend: backend.get_password(SERVICE, entry)), timeout
    )
    return None if value is None else str(value)


def delete_token(entry: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> bool:
    """Delete the token of ``entry``; False if there was none."""

    def delete(backend: Any) -> bool:
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(SERVICE, entry)
        except PasswordDeleteError:
            return False
        return True

    return _run_with_timeout(_translate_errors(delete), timeout)


def backend_info(*, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> BackendInfo:
    """Which backend keyring would use (raises KeyringUnavailableError if none is safe)."""
    backend = _run_with_timeout(_translate_errors(lambda backend: backend), timeout)
    kind = type(backend)
    return BackendInfo(name=f"{kind.__module__}.{kind.__name__}")
