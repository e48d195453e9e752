"""The Accounts dialog: password field, keyring states, no-keyring message, background refresh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from smplanner.domain import stat_records as m
from smplanner.online.endpoints import Endpoints
from smplanner.online.http_session import RetryPolicy
from smplanner.online.refresh import FetchOptions
from smplanner.services import accounts, statistics_queries
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.accounts.accounts_dialog import AccountsDialog
from smplanner.ui.accounts.removal_question import FORGET_TOKEN, KEEP_TOKEN, removal_texts
from smplanner.ui.document import PlanDocument
from tests.fake_api_server import FakeApiServer, Reply, Seen, running
from tests.fake_keyrings import LockedKeyring, MemoryKeyring, installed

TOKEN = "EAAG-dialog-recognisable-token-5d1e"


@pytest.fixture
def document(qtbot, plan: PlanFile) -> Iterator[PlanDocument]:  # type: ignore[no-untyped-def]
    yield PlanDocument(plan)


def _dialog(qtbot, document: PlanDocument) -> AccountsDialog:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        pass  # the keyring states are read in the background first
    return dialog


def _all_model_text(dialog: AccountsDialog) -> str:
    model = dialog.model
    return " ".join(
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def _add(qtbot, dialog: AccountsDialog, network: str, name: str, ident: str, token: str) -> None:  # type: ignore[no-untyped-def]
    dialog.network_combo.setCurrentIndex(dialog.network_combo.findData(network))
    dialog.name_edit.setText(name)
    dialog.id_edit.setText(ident)
    qtbot.keyClicks(dialog.token_edit, token)
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_a_token_typed_in_the_dialog_goes_to_the_keyring_and_is_never_shown_back(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, document)
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Password
    _add(qtbot, dialog, "facebook", "Boulangerie Martin", "1029384756", TOKEN)
    assert dialog.model.rowCount() == 1
    assert dialog.token_edit.text() == ""
    assert list(memory_keyring.entries.values()) == [TOKEN]
    qtbot.waitUntil(lambda: "stored in the keyring" in _all_model_text(dialog))
    assert TOKEN not in _all_model_text(dialog)
    assert TOKEN not in dialog.message_label.text() + dialog.windowTitle()


def test_without_a_usable_keyring_the_dialog_says_so_and_adds_nothing(
    qtbot, document: PlanDocument
) -> None:  # type: ignore[no-untyped-def]
    with installed(LockedKeyring()):
        dialog = _dialog(qtbot, document)
        _add(qtbot, dialog, "facebook", "Page", "111", TOKEN)
        assert "cannot be stored securely on this machine" in dialog.message_label.text()
        assert "locked" in dialog.message_label.text()
    assert accounts.list_accounts(document.plan) == []
    assert TOKEN not in dialog.message_label.text()


def test_a_plan_from_another_computer_asks_for_the_token_again(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "instagram", "@boulangerie", "1784", TOKEN)
    memory_keyring.entries.clear()
    dialog = _dialog(qtbot, document)
    qtbot.waitUntil(lambda: "missing on this computer" in _all_model_text(dialog))
    assert "has no token for “@boulangerie”" in dialog.message_label.text()
    dialog.select_row(0)
    qtbot.keyClicks(dialog.token_edit, "new-token")
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stored in the keyring" in _all_model_text(dialog))
    assert list(memory_keyring.entries.values()) == ["new-token"]


def test_removing_an_account_and_forgetting_its_token_removes_its_keyring_entry(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "facebook", "Page", "222", TOKEN)
    dialog = _dialog(qtbot, document)
    asked: list[str] = []
    dialog.removal_question = lambda account: asked.append(account.name) or FORGET_TOKEN
    dialog.select_row(0)
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Page"]
    assert dialog.model.rowCount() == 0
    assert memory_keyring.entries == {}


def test_removing_an_account_from_this_plan_only_keeps_the_token_its_copies_use(
    qtbot, plan: PlanFile, memory_keyring: MemoryKeyring, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.save_as import save_as

    original_path = plan.path
    accounts.add_account(plan, "facebook", "Page", "223", TOKEN)
    copy = PlanDocument(save_as(plan, tmp_path / "copy.smplan"))  # closes the original
    try:
        dialog = _dialog(qtbot, copy)
        dialog.removal_question = lambda account: KEEP_TOKEN
        dialog.select_row(0)
        with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
            qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert accounts.list_accounts(copy.plan) == []
        assert "stays in the keyring" in dialog.message_label.text()
    finally:
        copy.plan.close()
    original = open_plan(original_path)
    try:
        [kept] = accounts.list_accounts(original)
        assert accounts.read_token(kept) == TOKEN  # the original still refreshes online
    finally:
        original.close()


def test_cancelling_the_removal_question_removes_nothing(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "facebook", "Page", "224", TOKEN)
    dialog = _dialog(qtbot, document)
    dialog.removal_question = lambda account: None
    dialog.select_row(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(accounts.list_accounts(document.plan)) == 1
    assert list(memory_keyring.entries.values()) == [TOKEN]


def test_the_removal_question_says_which_copies_share_the_token(plan: PlanFile) -> None:
    question, explanation = removal_texts(
        accounts.Account(1, "facebook", "Boulangerie", "1", "uuid/facebook/1")
    )
    assert "“Boulangerie”" in question
    assert "outside smplanner" in explanation and "same token" in explanation


def test_an_account_without_a_token_is_removed_without_a_question(
    qtbot, document: PlanDocument
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "linkedin", "Page", "company-1")
    dialog = _dialog(qtbot, document)
    dialog.removal_question = lambda account: pytest.fail("asked about a token there is not")
    dialog.select_row(0)
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert accounts.list_accounts(document.plan) == []


def test_renaming_an_account_by_typing_over_its_name(qtbot, document: PlanDocument) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "linkedin", "Boulangerie", "company-2")
    dialog = _dialog(qtbot, document)
    dialog.select_row(0)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    editor = dialog.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Boulangerie"
    editor.selectAll()
    qtbot.keyClicks(editor, "Boulangerie Martin (Lyon)")
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    [account] = accounts.list_accounts(document.plan)
    assert account.name == "Boulangerie Martin (Lyon)"
    assert "Boulangerie Martin (Lyon)" in _all_model_text(dialog)
    assert dialog.message_label.text() == "Account renamed."
    assert dialog.selected_account() == account  # still selected after the reload


def test_renaming_to_an_empty_name_is_refused_with_the_reason(
    qtbot, document: PlanDocument
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "linkedin", "Boulangerie", "company-3")
    dialog = _dialog(qtbot, document)
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        dialog.model.setData(dialog.model.index(0, 1), "   ")
    assert accounts.list_accounts(document.plan)[0].name == "Boulangerie"
    assert "name or handle" in dialog.message_label.text()


def test_a_read_only_plan_cannot_rename(qtbot, plan: PlanFile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.storage.plan_file import open_plan

    accounts.add_account(plan, "linkedin", "Boulangerie", "company-4")
    reader = PlanDocument(open_plan(plan.path, read_only=True))
    try:
        dialog = _dialog(qtbot, reader)
        dialog.select_row(0)
        assert not dialog.rename_button.isEnabled()
        assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    finally:
        reader.plan.close()


@pytest.fixture
def api() -> Iterator[FakeApiServer]:
    with running() as server:
        yield server


def _reach_series(seen: Seen) -> Reply:
    first = date.fromisoformat(seen.query["since"])
    last = date.fromisoformat(seen.query["until"])
    values = [
        {"value": 10 + i, "end_time": f"{first + timedelta(days=i + 1)}T08:00:00+0000"}
        for i in range((last - first).days)
    ]
    return Reply(body={"data": [{"name": "page_total_media_view_unique", "values": values}]})


def test_a_refresh_runs_in_the_background_and_is_one_undo_step(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring, api: FakeApiServer
) -> None:  # type: ignore[no-untyped-def]
    api.route("/v25.0/333/insights", _reach_series)
    api.route("/v25.0/333/posts", Reply(body={"data": []}))
    accounts.add_account(document.plan, "facebook", "Page", "333", TOKEN)
    dialog = _dialog(qtbot, document)
    dialog.select_row(0)
    panel = dialog.refresh_panel
    panel.fetch_options = FetchOptions(endpoints=Endpoints(meta_graph=api.base_url))
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(7))
    with qtbot.waitSignal(panel.finished, timeout=10000):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        assert panel.cancel_button.isVisible()  # the window kept running meanwhile
    assert len(statistics_queries.daily_series(document.plan, "facebook", m.REACH)) == 7
    [account] = accounts.list_accounts(document.plan)
    assert account.last_refresh_at is not None  # noted on the account, shown in the list
    qtbot.waitUntil(lambda: "today at" in _all_model_text(dialog))
    assert "today at" in panel.last_refresh_label.text()
    assert "Done:" in panel.status_label.text()  # the outcome stays readable
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert statistics_queries.daily_series(document.plan, "facebook", m.REACH) == []
    assert all(TOKEN not in seen.raw_url for seen in api.requests)


def test_a_refresh_can_be_cancelled_while_it_waits(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring, api: FakeApiServer
) -> None:  # type: ignore[no-untyped-def]
    api.route("/v25.0/444/insights", Reply(503, {"error": {"message": "down", "code": 2}}))
    accounts.add_account(document.plan, "facebook", "Page", "444", TOKEN)
    dialog = _dialog(qtbot, document)
    dialog.select_row(0)
    panel = dialog.refresh_panel
    panel.fetch_options = FetchOptions(
        endpoints=Endpoints(meta_graph=api.base_url),
        retry=RetryPolicy(attempts=10, base_delay=30, max_delay=60),
    )
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(api.requests) == 1)
    with qtbot.waitSignal(panel.cancelled, timeout=5000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert "nothing was stored" in panel.status_label.text()
    assert document.undo_stack.count() == 0


def test_a_refresh_without_the_token_here_asks_for_it(
    qtbot, document: PlanDocument, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    accounts.add_account(document.plan, "youtube", "Chaîne", "UC1", TOKEN)
    memory_keyring.entries.clear()
    dialog = _dialog(qtbot, document)
    dialog.select_row(0)
    with qtbot.waitSignal(dialog.refresh_panel.token_missing, timeout=5000):
        qtbot.mouseClick(dialog.refresh_panel.refresh_button, Qt.MouseButton.LeftButton)
    assert "Paste it in the Access token field" in dialog.message_label.text()


def test_edit_menu_opens_accounts(window) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_.accounts
    assert action.text() == "&Accounts…"
    assert not action.isEnabled()  # no plan yet
