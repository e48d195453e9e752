"""`smplanner import` of a Meta lifetime posts export giving a post twice (two downloads
put together, a re-save): with the same figures the post is read once and the CLI
says so in a note; with other figures the later row is a problem naming the earlier,
nothing is stored, and --skip-bad-rows keeps the earlier row's figures. In English and
French. Run as a real process (issue #10)."""

from __future__ import annotations

import json
from pathlib import Path

from smplanner.storage.plan_file import open_plan
from tests.import_command_runner import run_import

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
FIRST = "109876543210987_1122334455667788"


def with_first_post_again(path: Path, views: str) -> Path:
    """The real French export (three posts, rows 2 to 4) with its first row again as
    row 5, its views (3120) set to ``views``."""
    lines = (EXPORTS / "meta_facebook_posts_fr.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith(FIRST) and ",Global,3120," in lines[1]
    lines.append(lines[1].replace(",Global,3120,", f",Global,{views},"))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def stored_views(plan_path: Path) -> dict[str, float]:
    with open_plan(plan_path, read_only=True) as plan:
        return {
            external_id: json.loads(metrics).get("views")
            for external_id, metrics in plan.conn.execute(
                "SELECT external_id, metrics FROM stat_posts"
            )
        }


def test_a_post_given_twice_with_the_same_figures_is_stored_once_with_a_note(
    plan, plan_path, tmp_path
) -> None:
    plan.close()
    path = with_first_post_again(tmp_path / "publications.csv", "3120")
    english = run_import(plan_path, path, "--dry-run")
    assert english.returncode == 0, english.stderr
    assert (
        "  note: 1 row(s) give a post that an earlier row gave with the same figures "
        "(rows 5): each is counted once."
    ) in english.stdout.splitlines()
    french = run_import(plan_path, path, lang="fr_FR.UTF-8")
    assert french.returncode == 0, french.stderr
    assert (
        "1 ligne(s) redonnent une publication qu’une ligne précédente donnait déjà, avec les "
        "mêmes chiffres (lignes 5) : les doublons ne sont comptés qu’une fois."
    ) in french.stdout
    views = stored_views(plan_path)
    assert len(views) == 3 and views[FIRST] == 3120


def test_a_post_given_twice_with_other_figures_is_a_problem_until_skipped(
    plan, plan_path, tmp_path
) -> None:
    plan.close()
    path = with_first_post_again(tmp_path / "publications.csv", "3300")
    english = run_import(plan_path, path)
    assert english.returncode == 1
    assert (
        f"row 2 already gives post {FIRST}, with other figures: which one is right cannot be "
        "told. Download the export again (a file made of two downloads holds both); "
        "skipping this row keeps row 2's."
    ) in english.stdout
    assert "publications.csv, row 5" in english.stdout
    french = run_import(plan_path, path, lang="fr_FR.UTF-8")
    assert french.returncode == 1
    assert (
        f"la ligne 2 donne déjà la publication {FIRST}, avec d’autres chiffres : impossible "
        "de savoir laquelle est juste."
    ) in french.stdout
    assert stored_views(plan_path) == {}
    skipped = run_import(plan_path, path, "--skip-bad-rows")
    assert skipped.returncode == 0, skipped.stderr
    views = stored_views(plan_path)
    assert len(views) == 3 and views[FIRST] == 3120  # row 2's, not row 5's 3300
