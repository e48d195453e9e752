"""`smplanner import` needs --network for a Meta daily series whose file does not say
its network (French "Followers en plus"), and says so by name, in English and French;
with it, the days are stored on the network said (issue #10). Run as a real process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from smplanner.storage.plan_file import open_plan
from tests.import_command_runner import run_import


def followers(path: Path) -> Path:
    lines = ["sep=,", '"Followers en plus"', '"Date","Primary"']
    lines += ['"2025-08-01T00:00:00","3"', '"2025-08-02T00:00:00","4"']
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    return path


def stored(plan_path: Path) -> list[tuple[str, str, str, float]]:
    with open_plan(plan_path, read_only=True) as plan:
        return list(
            plan.conn.execute("SELECT network, metric, day, value FROM stat_daily ORDER BY day")
        )


def test_without_network_the_series_is_refused_by_name_in_english_and_french(
    plan, plan_path, tmp_path
) -> None:
    plan.close()
    path = followers(tmp_path / "suivis.csv")
    english = run_import(plan_path, path)
    assert english.returncode == 1
    assert (
        f'smplanner import: {path}: the Meta Business Suite daily series "Followers en plus" '
        "does not say whether it is Facebook's or Instagram's. Pass --network facebook or "
        "--network instagram." in english.stderr
    )
    french = run_import(plan_path, path, lang="fr_FR.UTF-8")
    assert french.returncode == 1
    assert "la série quotidienne de Meta Business Suite « Followers en plus » ne dit pas" in (
        french.stderr
    )
    assert "Ajoutez --network facebook ou --network instagram." in french.stderr

    as_json = run_import(plan_path, path, "--json")
    assert as_json.returncode == 1
    (entry,) = json.loads(as_json.stdout)
    assert entry["network_unsaid"] == {"title": "Followers en plus", "choice": None}
    assert stored(plan_path) == []
    help_text = run_import("--help").stdout
    assert "--network {facebook,instagram}" in help_text


def test_with_network_the_days_are_stored_on_the_network_said(plan, plan_path, tmp_path) -> None:
    plan.close()
    path = followers(tmp_path / "suivis.csv")
    result = run_import(plan_path, path, "--network", "instagram", "--json")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["network_unsaid"] == {"title": "Followers en plus", "choice": "instagram"}
    assert stored(plan_path) == [
        ("instagram", "new_followers", date(2025, 8, 1).isoformat(), 3.0),
        ("instagram", "new_followers", date(2025, 8, 2).isoformat(), 4.0),
    ]
    # A series whose title names its network ignores the option: never moved.
    named = tmp_path / "named.csv"
    named.write_bytes(
        "\r\n".join(
            ["sep=,", '"Facebook follows"', '"Date","Primary"', '"2025-08-03T00:00:00","9"']
        ).encode("utf-16")
    )
    assert run_import(plan_path, named, "--network", "instagram").returncode == 0
    assert stored(plan_path)[-1] == ("facebook", "new_followers", "2025-08-03", 9.0)
