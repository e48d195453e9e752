"""`smplanner export --format ics|<scheduler>-csv|calendar-csv` and `smplanner import-posts`,
run as real processes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries
from smplanner.storage.plan_file import open_plan
from tests.calendar_exchange_sample import PARIS


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", *arguments], capture_output=True, text=True, timeout=60
    )


def _future(days: int, hour: int = 10) -> datetime:
    return datetime.combine(date.today() + timedelta(days=days), time(hour), PARIS)


def _fill(plan) -> None:
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Portes ouvertes", status="ready", scheduled_at=_future(3)),
            PostDraft("instagram", "Croissants", status="draft", scheduled_at=_future(4, 18)),
            PostDraft("x", "Trop long " * 40, status="draft", scheduled_at=_future(5)),
            PostDraft("linkedin", "Idée sans date"),
        ],
    )


def test_export_ics_with_a_network_filter(plan, plan_path, tmp_path) -> None:
    _fill(plan)
    plan.close()
    target = tmp_path / "cal.ics"
    result = _run(
        "export", str(plan_path), "--format", "ics", "--network", "instagram", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote {target}" in result.stdout
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Instagram · Croissants"


def test_export_for_buffer_splits_by_channel_and_names_what_it_left_out(
    plan, plan_path, tmp_path
) -> None:
    _fill(plan)
    plan.close()
    result = _run(
        "export", str(plan_path), "--format", "buffer-csv", "-o", str(tmp_path / "buffer.csv")
    )
    assert result.returncode == 0, result.stderr
    # Only the post ready to publish goes by default; the drafts are counted and named.
    assert [p.name for p in tmp_path.glob("buffer*.csv")] == ["buffer.csv"]
    assert "1 post written, 2 left out: 2 not ready to publish" in result.stdout
    assert "status: draft" in result.stdout
    everything = _run(
        "export",
        str(plan_path),
        "--format",
        "buffer-csv",
        "--include-not-ready",
        "-o",
        str(tmp_path / "all.csv"),
    )
    assert everything.returncode == 0, everything.stderr
    assert sorted(p.name for p in tmp_path.glob("all-*.csv")) == [
        "all-facebook.csv",
        "all-instagram.csv",
    ]
    assert "X (Twitter) allows 280 characters" in everything.stdout
    nothing = _run(
        "export",
        str(plan_path),
        "--format",
        "buffer-csv",
        "--network",
        "x",
        "-o",
        str(tmp_path / "x.csv"),
    )
    assert nothing.returncode == 1 and "nothing written" in nothing.stderr


def test_filters_on_a_format_that_has_none_are_refused(plan_path, plan) -> None:
    plan.close()
    result = _run("export", str(plan_path), "--format", "json", "--network", "x")
    assert result.returncode == 1 and "do not apply to --format json" in result.stderr
    bad = _run("export", str(plan_path), "--format", "ics", "--network", "myspace")
    assert bad.returncode == 1 and "Network 'myspace' is unknown" in bad.stderr
    drafts = _run("export", str(plan_path), "--format", "ics", "--include-not-ready")
    assert drafts.returncode == 1 and "schedulers' formats only" in drafts.stderr
    usage = _run("export", str(plan_path), "--format", "ics", "--from", "14/10/2026")
    assert usage.returncode == 2 and "is not a date" in usage.stderr


def test_import_posts_dry_run_then_refusal_then_skipping_bad_rows(plan, plan_path, tmp_path):
    _fill(plan)
    plan.close()
    exported = tmp_path / "posts.csv"
    assert (
        _run("export", str(plan_path), "--format", "calendar-csv", "-o", str(exported)).returncode
        == 0
    )
    text = exported.read_text("utf-8-sig")
    text += "\r\n;threads;;2026-13-01;10:00;draft;;Mauvaise date;;;;;;;;;\r\n"
    text += ";threads;;;;idea;;Nouvelle idée;;;;;;;;;\r\n"
    exported.write_text(text, "utf-8-sig")

    dry = _run("import-posts", str(plan_path), str(exported), "--dry-run")
    assert dry.returncode == 1
    assert "1 new posts, 0 updated, 4 unchanged" in dry.stdout
    assert "column 'date'" in dry.stdout and "dry run" in dry.stdout
    refused = _run("import-posts", str(plan_path), str(exported))
    assert refused.returncode == 1 and "--skip-bad-rows" in refused.stderr
    with open_plan(plan_path, read_only=True) as reopened:
        assert calendar_queries.post_count(reopened) == 4
    done = _run("import-posts", str(plan_path), str(exported), "--skip-bad-rows")
    assert done.returncode == 0 and "The bad rows were skipped" in done.stdout
    again = _run("import-posts", str(plan_path), str(exported), "--skip-bad-rows", "--json")
    # The new idea has no id in the file, but is recognised (network, time, text).
    assert '"new": 0' in again.stdout
    with open_plan(plan_path, read_only=True) as reopened:
        assert calendar_queries.post_count(reopened) == 5


def test_import_posts_of_a_missing_file_says_so(plan_path, plan, tmp_path: Path) -> None:
    plan.close()
    result = _run("import-posts", str(plan_path), str(tmp_path / "nope.csv"))
    assert result.returncode == 1 and "Cannot read" in result.stderr
