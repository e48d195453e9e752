"""A recognisable token goes through every path that exists, then every file is scanned.

The token is typed into the Accounts dialog, stored in the real Secret Service, used
for refreshes (one refused with a server message echoing it), refused by a locked
keyring; the window is closed (QSettings written), logging runs at DEBUG, and every
CLI command that reads a plan (check, exports, report PDF) runs on the plan. Then no
file the app wrote — the plan and its journal, settings, log, exports, PDF text —
nor any message, title or CLI output may contain the token.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from smplanner.online.endpoints import Endpoints
from smplanner.online.http_session import RetryPolicy
from smplanner.online.refresh import FetchOptions
from smplanner.services import accounts
from smplanner.storage.plan_file import PlanFile, open_plan
from smplanner.ui.accounts.accounts_dialog import AccountsDialog
from tests.fake_api_server import Reply, Seen, running
from tests.fake_keyrings import LockedKeyring, installed

TOKEN = "EAAGleakcanary7Qz9XwLmP4tKv2RbN8sYhJ3"
SECOND = "EAAGsecondcanary5Hn2WqVx8LpR4mTz"
CANARIES = (TOKEN, SECOND)


def _leaks_in(path: Path) -> list[str]:
    data = path.read_bytes()
    texts = [data]
    if path.suffix.lower() == ".pdf" and shutil.which("pdftotext"):
        texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout)
    found = []
    for canary in CANARIES:
        for encoded in (canary.encode(), canary.encode("utf-16-le")):
            if any(encoded in text for text in texts):
                found.append(f"{path}: {canary[:8]}…")
    return found


def _scan(roots: list[Path]) -> tuple[list[str], int]:
    leaks, count = [], 0
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                count += 1
                leaks.extend(_leaks_in(path))
    return leaks, count


def test_the_scanner_would_find_a_token(tmp_path: Path) -> None:
    (tmp_path / "control.txt").write_text(f"x {TOKEN} y", encoding="utf-16")
    assert _scan([tmp_path])[0]


CALENDAR_FORMATS = (
    "ics",
    "calendar-csv",
    "buffer-csv",
    "hootsuite-csv",
    "sprout-csv",
    "metricool-csv",
)


def _plan_posts(plan: PlanFile) -> None:
    from datetime import date, datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from smplanner.domain.post_refs import PostDraft
    from smplanner.services import calendar_posts

    soon = datetime.combine(date.today() + timedelta(days=3), time(10), ZoneInfo("Europe/Paris"))
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Portes ouvertes", status="ready", scheduled_at=soon),
            PostDraft("instagram", "Croissants", scheduled_at=soon + timedelta(days=1)),
        ],
    )


def _insights(seen: Seen) -> Reply:
    return Reply(body={"data": [], "paging": {"next": None}})


def test_no_token_in_any_file_message_title_or_output(
    qtbot, window, plan: PlanFile, os_keyring: object, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.error_reporting import configure_logging

    log_file = tmp_path / "smplanner.log"
    configure_logging(log_file)
    logging.getLogger("smplanner").setLevel(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).addHandler(logging.getLogger("smplanner").handlers[-1])
        logging.getLogger(name).setLevel(logging.DEBUG)
    said: list[str] = []
    plan_path = plan.path
    window.set_plan(plan)

    with running() as api:
        echo = {"error": {"message": f"Invalid OAuth access token {TOKEN}", "code": 190}}
        api.route("/v25.0/1029384756/insights", Reply(401, echo), Reply(body={"data": []}))
        api.route("/v25.0/1029384756/posts", Reply(body={"data": []}))
        dialog = AccountsDialog(window.document, window)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.states_loaded, timeout=10000):
            pass
        dialog.refresh_panel.fetch_options = FetchOptions(
            endpoints=Endpoints(meta_graph=api.base_url),
            retry=RetryPolicy(attempts=2, base_delay=0.01),
        )
        dialog.name_edit.setText("Boulangerie Martin")
        dialog.id_edit.setText("1029384756")
        qtbot.keyClicks(dialog.token_edit, TOKEN)
        with qtbot.waitSignal(dialog.states_loaded, timeout=10000):
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.select_row(0)
        panel = dialog.refresh_panel
        with qtbot.waitSignal(panel.failed, timeout=10000):
            qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        said += [dialog.message_label.text(), panel.status_label.text()]
        assert "expired or was revoked" in dialog.message_label.text()
        # The list reloads after a refresh (the token states read in the background):
        # wait for it too, or that read would meet the locked keyring below.
        with qtbot.waitSignals([panel.finished, dialog.states_loaded], timeout=10000):
            qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        said.append(panel.status_label.text())

        with installed(LockedKeyring()):
            dialog.name_edit.setText("Autre page")
            dialog.id_edit.setText("555")
            qtbot.keyClicks(dialog.token_edit, SECOND)
            with qtbot.waitSignal(dialog.states_loaded, timeout=10000):
                qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
            said.append(dialog.message_label.text())
            assert "cannot be stored securely" in dialog.message_label.text()
        said += [dialog.windowTitle(), window.windowTitle(), dialog.token_edit.text()]
        said += [str(dialog.model.data(dialog.model.index(0, c))) for c in range(4)]
        dialog.close()

    [account] = accounts.list_accounts(window.document.plan)
    assert accounts.read_token(account) == TOKEN  # the token really went somewhere: the keyring
    _plan_posts(window.document.plan)  # so that the calendar's exports write rows
    window.close()  # writes the window state into QSettings

    outputs = tmp_path / "outputs"
    outputs.mkdir()
    commands = [
        ["check", str(plan_path)],
        *(
            ["export", str(plan_path), "--format", kind, "-o", str(outputs / f"{kind}.out")]
            for kind in ("json", "posts-csv", "stat-posts-csv", "stats-csv", *CALENDAR_FORMATS)
        ),
        ["report", str(plan_path), "-o", str(outputs / "report.pdf")],
        ["diagnose-keyring"],
    ]
    codes: list[tuple[str, int, str]] = []
    for arguments in commands:
        result = subprocess.run(
            [sys.executable, "-m", "smplanner", *arguments],
            capture_output=True,
            text=True,
            timeout=120,
        )
        said += [result.stdout, result.stderr]
        codes.append((arguments[0], result.returncode, result.stderr[-300:]))
    (outputs / "said.txt").write_text("\n".join(said), encoding="utf-8")

    roots = [tmp_path, *(Path(os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"))]
    leaks, scanned = _scan([root for root in roots if root.exists()])
    assert scanned >= 8 and log_file.stat().st_size > 0
    assert leaks == []
    assert all(code == 0 for _, code, _ in codes), codes  # every path really ran
    assert (outputs / "report.pdf").stat().st_size > 0
    with open_plan(plan_path) as reopened:
        accounts.remove_account(reopened, account.id)
