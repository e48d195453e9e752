"""SIGKILL at random moments, as a power cut or a killed process would: during edits,
an import, a Save As and a report. After each kill, what was committed is there, the
plan is sound, and nothing half-written is left to block or mislead.

CI runs a few kills of each (``SMPLANNER_KILLS``, default 8); the full count is one
variable away: ``SMPLANNER_KILLS=200 .venv/bin/python -m pytest tests/app/test_kills.py``.
The moment of each kill comes from a seeded generator (``SMPLANNER_KILL_SEED``), so a
failure can be replayed.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.partial_files import clear_stale_partials
from smplanner.storage.plan_file import create_plan, journal_path, open_plan
from smplanner.storage.plan_properties_repo import write_setting

KILLS = int(os.environ.get("SMPLANNER_KILLS", "8"))
SEED = int(os.environ.get("SMPLANNER_KILL_SEED", "20261203"))

EDITING = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from smplanner.domain.post_refs import PostDraft
    from smplanner.services.calendar_posts import create_posts
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    start = int(sys.argv[2])
    print("ready", flush=True)
    moment = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for number in range(start, start + 100000):
        draft = PostDraft(network="instagram", text=f"edit {number}", status="draft",
                          scheduled_at=moment + timedelta(hours=number))
        create_posts(plan, [draft])
        print(number, flush=True)  # only once committed
    """
)

IMPORTING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from smplanner.services import statistics_import
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    previews = statistics_import.preview([Path(sys.argv[2])])
    print("ready", flush=True)
    statistics_import.import_files(plan, previews)
    print("imported", flush=True)
    """
)

SAVING_AS = textwrap.dedent(
    """
    import sys
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.save_as import save_as
    plan = open_plan(sys.argv[1])
    print("ready", flush=True)
    copy = save_as(plan, sys.argv[2])
    print("saved", flush=True)
    """
)

REPORTING = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    from smplanner.reports.report_file import build_report
    from smplanner.reports.report_options import ReportOptions
    from smplanner.storage.plan_file import open_plan
    plan = open_plan(sys.argv[1], read_only=True)
    print("ready", flush=True)
    build_report(plan, ReportOptions(language="fr", start=date(2026, 12, 1), weeks=8), sys.argv[2])
    print("written", flush=True)
    """
)


def _run_and_kill(script: str, args: list[str], delay: float) -> list[str]:
    """Start ``script``, SIGKILL it ``delay`` s after it says "ready"; its output lines."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    first = process.stdout.readline().strip()
    assert first == "ready", (first, process.stderr.read() if process.stderr else "")
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([process.stdout], [], [], left)
        if ready:
            line = process.stdout.readline()
            if not line:
                break  # it finished before the kill
            lines.append(line.strip())
    process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate(timeout=30)
    lines.extend(line.strip() for line in rest.splitlines())
    return lines


def _sound(path: Path) -> None:
    with open_plan(path) as plan:
        assert plan.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock")
    )


@pytest.fixture
def client_plan(tmp_path: Path) -> Path:
    path = tmp_path / "Boulangerie.smplan"
    create_plan(path, PlanProperties(client_name="Boulangerie Martin")).close()
    return path


def test_kills_during_edits_lose_no_committed_edit(client_plan: Path):
    generator = random.Random(SEED)
    committed: set[int] = set()
    next_number = 0
    for _kill in range(KILLS):
        lines = _run_and_kill(
            EDITING, [str(client_plan), str(next_number)], generator.uniform(0.05, 0.6)
        )
        committed.update(int(line) for line in lines if line.isdigit())
        next_number += 100000
        with open_plan(client_plan) as plan:  # rolls back the edit cut short, if any
            texts = {row[0] for row in plan.conn.execute("SELECT text FROM posts")}
            assert plan.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The next edit works, and leaves no journal behind (a kill before the
            # journal's header was complete leaves one SQLite ignores, until this).
            write_setting(plan, "after-kill", str(_kill))
        missing = {n for n in committed if f"edit {n}" not in texts}
        assert not missing, f"committed edits lost after a kill: {sorted(missing)[:10]}"
        assert not journal_path(client_plan).exists()
    assert committed, "no edit was committed before any kill: the kills came too early"


def _big_export(folder: Path, rows: int) -> Path:
    header = (
        "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,"
        "Permalink,Is crosspost,Is share,Post type,Languages,Custom labels,"
        "Funded content status,Data comment,Date,Views,Reach,"
        '"Reactions, Comments and Shares",Reactions,Comments,Shares,Total clicks\n'
    )
    lines = [header]
    for number in range(rows):
        day, minute = 1 + number % 28, number % 60
        lines.append(
            f"1234567890_{number},1234567890,Boulangerie Martin,,Post {number},,"
            f"09/{day:02d}/2026 08:{minute:02d},,https://www.facebook.com/1234567890/posts/"
            f"{number},No,No,Photos,fr,,,,Lifetime,{number + 100},{number + 50},9,5,2,2,4\n"
        )
    path = folder / "meta_facebook_posts.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _imported_rows(path: Path) -> int:
    with open_plan(path) as plan:
        return int(plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0])


def test_kills_during_an_import_store_all_of_it_or_none(client_plan: Path, tmp_path: Path):
    export = _big_export(tmp_path, 6000)
    generator = random.Random(SEED + 1)
    outcomes = set()
    for _kill in range(max(2, KILLS // 2)):
        before = _imported_rows(client_plan)
        lines = _run_and_kill(
            IMPORTING, [str(client_plan), str(export)], generator.uniform(0.0, 2.5)
        )
        after = _imported_rows(client_plan)
        _sound(client_plan)
        if "imported" in lines:
            assert after == 6000  # a second import of the same file adds nothing new
            outcomes.add("finished")
        else:
            assert after in (before, 6000)  # the whole import, or nothing of it
            outcomes.add("cut" if after == before else "committed")
    assert outcomes, "no kill happened"


def test_kills_during_save_as_leave_the_original_and_no_half_copy(client_plan: Path):
    with open_plan(client_plan) as plan:
        for number in range(300):  # a few MB, so the copy takes a moment
            write_setting(plan, f"note-{number}", "x" * 8000)
    original = client_plan.read_bytes()
    generator = random.Random(SEED + 2)
    folder = client_plan.parent
    for kill in range(max(2, KILLS // 2)):
        target = folder / f"Copie {kill}.smplan"
        lines = _run_and_kill(
            SAVING_AS, [str(client_plan), str(target)], generator.uniform(0.0, 0.15)
        )
        if target.exists():
            _sound(target)  # a copy, when there is one, is whole
        else:
            assert "saved" not in lines
        _sound(client_plan)
        # The next write in the folder clears what the killed one left.
        clear_stale_partials(folder)
        assert not [name for name in _leftovers(folder) if ".saving" in name]
    with open_plan(client_plan, read_only=True):
        pass
    assert client_plan.read_bytes()[:100] == original[:100]


def test_kills_during_a_report_leave_no_half_pdf(client_plan: Path):
    generator = random.Random(SEED + 3)
    folder = client_plan.parent
    target = folder / "Rapport.pdf"
    for _kill in range(max(2, KILLS // 2)):
        target.unlink(missing_ok=True)
        lines = _run_and_kill(
            REPORTING, [str(client_plan), str(target)], generator.uniform(0.0, 1.0)
        )
        if target.exists():
            assert target.read_bytes()[:5] == b"%PDF-"
            assert b"%%EOF" in target.read_bytes()[-1024:]  # whole, never cut
        else:
            assert "written" not in lines
        clear_stale_partials(folder)
        assert not [name for name in _leftovers(folder) if ".writing" in name]
        _sound(client_plan)


def test_a_partial_file_of_a_live_process_is_left_alone(tmp_path: Path):
    mine = tmp_path / f".Plan.smplan.saving-{os.getpid()}"
    dead = tmp_path / ".Plan.smplan.saving-999999999"
    mine.write_bytes(b"in progress")
    dead.write_bytes(b"abandoned")
    assert clear_stale_partials(tmp_path) == [dead]
    assert mine.exists() and not dead.exists()


def test_opening_a_plan_clears_what_a_killed_save_as_left_beside_it(client_plan: Path):
    left = client_plan.with_name(".Copie.smplan.saving-999999999")
    left.write_bytes(b"SQLite format 3\x00 half a copy")
    with open_plan(client_plan):
        pass
    assert not left.exists()
