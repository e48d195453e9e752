"""A plan imported from JSON is a plan of its own: a new id, and its accounts' tokens
copied into its own keyring entries only when asked, in the real OS keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from smplanner import keyring_tokens
from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import accounts
from smplanner.services.export_json import export_plan_json, import_plan
from smplanner.services.plan_import_identity import copy_tokens
from smplanner.storage import accounts_repo
from smplanner.storage.plan_file import create_plan, open_plan
from smplanner.storage.plan_properties_repo import plan_uuid


def _plan_with_a_token(tmp_path: Path, token: str) -> tuple[Path, Path]:
    path = tmp_path / "Original.smplan"
    with create_plan(path, PlanProperties(client_name="Boulangerie Martin")) as plan:
        accounts.add_account(plan, "instagram", "@boulangerie", "1789", token=token)
        accounts.add_account(plan, "linkedin", "Boulangerie Martin", "company-42")
        export = tmp_path / "export.json"
        export_plan_json(plan, export)
    return path, export


def test_the_imported_plan_has_its_own_id_and_no_token_unless_asked(os_keyring, tmp_path: Path):
    original, export = _plan_with_a_token(tmp_path, "EAAB-original-token")
    imported = import_plan(export, tmp_path / "Copie.smplan")
    with open_plan(original) as source:
        assert plan_uuid(imported.plan) != plan_uuid(source)
        (source_account,) = [a for a in accounts_repo.list_accounts(source) if a.keyring_entry]
    assert all(a.keyring_entry is None for a in accounts_repo.list_accounts(imported.plan))
    assert list(imported.original_entries.values()) == [source_account.keyring_entry]
    imported.plan.close()
    assert keyring_tokens.read_token(source_account.keyring_entry) == "EAAB-original-token"


def test_copied_tokens_live_in_entries_of_the_new_plan(os_keyring, tmp_path: Path):
    original, export = _plan_with_a_token(tmp_path, "EAAB-shared-token")
    imported = import_plan(export, tmp_path / "Copie.smplan")
    copied = copy_tokens(imported)
    assert (copied.copied, copied.not_found) == (1, 0)
    (account,) = [a for a in accounts_repo.list_accounts(imported.plan) if a.keyring_entry]
    assert account.keyring_entry is not None
    assert account.keyring_entry.startswith(plan_uuid(imported.plan) + "/")
    assert keyring_tokens.read_token(account.keyring_entry) == "EAAB-shared-token"
    # Forgetting it in the copy leaves the original's token where it was.
    accounts.forget_token(imported.plan, account.id)
    imported.plan.close()
    with open_plan(original) as source:
        (kept,) = [a for a in accounts_repo.list_accounts(source) if a.keyring_entry]
        assert accounts.read_token(kept) == "EAAB-shared-token"


def test_a_token_missing_from_this_keyring_is_counted(os_keyring, tmp_path: Path):
    original, export = _plan_with_a_token(tmp_path, "EAAB-gone")
    with open_plan(original) as source:
        (account,) = [a for a in accounts_repo.list_accounts(source) if a.keyring_entry]
        accounts.forget_token(source, account.id)
    imported = import_plan(export, tmp_path / "Copie.smplan")
    assert copy_tokens(imported) == type(copy_tokens(imported))(0, 1)
    imported.plan.close()


def test_cli_import_plan_says_what_became_of_the_tokens(os_keyring, tmp_path: Path):
    _original, export = _plan_with_a_token(tmp_path, "EAAB-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    plain = subprocess.run(
        [sys.executable, "-m", "smplanner", "import-plan", str(export), "-o", str(tmp_path / "A")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert plain.returncode == 0, plain.stderr
    assert "1 account(s) need their access token again" in plain.stdout
    copied = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "import-plan",
            str(export),
            "-o",
            str(tmp_path / "B"),
            "--copy-tokens",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert copied.returncode == 0, copied.stderr
    assert "Tokens copied for 1 of 1 accounts." in copied.stdout
    with open_plan(tmp_path / "B.smplan") as plan:
        (account,) = [a for a in accounts_repo.list_accounts(plan) if a.keyring_entry]
        assert accounts.read_token(account) == "EAAB-cli"


def test_the_window_asks_before_copying_the_tokens(os_keyring, window, prompts, tmp_path: Path):  # type: ignore[no-untyped-def]
    original, export = _plan_with_a_token(tmp_path, "EAAB-window")
    assert window.file_actions.open_path(original)
    actions = window.deliverables
    actions.ask_open = lambda title, filt: export
    actions.ask_save = lambda title, suggested, filt: tmp_path / "Copie"
    prompts.confirmations.append(True)
    assert actions.import_plan_json()
    ((title, text),) = prompts.asked[-1:]
    assert title == "Copy the access tokens?"
    assert "1 account of the imported plan had an access token" in text
    assert "Tokens copied for 1 account." in window.statusBar().currentMessage()
    plan = window.document.plan
    assert plan.path == (tmp_path / "Copie.smplan").absolute()
    (account,) = [a for a in accounts_repo.list_accounts(plan) if a.keyring_entry]
    assert accounts.read_token(account) == "EAAB-window"
