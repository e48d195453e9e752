"""The keyring wrapper: real Secret Service round trip and every unusable-keyring case."""

from __future__ import annotations

import pytest

from smplanner import secrets

from .fake_keyrings import (
    BrokenKeyring,
    DismissedPromptKeyring,
    HangingKeyring,
    LockedKeyring,
    MemoryKeyring,
    PlaintextFileKeyring,
    installed,
)

TOKEN = "EAAG-test-token-0123456789"


def test_a_token_round_trips_through_the_real_secret_service(os_keyring: object) -> None:
    entry = secrets.entry_name("0b8c2f9e-plan", "facebook", "1234567890")
    secrets.store_token(entry, TOKEN)
    assert secrets.read_token(entry) == TOKEN
    secrets.store_token(entry, TOKEN + "-replaced")
    assert secrets.read_token(entry) == TOKEN + "-replaced"
    assert secrets.delete_token(entry) is True
    assert secrets.read_token(entry) is None
    assert secrets.delete_token(entry) is False


def test_the_backend_in_use_is_named(os_keyring: object) -> None:
    assert secrets.backend_info().name == "keyring.backends.SecretService.Keyring"


def test_the_real_entry_is_filed_under_the_app_service_with_no_secret_in_its_name(
    os_keyring: object,
) -> None:
    import secretstorage

    entry = secrets.entry_name("plan-uuid-1", "instagram", "17841400000000000")
    secrets.store_token(entry, TOKEN)
    try:
        with secretstorage.dbus_init() as connection:
            collection = secretstorage.get_default_collection(connection)
            items = list(collection.search_items({"service": "smplanner", "username": entry}))
            assert len(items) == 1
            assert TOKEN not in items[0].get_label()
            assert all(TOKEN not in value for value in items[0].get_attributes().values())
    finally:
        secrets.delete_token(entry)


def test_entry_names_are_plan_network_and_account() -> None:
    assert secrets.entry_name("u-1", "youtube", "UCabc") == "u-1/youtube/UCabc"
    with pytest.raises(secrets.InvalidEntryNameError):
        secrets.entry_name("u-1", "youtube", "a/b")


def test_keyring_is_not_imported_until_a_token_is_needed() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smplanner.secrets, smplanner.services.accounts;print('keyring' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (LockedKeyring, secrets.LOCKED),
        (DismissedPromptKeyring, secrets.INIT_FAILED),
        (BrokenKeyring, secrets.BACKEND_ERROR),
        (PlaintextFileKeyring, secrets.INSECURE_BACKEND),
    ],
)
def test_an_unusable_keyring_refuses_plainly_and_stores_nothing(backend: type, reason: str) -> None:
    with installed(backend()) as ring:
        with pytest.raises(secrets.KeyringUnavailableError) as caught:
            secrets.store_token("u/facebook/1", TOKEN)
        assert caught.value.reason == reason
        assert "cannot be stored securely on this machine" in str(caught.value)
        assert "not saved anywhere" in str(caught.value)
        assert TOKEN not in str(caught.value) and "SECRET-ECHO" not in str(caught.value)
        if isinstance(ring, MemoryKeyring):
            assert ring.entries == {}


def test_the_fail_backend_means_no_keyring() -> None:
    from keyring.backends import fail

    with installed(fail.Keyring()), pytest.raises(secrets.KeyringUnavailableError) as caught:
        secrets.read_token("u/facebook/1")
    assert caught.value.reason == secrets.NO_BACKEND


def test_no_session_bus_means_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/smplanner-bus")
    with (
        installed(SecretService.Keyring()),
        pytest.raises(secrets.KeyringUnavailableError) as caught,
    ):
        secrets.store_token("u/facebook/1", TOKEN)
    assert caught.value.reason == secrets.NO_BACKEND


def test_a_hanging_keyring_times_out_instead_of_freezing() -> None:
    with installed(HangingKeyring()), pytest.raises(secrets.KeyringUnavailableError) as caught:
        secrets.read_token("u/facebook/1", timeout=0.2)
    assert caught.value.reason == secrets.TIMEOUT


def test_a_test_backend_is_never_picked_by_auto_detection() -> None:
    from keyring.backend import get_all_keyring

    assert not any(type(ring).__module__.endswith("fake_keyrings") for ring in get_all_keyring())


def test_deleting_a_missing_entry_is_not_an_error(memory_keyring: MemoryKeyring) -> None:
    assert secrets.delete_token("u/facebook/none") is False
