"""`smplanner import` run as a real process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from smplanner.storage.plan_file import open_plan
from tests.import_command_runner import run_import

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    """The command in this process's own locale."""
    return run_import(*args, lang=None)


def posts_in(path: Path) -> int:
    with open_plan(path, read_only=True) as plan:
        return int(plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0])


def test_import_prints_kind_and_rows_and_stores_once(plan, plan_path):
    plan.close()
    result = run(
        plan_path, EXPORTS / "meta_facebook_posts.csv", EXPORTS / "tiktok_studio_export.zip"
    )
    assert result.returncode == 0, result.stderr
    assert "Meta Business Suite — Facebook posts, 3 rows read" in result.stdout
    assert "TikTok Studio — Content" in result.stdout
    assert posts_in(plan_path) == 5
    again = run(plan_path, EXPORTS / "meta_facebook_posts.csv", "--json")
    assert again.returncode == 0
    (entry,) = json.loads(again.stdout)
    assert entry["kind"] == ["meta_facebook_posts"] and entry["rows"] == 3
    assert entry["problems"] == [] and entry["file"].endswith("meta_facebook_posts.csv")
    assert posts_in(plan_path) == 5


def test_dry_run_stores_nothing(plan, plan_path):
    plan.close()
    result = run(plan_path, EXPORTS / "youtube_table_data.csv", "--dry-run")
    assert result.returncode == 0 and "dry run" in result.stdout
    assert posts_in(plan_path) == 0


def test_a_bad_file_exits_1_names_the_problem_and_imports_nothing(plan, plan_path, tmp_path):
    plan.close()
    junk = tmp_path / "notes.csv"
    junk.write_text("name,age\nBob,3\n")
    result = run(plan_path, EXPORTS / "meta_facebook_posts.csv", junk, "--json")
    assert result.returncode == 1
    entries = json.loads(result.stdout)
    assert entries[1]["kind"] is None and "generic CSV import" in entries[1]["problems"][0]
    assert posts_in(plan_path) == 0
    text = run(plan_path, junk)
    assert text.returncode == 1 and "nothing was imported" in text.stderr
    assert "Traceback" not in text.stderr


def test_bad_rows_refused_unless_skipped(plan, plan_path, tmp_path):
    plan.close()
    source = (EXPORTS / "meta_instagram_posts.csv").read_bytes().decode("utf-8-sig")
    bad = tmp_path / "ig.csv"
    bad.write_text(source.replace(",2100,", ",lots,"), encoding="utf-8")
    refused = run(plan_path, bad)
    assert refused.returncode == 1 and 'row 2, column "Reach"' in refused.stdout
    assert posts_in(plan_path) == 0
    skipped = run(plan_path, bad, "--skip-bad-rows")
    assert skipped.returncode == 0 and posts_in(plan_path) == 1
