"""Buffer's free plan: files of at most 10 posts per channel, uploaded in turn (issue #10).

SCHEDULERS_AND_APIS.md gives 100 posts per channel per file on paid plans and 10 on the
free plan, whose queue holds at most 10 posts per channel. The option splits each
channel's posts into numbered files of 10, in time order, so that nothing is cut: the
user uploads the next file once the posts of the one before have gone out, and the
export says so. Tested through the service, the command line (a real process) and the
window's dialog driven with the mouse and keyboard, in French.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.scheduler_files import lay_out
from smplanner.domain.scheduler_layouts import posts_per_file, scheduler_layout
from smplanner.errors import UserError
from smplanner.services import calendar_export, calendar_posts, calendar_queries
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")


def _soon(hours: int) -> datetime:
    return datetime.combine(date.today() + timedelta(days=2), time(8), PARIS) + timedelta(
        hours=hours
    )


def _ready(plan: PlanFile, network: str, count: int) -> None:
    calendar_posts.create_posts(
        plan,
        [
            PostDraft(network, f"{network} {i + 1}", status="ready", scheduled_at=_soon(i))
            for i in range(count)
        ],
    )


def _texts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Text", "Image URL", "Tags", "Posting Time", "Board Name"]
    return [row[0] for row in rows[1:]]


def test_the_limit_comes_from_the_data_file_and_only_buffer_has_one() -> None:
    buffer = scheduler_layout("buffer")
    assert (buffer.split_every, buffer.free_plan_split_every) == (100, 10)
    assert "10 on the free plan" in buffer.source
    assert posts_per_file(buffer, free_plan=True) == 10
    assert posts_per_file(buffer, free_plan=False) == 100
    hootsuite = scheduler_layout("hootsuite")
    assert posts_per_file(hootsuite, free_plan=True) == hootsuite.split_every


def test_on_the_free_plan_each_channel_gets_numbered_files_of_ten_in_time_order(
    plan: PlanFile, tmp_path: Path
) -> None:
    _ready(plan, "instagram", 25)
    _ready(plan, "facebook", 3)
    result = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "b.csv", free_plan=True)
    assert sorted(path.name for path in result.files) == [
        "b-facebook.csv",
        "b-instagram-1.csv",
        "b-instagram-2.csv",
        "b-instagram-3.csv",
    ]
    parts = [_texts(tmp_path / f"b-instagram-{n}.csv") for n in (1, 2, 3)]
    assert [len(part) for part in parts] == [10, 10, 5]
    assert [text for part in parts for text in part] == [f"instagram {i + 1}" for i in range(25)]
    assert _texts(tmp_path / "b-facebook.csv") == ["facebook 1", "facebook 2", "facebook 3"]
    assert result.rows == 28 and not result.skipped  # nothing cut
    assert result.upload_in_turn == 10
    assert (
        "Buffer's free plan queues at most 10 posts per channel: upload each channel's "
        "numbered files in turn" in "\n".join(result.report_lines())
    )


def test_without_the_option_or_when_ten_are_enough_nothing_is_said(
    plan: PlanFile, tmp_path: Path
) -> None:
    _ready(plan, "instagram", 25)
    paid = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "paid.csv")
    assert [path.name for path in paid.files] == ["paid.csv"] and paid.upload_in_turn is None
    posts = calendar_queries.all_posts(plan)[:10]
    laid = lay_out(
        posts,
        scheduler_layout("buffer"),
        zone=PARIS,
        now=datetime.now(PARIS),
        free_plan=True,
    )
    assert [(f.part, len(f.rows)) for f in laid.files] == [(None, 10)]


def test_the_option_is_refused_for_a_tool_without_a_free_plan_limit(
    plan: PlanFile, tmp_path: Path
) -> None:
    _ready(plan, "facebook", 2)
    with pytest.raises(UserError, match=r"Hootsuite \(Bulk Composer\) has no free-plan limit"):
        calendar_export.write_scheduler_csv(plan, "hootsuite", tmp_path / "h.csv", free_plan=True)
    assert list(tmp_path.glob("h*.csv")) == []


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *arguments], capture_output=True, text=True, timeout=60
    )


def test_the_command_line_takes_free_plan_for_buffer_only(
    plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:
    _ready(plan, "linkedin", 12)
    plan.close()
    out = tmp_path / "out" / "buffer.csv"
    out.parent.mkdir()
    done = _run("export", str(plan_path), "--format", "buffer-csv", "--free-plan", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.parent.iterdir()) == ["buffer-1.csv", "buffer-2.csv"]
    assert [len(_texts(out.parent / f"buffer-{n}.csv")) for n in (1, 2)] == [10, 2]
    assert "free plan queues at most 10 posts per channel" in done.stdout
    refused = _run(
        "export", str(plan_path), "--format", "hootsuite-csv", "--free-plan", "-o", str(out)
    )
    assert refused.returncode == 1
    assert "--free-plan applies to --format buffer-csv only." in refused.stderr
    assert "Traceback" not in refused.stderr


def test_the_dialog_offers_the_free_plan_for_buffer_in_french(  # type: ignore[no-untyped-def]
    window, french_ui, plan: PlanFile, tmp_path: Path, qtbot
) -> None:
    _ready(plan, "instagram", 14)
    window.set_plan(plan)
    actions = window.calendar_exchange
    seen: dict[str, object] = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.waitExposed(dialog)
        combo = dialog.format_combo
        assert combo.currentData() == "buffer"
        box = dialog.free_plan
        assert box.isVisible()
        seen["label"] = box.text()
        # Hootsuite has no free-plan limit: the box goes away, and comes back for Buffer.
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == "hootsuite" and not box.isVisible()
        qtbot.keyClick(combo, Qt.Key.Key_Up)
        assert combo.currentData() == "buffer" and box.isVisible()
        seen["hint"] = dialog.hint.text()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        assert box.isChecked()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    actions.run_dialog = answer
    actions.ask_save = lambda title, suggested, file_filter: tmp_path / "buffer.csv"
    assert actions.export_scheduler.trigger() is None
    assert seen["label"] == (
        "Offre gratuite de Buffer : fichiers de 10 publications par canal, importés l’un "
        "après l’autre"
    )
    assert "offre gratuite" in str(seen["hint"])
    assert sorted(p.name for p in tmp_path.glob("buffer*.csv")) == ["buffer-1.csv", "buffer-2.csv"]
    [(_title, text)] = window.prompts.infos
    assert (
        "L’offre gratuite de Buffer garde au plus 10 publications en file d’attente par canal"
        in text
    )
