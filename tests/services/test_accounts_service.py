"""Accounts per plan: only the entry name in the file, the token only in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner import keyring_tokens
from smplanner.services import accounts
from smplanner.storage.plan_file import PlanFile, open_plan
from smplanner.storage.plan_properties_repo import plan_uuid
from tests.fake_keyrings import LockedKeyring, MemoryKeyring, installed

TOKEN = "EAAB-recognisable-token-7f3a9c"


def _only(plan: PlanFile) -> accounts.Account:
    [account] = accounts.list_accounts(plan)
    return account


def test_adding_an_account_with_a_token_keeps_only_the_entry_name_in_the_plan(
    plan: PlanFile, os_keyring: object
) -> None:
    changes = accounts.add_account(plan, "facebook", "Boulangerie Martin", "1029384756", TOKEN)
    assert changes.touches(accounts.ACCOUNTS)
    account = _only(plan)
    assert account.keyring_entry == f"{plan_uuid(plan)}/facebook/1029384756"
    assert accounts.read_token(account) == TOKEN
    assert accounts.token_state(account).state == accounts.TokenState.STORED
    plan.close()
    assert TOKEN.encode() not in Path(plan.path).read_bytes()
    reopened = open_plan(plan.path)
    try:
        accounts.remove_account(reopened, account.id)
    finally:
        reopened.close()
    assert keyring_tokens.read_token(account.keyring_entry) is None


def test_an_account_without_a_token_needs_no_keyring(plan: PlanFile) -> None:
    from keyring.backends import fail

    with installed(fail.Keyring()):
        accounts.add_account(plan, "linkedin", "Boulangerie Martin", "company-42")
        account = _only(plan)
        assert account.keyring_entry is None
        assert accounts.token_state(account).state == accounts.TokenState.NOT_WANTED
        accounts.remove_account(plan, account.id)
    assert accounts.list_accounts(plan) == []


def test_no_keyring_refuses_the_token_and_adds_nothing(plan: PlanFile) -> None:
    with installed(LockedKeyring()), pytest.raises(keyring_tokens.KeyringUnavailableError):
        accounts.add_account(plan, "facebook", "Page", "111", TOKEN)
    assert accounts.list_accounts(plan) == []


def test_a_plan_opened_on_another_machine_reports_the_token_missing_and_takes_a_new_one(
    plan: PlanFile, memory_keyring: MemoryKeyring
) -> None:
    accounts.add_account(plan, "instagram", "@boulangerie", "17841400000000001", TOKEN)
    memory_keyring.entries.clear()  # the other machine's keyring has no such entry
    account = _only(plan)
    assert accounts.token_state(account).state == accounts.TokenState.MISSING
    assert accounts.read_token(account) is None
    accounts.replace_token(plan, account.id, "new-token-on-this-machine")
    assert accounts.read_token(_only(plan)) == "new-token-on-this-machine"


def test_replacing_a_token_on_a_read_only_plan_writes_only_the_keyring(
    plan: PlanFile, memory_keyring: MemoryKeyring
) -> None:
    accounts.add_account(plan, "youtube", "Chaîne", "UC123", TOKEN)
    path = plan.path
    plan.close()
    read_only = open_plan(path, read_only=True)
    try:
        accounts.replace_token(read_only, _only(read_only).id, "fresh-token")
        assert accounts.read_token(_only(read_only)) == "fresh-token"
    finally:
        read_only.close()


def test_forgetting_a_token_deletes_the_entry_and_keeps_the_account(
    plan: PlanFile, memory_keyring: MemoryKeyring
) -> None:
    accounts.add_account(plan, "facebook", "Page", "222", TOKEN)
    accounts.forget_token(plan, _only(plan).id)
    assert memory_keyring.entries == {}
    assert _only(plan).keyring_entry is None


def test_removing_an_account_with_a_locked_keyring_keeps_it(
    plan: PlanFile, memory_keyring: MemoryKeyring
) -> None:
    accounts.add_account(plan, "facebook", "Page", "333", TOKEN)
    with installed(LockedKeyring()), pytest.raises(keyring_tokens.KeyringUnavailableError):
        accounts.remove_account(plan, _only(plan).id)
    assert len(accounts.list_accounts(plan)) == 1


@pytest.mark.parametrize(
    ("network", "name", "external_id", "token", "field"),
    [
        ("myspace", "x", "1", None, "network"),
        ("facebook", "  ", "1", None, "name"),
        ("facebook", "Page", "", None, "external_id"),
        ("facebook", "Page", "12 34", None, "external_id"),
        ("facebook", "Page", "1", "two words", "token"),
        ("linkedin", "Page", "1", "tok", "token"),
    ],
)
def test_bad_values_name_their_field(
    plan: PlanFile,
    memory_keyring: MemoryKeyring,
    network: str,
    name: str,
    external_id: str,
    token: str | None,
    field: str,
) -> None:
    with pytest.raises(accounts.AccountError) as caught:
        accounts.add_account(plan, network, name, external_id, token)
    assert caught.value.field == field
    assert memory_keyring.entries == {}


def test_the_same_account_cannot_be_added_twice(
    plan: PlanFile, memory_keyring: MemoryKeyring
) -> None:
    accounts.add_account(plan, "facebook", "Page", "444")
    with pytest.raises(accounts.AccountError):
        accounts.add_account(plan, "facebook", "Other", "444", TOKEN)
    assert memory_keyring.entries == {}


def test_renaming_an_account_keeps_its_keyring_entry(plan: PlanFile, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(plan, "facebook", "Page", "555", TOKEN)
    before = _only(plan)
    changes = accounts.rename_account(plan, before.id, "  Boulangerie   Martin ")
    assert changes.touches(accounts.ACCOUNTS)
    after = _only(plan)
    assert after.name == "Boulangerie Martin"  # spaces tidied like on creation
    assert after.keyring_entry == before.keyring_entry
    assert accounts.read_token(after) == TOKEN
    with pytest.raises(accounts.AccountError, match="name or handle"):
        accounts.rename_account(plan, before.id, " ")
    with pytest.raises(accounts.AccountError, match="no longer exists"):
        accounts.rename_account(plan, before.id + 1, "Other")


def test_removing_from_this_plan_only_leaves_the_token_to_the_plans_copies(
    plan: PlanFile, os_keyring: object, tmp_path: Path
) -> None:
    from smplanner.storage.save_as import save_as

    accounts.add_account(plan, "instagram", "Boulangerie", "1784", TOKEN)
    original_path = plan.path
    copy = save_as(plan, tmp_path / "copy.smplan")
    try:
        [in_copy] = accounts.list_accounts(copy)
        accounts.remove_account(copy, in_copy.id, forget_token=False)
        assert accounts.list_accounts(copy) == []
    finally:
        copy.close()
    original = open_plan(original_path)
    try:
        account = _only(original)
        assert account.keyring_entry == in_copy.keyring_entry  # the same entry name
        assert accounts.read_token(account) == TOKEN
        accounts.remove_account(original, account.id, forget_token=True)
    finally:
        original.close()
    assert keyring_tokens.read_token(in_copy.keyring_entry) is None


def test_a_refresh_is_noted_on_the_account(plan: PlanFile) -> None:
    from datetime import UTC, datetime

    accounts.add_account(plan, "linkedin", "Page", "company-9")
    assert _only(plan).last_refresh_at is None
    changes = accounts.record_refresh(
        plan, _only(plan).id, datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    )
    assert changes.touches(accounts.ACCOUNTS)
    assert _only(plan).last_refresh_at == "2026-11-02T09:30:00+00:00"


def test_the_last_refresh_reads_as_days_ago(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from smplanner.ui.accounts.refresh_age import last_refresh_text

    now = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
    assert last_refresh_text(None, now) == "never"
    assert last_refresh_text("2026-11-05T08:05:00+00:00", now).startswith("today at")
    assert last_refresh_text("2026-11-04T08:05:00+00:00", now).startswith("yesterday at")
    assert last_refresh_text("2026-11-02T08:05:00+00:00", now) == "3 days ago"
    assert last_refresh_text("2026-06-01T08:05:00+00:00", now).startswith("on ")
