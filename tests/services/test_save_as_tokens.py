"""Save As gives the copy keyring entries of its own (real Secret Service keyring)."""

from __future__ import annotations

from pathlib import Path

from smplanner import keyring_tokens
from smplanner.services import accounts, plan_files
from smplanner.storage.plan_file import PlanFile, open_plan
from smplanner.storage.plan_properties_repo import plan_uuid
from tests.fake_keyrings import LockedKeyring, installed

TOKEN = "EAAB-original-token-51c2"
OTHER = "EAAB-second-account-token-77d0"


def test_the_copy_holds_its_own_tokens_and_forgetting_one_leaves_the_original(
    plan: PlanFile, os_keyring: object, tmp_path: Path
) -> None:
    accounts.add_account(plan, "facebook", "Page", "1029", TOKEN)
    accounts.add_account(plan, "instagram", "Compte", "1784", OTHER)
    accounts.add_account(plan, "linkedin", "Sans jeton", "company-9")  # no token wanted
    identity, original_path = plan_uuid(plan), plan.path
    original_entries = {a.external_id: a.keyring_entry for a in accounts.list_accounts(plan)}

    saved = plan_files.copy_to(plan, tmp_path / "Copie.smplan")
    copy = saved.plan
    try:
        assert (saved.tokens.copied, saved.tokens.without_token, saved.tokens.lost) == (2, 0, False)
        assert plan_uuid(copy) == identity  # approval rounds and calendar events follow
        in_copy = {a.external_id: a for a in accounts.list_accounts(copy)}
        assert in_copy["company-9"].keyring_entry is None
        for external_id, token in (("1029", TOKEN), ("1784", OTHER)):
            entry = in_copy[external_id].keyring_entry
            assert entry is not None and entry != original_entries[external_id]
            assert entry.startswith(f"{identity}/")
            assert accounts.read_token(in_copy[external_id]) == token
        accounts.forget_token(copy, in_copy["1029"].id)
        accounts.replace_token(copy, in_copy["1784"].id, "EAAB-replaced-in-the-copy-only")
    finally:
        copy.close()
    original = open_plan(original_path)
    try:
        kept = {a.external_id: a for a in accounts.list_accounts(original)}
        assert accounts.read_token(kept["1029"]) == TOKEN
        assert accounts.read_token(kept["1784"]) == OTHER
        for account in kept.values():
            accounts.remove_account(original, account.id)
    finally:
        original.close()
    for entry in original_entries.values():
        assert entry is None or keyring_tokens.read_token(entry) is None


def test_a_token_missing_on_this_machine_stays_missing_in_the_copy(
    plan: PlanFile, os_keyring: object, tmp_path: Path
) -> None:
    accounts.add_account(plan, "facebook", "Page", "4040", TOKEN)
    [account] = accounts.list_accounts(plan)
    assert account.keyring_entry is not None
    keyring_tokens.delete_token(account.keyring_entry)  # as on another computer
    saved = plan_files.copy_to(plan, tmp_path / "Copie.smplan")
    try:
        assert (saved.tokens.copied, saved.tokens.without_token, saved.tokens.lost) == (0, 1, False)
        [in_copy] = accounts.list_accounts(saved.plan)
        assert accounts.token_state(in_copy).state == accounts.TokenState.MISSING
    finally:
        saved.plan.close()


def test_a_locked_keyring_still_saves_the_copy_and_says_the_tokens_were_not_copied(
    plan: PlanFile, os_keyring: object, tmp_path: Path
) -> None:
    accounts.add_account(plan, "facebook", "Page", "5050", TOKEN)
    [account] = accounts.list_accounts(plan)
    with installed(LockedKeyring()):
        saved = plan_files.copy_to(plan, tmp_path / "Copie.smplan")
    try:
        assert saved.tokens.lost and saved.tokens.copied == 0
        [in_copy] = accounts.list_accounts(saved.plan)
        # Its own entry, with nothing under it: "missing on this computer", never the
        # original's entry shared.
        assert in_copy.keyring_entry not in (None, account.keyring_entry)
        assert accounts.token_state(in_copy).state == accounts.TokenState.MISSING
    finally:
        saved.plan.close()
    assert account.keyring_entry is not None
    assert keyring_tokens.read_token(account.keyring_entry) == TOKEN
    keyring_tokens.delete_token(account.keyring_entry)
