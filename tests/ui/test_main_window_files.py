"""File menu flows in the real window, with real plan files: New, Open, Recent, Save As, Close."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import PlanFile, create_plan, open_plan
from smplanner.storage.plan_properties_repo import read_properties


def make_plan(path: Path, client: str) -> Path:
    create_plan(path, PlanProperties(client)).close()
    return path


def test_new_plan_asks_the_client_then_the_file_and_opens_it(window, prompts, tmp_path: Path):
    prompts.properties.append(PlanProperties("Boulangerie Martin", "bakery_food"))
    target = tmp_path / "Boulangerie Martin.smplan"
    prompts.save_paths.append(target)

    window.actions_.new.trigger()

    assert target.exists()
    assert prompts.asked[0][1].endswith("Boulangerie Martin.smplan")  # suggested name
    assert window.windowTitle() == "Boulangerie Martin — Boulangerie Martin.smplan — smplanner"
    assert window.recent.paths()[0] == target
    assert window.actions_.save_as.isEnabled()


def test_new_plan_never_overwrites_an_existing_file(window, prompts, tmp_path: Path):
    existing = make_plan(tmp_path / "Existing.smplan", "Existing client")
    before = existing.read_bytes()
    prompts.properties.append(PlanProperties("Someone else"))
    prompts.save_paths.append(existing)
    window.actions_.new.trigger()
    assert prompts.errors and "already exists" in prompts.errors[0][1]
    assert existing.read_bytes() == before
    assert window.document is None


def test_open_shows_the_plan_and_a_bad_file_gets_a_clear_message(window, prompts, tmp_path: Path):
    good = make_plan(tmp_path / "Atelier.smplan", "Atelier Dupont")
    bad = tmp_path / "stats.smplan"
    bad.write_bytes(b"Date;Reach\n01/02/2026;12 400\n")

    prompts.open_paths.append(good)
    window.actions_.open.trigger()
    assert window.windowTitle().startswith("Atelier Dupont — Atelier.smplan")

    prompts.open_paths.append(bad)
    window.actions_.open.trigger()
    title, text = prompts.errors[-1]
    assert title == "Not a plan"
    assert str(bad) in text and "not a SQLite database" in text and "untouched" in text
    assert bad.read_bytes() == b"Date;Reach\n01/02/2026;12 400\n"
    # The plan that was open stays open.
    assert window.windowTitle().startswith("Atelier Dupont")


def test_open_recent_lists_ten_and_explains_and_removes_a_missing_file(
    window, prompts, tmp_path: Path
):
    paths = [make_plan(tmp_path / f"Client {n}.smplan", f"Client {n}") for n in range(12)]
    for path in paths:
        assert window.file_actions.open_path(path)
    recent = window.recent.paths()
    assert len(recent) == 10
    assert recent[0] == paths[-1]
    menu_texts = [a.text() for a in window.actions_.recent_menu.actions() if a.text()]
    assert menu_texts[0].startswith("&1 Client 11.smplan")

    gone = paths[5]
    gone.unlink()
    window.file_actions.open_recent(gone)
    assert "no longer there" in prompts.errors[-1][1]
    assert gone not in window.recent.paths()
    assert window.windowTitle().startswith("Client 11")


def test_save_as_continues_on_the_copy(window, prompts, tmp_path: Path):
    original = make_plan(tmp_path / "Martin.smplan", "Boulangerie Martin")
    window.file_actions.open_path(original)
    copy = tmp_path / "Martin 2027.smplan"
    prompts.save_paths.append(copy)

    window.actions_.save_as.trigger()

    assert window.document is not None and window.document.plan.path == copy
    assert window.windowTitle() == "Boulangerie Martin — Martin 2027.smplan — smplanner"
    # The original is free again: another process could open it.
    with open_plan(original) as reopened:
        assert read_properties(reopened).client_name == "Boulangerie Martin"
    assert prompts.infos == []  # no account: nothing to say about tokens


def test_save_as_with_a_locked_keyring_says_the_tokens_were_not_copied(
    window, prompts, tmp_path: Path, os_keyring
):
    from smplanner.services import accounts
    from tests.fake_keyrings import LockedKeyring, installed

    original = make_plan(tmp_path / "Martin.smplan", "Boulangerie Martin")
    window.file_actions.open_path(original)
    accounts.add_account(window.document.plan, "facebook", "Page", "6060", "EAAB-tok-6060")
    prompts.save_paths.append(tmp_path / "Martin 2027.smplan")
    with installed(LockedKeyring()):
        window.actions_.save_as.trigger()
    assert window.document is not None and window.document.plan.path.name == "Martin 2027.smplan"
    [(title, text)] = prompts.infos
    assert title == "Access tokens not copied"
    assert "original plan keeps its tokens" in text and "Accounts" in text
    [account] = accounts.list_accounts(window.document.plan)
    assert accounts.token_state(account).state == accounts.TokenState.MISSING
    with open_plan(original) as reopened:
        [kept] = accounts.list_accounts(reopened)
        assert accounts.read_token(kept) == "EAAB-tok-6060"
        accounts.remove_account(reopened, kept.id)


def test_close_returns_to_the_start_page_and_releases_the_file(window, tmp_path: Path):
    path = make_plan(tmp_path / "Martin.smplan", "Boulangerie Martin")
    window.file_actions.open_path(path)
    window.actions_.close.trigger()
    assert window.document is None
    assert window.stack.currentWidget() is window.start_page
    assert window.windowTitle() == "smplanner"
    assert not window.actions_.save_as.isEnabled()
    assert window.start_page.recent_list.count() == 1
    with open_plan(path):
        pass  # not locked any more


def test_a_plan_open_elsewhere_offers_read_only_and_shows_the_banner(
    window, prompts, tmp_path: Path
):
    path = make_plan(tmp_path / "Shared.smplan", "Shared client")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
            import sys
            from smplanner.storage.plan_file import open_plan
            plan = open_plan(sys.argv[1]); print("holding", flush=True); sys.stdin.readline()
        """),
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        prompts.confirmations.append(True)
        assert window.file_actions.open_path(path)
        assert "already open in another smplanner window" in prompts.asked[-1][1]
        assert window.document is not None and window.document.read_only
        assert window.plan_view is not None and window.plan_view.banner is not None
        assert "Read-only" in window.plan_view.banner.message.text()
        assert window.windowTitle().endswith("(read-only) — smplanner")
        assert not window.actions_.properties.isEnabled()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=20)


def test_declining_read_only_leaves_the_window_as_it_was(window, prompts, plan: PlanFile):
    prompts.confirmations.append(False)
    # ``plan`` holds the lock in this process: opening again is refused like another window.
    assert not window.file_actions.open_path(plan.path)
    assert window.document is None
