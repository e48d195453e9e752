"""Keyring backends for tests: in memory, locked, failing, hanging, plaintext.

Any concrete KeyringBackend subclass registers itself for keyring's auto-detection,
so these refuse to be viable (their priority raises) unless a test installed one
with ``installed()``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring import errors
from keyring.backend import KeyringBackend
from keyring.compat import properties


class _TestBackend(KeyringBackend):
    armed = False

    @properties.classproperty
    def priority(cls) -> float:
        if not _TestBackend.armed:
            raise RuntimeError("test backend: only installed explicitly by a test")
        return 1


class MemoryKeyring(_TestBackend):
    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise errors.PasswordDeleteError("No such password!")


class _RaisingKeyring(_TestBackend):
    error: type[Exception] = errors.KeyringError
    message = ""

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error(self.message)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error(self.message)

    def delete_password(self, service: str, username: str) -> None:
        raise self.error(self.message)


class LockedKeyring(_RaisingKeyring):
    """The Secret Service answer when the user declines to unlock."""

    error = errors.KeyringLocked
    message = "Failed to unlock the collection!"


class DismissedPromptKeyring(_RaisingKeyring):
    error = errors.InitError
    message = "Failed to create the collection: Prompt dismissed."


class BrokenKeyring(_RaisingKeyring):
    # Backend text that could echo a secret: it must never reach a message.
    error = OSError
    message = "D-Bus said: SECRET-ECHO"


class HangingKeyring(_TestBackend):
    """Never answers until released (a stuck D-Bus, an unanswered prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(30)


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend: low priority."""

    @properties.classproperty
    def priority(cls) -> float:
        if not _TestBackend.armed:
            raise RuntimeError("test backend: only installed explicitly by a test")
        return 0.5


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make ``backend`` keyring's backend for a block, then restore the previous one."""
    previous = keyring.get_keyring()
    _TestBackend.armed = True
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        _TestBackend.armed = False
        if isinstance(backend, HangingKeyring):
            backend.release.set()
