"""The keyring wrapper: real Secret Service round trip and every unusable-keyring case."""

from __future__ import annotations

import pytest

from smplanner import keyring_tokens
from tests.fake_keyrings import (
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
    entry = keyring_tokens.entry_name("0b8c2f9e-plan", "facebook", "1234567890")
    keyring_tokens.store_token(entry, TOKEN)
    assert keyring_tokens.read_token(entry) == TOKEN
    keyring_tokens.store_token(entry, TOKEN + "-replaced")
    assert keyring_tokens.read_token(entry) == TOKEN + "-replaced"
    assert keyring_tokens.delete_token(entry) is True
    assert keyring_tokens.read_token(entry) is None
    assert keyring_tokens.delete_token(entry) is False


def test_the_backend_in_use_is_named(os_keyring: object) -> None:
    assert keyring_tokens.backend_info().name == "keyring.backends.SecretService.Keyring"


def test_the_real_entry_is_filed_under_the_app_service_with_no_secret_in_its_name(
    os_keyring: object,
) -> None:
    import secretstorage

    entry = keyring_tokens.entry_name("plan-uuid-1", "instagram", "17841400000000000")
    keyring_tokens.store_token(entry, TOKEN)
    try:
        with secretstorage.dbus_init() as connection:
            collection = secretstorage.get_default_collection(connection)
            items = list(collection.search_items({"service": "smplanner", "username": entry}))
            assert len(items) == 1
            assert TOKEN not in items[0].get_label()
            assert all(TOKEN not in value for value in items[0].get_attributes().values())
    finally:
        keyring_tokens.delete_token(entry)


def test_entry_names_are_plan_network_and_account() -> None:
    assert keyring_tokens.entry_name("u-1", "youtube", "UCabc") == "u-1/youtube/UCabc"
    with pytest.raises(keyring_tokens.InvalidEntryNameError):
        keyring_tokens.entry_name("u-1", "youtube", "a/b")


def test_keyring_is_not_imported_until_a_token_is_needed() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smplanner.keyring_tokens, smplanner.services.accounts;"
        "print('keyring' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (LockedKeyring, keyring_tokens.LOCKED),
        (DismissedPromptKeyring, keyring_tokens.INIT_FAILED),
        (BrokenKeyring, keyring_tokens.BACKEND_ERROR),
        (PlaintextFileKeyring, keyring_tokens.INSECURE_BACKEND),
    ],
)
def test_an_unusable_keyring_refuses_plainly_and_stores_nothing(backend: type, reason: str) -> None:
    with installed(backend()) as ring:
        with pytest.raises(keyring_tokens.KeyringUnavailableError) as caught:
            keyring_tokens.store_token("u/facebook/1", TOKEN)
        assert caught.value.reason == reason
        assert "cannot be stored securely on this machine" in str(caught.value)
        assert "not saved anywhere" in str(caught.value)
        assert TOKEN not in str(caught.value) and "SECRET-ECHO" not in str(caught.value)
        if isinstance(ring, MemoryKeyring):
            assert ring.entries == {}


def test_the_fail_backend_means_no_keyring() -> None:
    from keyring.backends import fail

    with installed(fail.Keyring()), pytest.raises(keyring_tokens.KeyringUnavailableError) as caught:
        keyring_tokens.read_token("u/facebook/1")
    assert caught.value.reason == keyring_tokens.NO_BACKEND


def test_no_session_bus_means_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/smplanner-bus")
    with (
        installed(SecretService.Keyring()),
        pytest.raises(keyring_tokens.KeyringUnavailableError) as caught,
    ):
        keyring_tokens.store_token("u/facebook/1", TOKEN)
    assert caught.value.reason == keyring_tokens.NO_BACKEND


def test_a_hanging_keyring_times_out_instead_of_freezing() -> None:
    unavailable = keyring_tokens.KeyringUnavailableError
    with installed(HangingKeyring()), pytest.raises(unavailable) as caught:
        keyring_tokens.read_token("u/facebook/1", timeout=0.2)
    assert caught.value.reason == keyring_tokens.TIMEOUT


def test_a_test_backend_is_never_picked_by_auto_detection() -> None:
    from keyring.backend import get_all_keyring

    assert not any(type(ring).__module__.endswith("fake_keyrings") for ring in get_all_keyring())


def test_deleting_a_missing_entry_is_not_an_error(memory_keyring: MemoryKeyring) -> None:
    assert keyring_tokens.delete_token("u/facebook/none") is False
