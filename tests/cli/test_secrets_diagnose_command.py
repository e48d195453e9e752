"""`smplanner diagnose-keyring`, the packaged build's keyring self-test."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "diagnose-keyring", "--timeout", "10"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_diagnose_keyring_stores_reads_and_deletes_with_the_real_keyring(
    os_keyring: object,
) -> None:
    result = _run(dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert "keyring.backends.SecretService.Keyring" in result.stdout
    assert "stored, read back and deleted" in result.stdout


def test_diagnose_keyring_fails_plainly_without_a_keyring() -> None:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus")
    result = _run(env)
    assert result.returncode == 1
    assert "cannot be stored securely on this machine" in result.stderr
    assert "Traceback" not in result.stderr


def test_diagnose_keyring_is_not_listed_in_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smplanner", "--help"], capture_output=True, text=True
    )
    assert "diagnose-keyring" not in result.stdout
    assert "check" in result.stdout
