"""Messages from the Qt-free core read in French in the French window, details kept.

A bad statistics file in the import dialog, a bad posts CSV in its preview, a refused
strategy deletion, a 401 and a rate limit from the online refresh, no keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from smplanner.online.endpoints import Endpoints
from smplanner.online.http_session import RetryPolicy
from smplanner.online.refresh import FetchOptions
from smplanner.services import accounts, strategy_edits
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.document import PlanDocument
from tests.fake_api_server import FakeApiServer, Reply, running
from tests.fake_keyrings import LockedKeyring, installed

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
TOKEN = "EAAG-french-messages-token-7c2f"


@pytest.fixture
def document(plan: PlanFile) -> PlanDocument:
    return PlanDocument(plan)


@pytest.fixture
def api() -> Iterator[FakeApiServer]:
    with running() as server:
        yield server


def test_a_bad_statistics_file_is_explained_in_french_in_the_import_dialog(
    qtbot, french_ui, document: PlanDocument, tmp_path: Path
):
    from smplanner.ui.statistics.import_dialog import ImportDialog

    text = (EXPORTS / "meta_instagram_posts.csv").read_bytes().decode("utf-8-sig")
    broken = tmp_path / "ig.csv"
    broken.write_text(text.replace(",2100,", ",lots,"), "utf-8")
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    dialog = ImportDialog(document)
    qtbot.addWidget(dialog)
    dialog.add_paths([broken, empty])
    qtbot.waitUntil(lambda: len(dialog.previews) == 2 and not dialog.reading, timeout=10000)
    problems = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 3).text()
        for row in range(dialog.table.rowCount())
    }
    assert problems["ig.csv"] == (
        "ig.csv, ligne 2, colonne « Reach » : « lots » n’est pas un nombre ; "
        "un nombre est attendu ici."
    )
    assert problems["vide.csv"] == (
        "vide.csv : le fichier est vide. Téléchargez de nouveau l’export."
    )


def test_refused_statistics_rows_read_in_french_with_french_numbers(french_ui):
    from smplanner.importers.import_errors import ImportRefusedError, RowProblem
    from smplanner.messages import Message
    from smplanner.ui.error_messages import describe

    problems = [
        RowProblem("x.csv", 12000 + n, "Reach", Message("the date is missing.")) for n in range(12)
    ]
    _title, text = describe(ImportRefusedError(problems))
    assert text.startswith("Rien n’a été importé : 12 ligne(s) posent problème.")
    assert f"x.csv, ligne {QLocale().toString(12000)}, colonne « Reach » : la date manque." in text
    assert "… et 2 de plus." in text
    assert "Nothing" not in text


def test_a_bad_posts_csv_is_explained_in_french_in_the_import_preview(
    window, french_ui, plan: PlanFile, tmp_path: Path
):
    window.set_plan(plan)
    source = tmp_path / "posts.csv"
    source.write_text(
        "id,network,date,time,text\n"
        ",myspace,2026-10-14,18:30,Bonjour\n"
        ",facebook,2026-03-29,02:30,Heure d'été\n",
        "utf-8",
    )
    actions = window.calendar_exchange
    actions.ask_open = lambda title, file_filter: source
    seen: dict[str, list[str]] = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        model = dialog.model
        seen["details"] = [model.data(model.index(r, 5)) for r in range(model.rowCount())]
        return False

    actions.run_dialog = answer
    actions.import_posts_csv()
    network, summer_time = seen["details"]
    assert network.startswith("colonne network : « myspace » n’est pas un réseau : utilisez")
    day = QLocale().toString(date(2026, 3, 29), QLocale.FormatType.ShortFormat)
    assert day == "29/03/2026"
    assert summer_time == (
        f"colonne time : 02:30 n’existe pas le {day} dans le fuseau Europe/Paris "
        "(passage à l’heure d’été) : écrivez 03:30, l’heure qu’il est alors, ou une autre heure"
    )


def test_a_refused_strategy_deletion_is_explained_in_french(window, french_ui, plan: PlanFile):
    pillar_id, _ = strategy_edits.add_row(plan, "content_pillars", {"name": "Coulisses"})
    # Posts hold no foreign key on purpose; a row that does refer to the pillar (as a
    # later feature's table may) makes the workshop refuse the deletion.
    with plan.transaction():
        plan.conn.execute(
            "CREATE TABLE pillar_notes (pillar_id INTEGER REFERENCES content_pillars(id))"
        )
        plan.conn.execute("INSERT INTO pillar_notes VALUES (?)", (pillar_id,))
    window.set_plan(plan)
    editor = window.plan_view.strategy._editor
    assert not editor.delete_row("content_pillars", pillar_id, "pilier")
    [(_title, text)] = window.prompts.errors
    assert text == (
        "Cet élément est encore utilisé par des publications du calendrier : "
        "modifiez d’abord ces publications."
    )


def _refresh(qtbot, document: PlanDocument, api: FakeApiServer, reply: Reply):  # type: ignore[no-untyped-def]
    from smplanner.ui.accounts.accounts_dialog import AccountsDialog

    api.route("/v25.0/555/insights", reply)
    api.route("/v25.0/555/posts", reply)
    accounts.add_account(document.plan, "facebook", "Boulangerie", "555", TOKEN)
    dialog = AccountsDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
        pass
    dialog.select_row(0)
    panel = dialog.refresh_panel
    panel.fetch_options = FetchOptions(
        endpoints=Endpoints(meta_graph=api.base_url), retry=RetryPolicy(attempts=1)
    )
    with qtbot.waitSignal(panel.failed, timeout=10000):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    return dialog


def test_an_expired_token_from_the_online_refresh_is_explained_in_french(
    qtbot, french_ui, document: PlanDocument, memory_keyring, api: FakeApiServer
):
    expired = Reply(401, {"error": {"message": "Session has expired", "code": 190}})
    dialog = _refresh(qtbot, document, api, expired)
    text = dialog.message_label.text()
    assert "a refusé le jeton d’accès de « Boulangerie »" in text
    assert "Session has expired" in text  # the network's own words stay as given
    assert TOKEN not in text


def test_a_rate_limit_from_the_online_refresh_is_explained_in_french(
    qtbot, french_ui, document: PlanDocument, memory_keyring, api: FakeApiServer
):
    limited = Reply(
        429, {"error": {"message": "Too many calls", "code": 4}}, {"Retry-After": "600"}
    )
    dialog = _refresh(qtbot, document, api, limited)
    text = dialog.message_label.text()
    assert "limite les requêtes pour « Boulangerie »" in text
    assert "Relancez l’actualisation dans environ 10 minutes." in text


def test_without_a_keyring_the_message_is_in_french(qtbot, french_ui, document: PlanDocument):
    from smplanner.ui.accounts.accounts_dialog import AccountsDialog

    with installed(LockedKeyring()):
        dialog = AccountsDialog(document)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
            pass
        dialog.network_combo.setCurrentIndex(dialog.network_combo.findData("facebook"))
        dialog.name_edit.setText("Page")
        dialog.id_edit.setText("111")
        qtbot.keyClicks(dialog.token_edit, TOKEN)
        with qtbot.waitSignal(dialog.states_loaded, timeout=5000):
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        text = dialog.message_label.text()
    assert text.startswith("Le jeton d’accès ne peut pas être enregistré de façon sûre")
    assert "verrouillé" in text and "cannot" not in text


def test_the_keyring_error_reads_in_french_wherever_the_window_shows_it(french_ui):
    from smplanner import keyring_tokens
    from smplanner.ui.error_messages import describe

    _title, text = describe(keyring_tokens.KeyringUnavailableError(keyring_tokens.TIMEOUT, "20 s"))
    assert text.startswith("Le jeton d’accès ne peut pas être enregistré de façon sûre")
    assert "le trousseau n’a pas répondu à temps (20 s)" in text
    english = str(keyring_tokens.KeyringUnavailableError(keyring_tokens.TIMEOUT, "20 s"))
    assert english.startswith("The access token cannot be stored securely")  # the CLI's
