"""`smplanner import --mapping NAME` reads another tool's CSV (Metricool, an agency's
spreadsheet) through the column mapping the window's import preview saved in the plan:
the exact name, else the one name that matches ignoring case; an unknown name exits 2,
names the saved mappings (in English or French) and stores nothing. Run as a real
process; the plan is opened afterwards and what it stores asserted."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from smplanner.importers.generic_csv import ColumnMapping
from smplanner.services.statistics_import import save_column_mapping
from smplanner.storage.plan_file import PlanFile, open_plan
from tests.import_command_runner import run_import

DAYS = ColumnMapping(
    network="linkedin",
    date_column="Jour",
    metrics={"Affichages": "impressions", "Abonnés gagnés": "new_followers"},
)
POSTS = ColumnMapping(
    network="instagram",
    date_column="Publié le",
    id_column="Identifiant",
    metrics={"Portée": "reach", "J'aime": "likes"},
)


def days_csv(path: Path) -> Path:
    path.write_text(
        "Jour;Affichages;Abonnés gagnés\n2026-11-02;1200;4\n2026-11-03;950;1\n", encoding="utf-8"
    )
    return path


def posts_csv(path: Path) -> Path:
    path.write_text(
        "Publié le;Identifiant;Portée;J'aime\n"
        "03/11/2026 18:30;ig-1;2100;87\n"
        "05/11/2026 09:00;ig-2;640;12\n",
        encoding="utf-8",
    )
    return path


def save(plan: PlanFile, **mappings: ColumnMapping) -> None:
    for name, mapping in mappings.items():
        save_column_mapping(plan, name.replace("_", " "), mapping)
    plan.close()


def daily(plan_path: Path) -> list[tuple[str, str, str, float]]:
    with open_plan(plan_path, read_only=True) as plan:
        return list(
            plan.conn.execute(
                "SELECT network, day, metric, value FROM stat_daily ORDER BY day, metric"
            )
        )


def rows_stored(plan_path: Path) -> tuple[int, int]:
    with open_plan(plan_path, read_only=True) as plan:
        return tuple(  # type: ignore[return-value]
            plan.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("stat_posts", "stat_daily")
        )


def test_a_csv_read_through_a_saved_mapping_stores_its_days(plan, plan_path, tmp_path) -> None:
    save(plan, Metricool=DAYS, Agence_X=POSTS)
    path = days_csv(tmp_path / "metricool.csv")
    refused = run_import(plan_path, path)  # without the mapping, an unrecognised CSV
    assert refused.returncode == 1 and daily(plan_path) == []
    dry = run_import(plan_path, path, "--mapping", "Metricool", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    (entry,) = json.loads(dry.stdout)
    assert entry["kind"] == ["generic_csv"] and entry["rows"] == 2 and entry["problems"] == []
    assert daily(plan_path) == []
    result = run_import(plan_path, path, "--mapping", "Metricool")
    assert result.returncode == 0, result.stderr
    assert "2 rows read" in result.stdout and "4 new daily values" in result.stdout
    assert daily(plan_path) == [
        ("linkedin", "2026-11-02", "impressions", 1200.0),
        ("linkedin", "2026-11-02", "new_followers", 4.0),
        ("linkedin", "2026-11-03", "impressions", 950.0),
        ("linkedin", "2026-11-03", "new_followers", 1.0),
    ]


def test_the_name_is_matched_ignoring_case_when_none_matches_exactly(
    plan, plan_path, tmp_path
) -> None:
    save(plan, Agence_X=POSTS, Metricool=DAYS)
    result = run_import(plan_path, posts_csv(tmp_path / "agence.csv"), "--mapping", "agence x")
    assert result.returncode == 0, result.stderr
    with open_plan(plan_path, read_only=True) as opened:
        posts = {
            external_id: (network, published_at[:10], json.loads(metrics))
            for external_id, network, published_at, metrics in opened.conn.execute(
                "SELECT external_id, network, published_at, metrics FROM stat_posts"
            )
        }
    assert posts == {
        "ig-1": ("instagram", "2026-11-03", {"reach": 2100, "likes": 87}),
        "ig-2": ("instagram", "2026-11-05", {"reach": 640, "likes": 12}),
    }


def test_the_exact_name_wins_over_another_differing_only_in_case(plan, plan_path, tmp_path) -> None:
    save(plan, metricool=POSTS, Metricool=DAYS)
    result = run_import(plan_path, days_csv(tmp_path / "metricool.csv"), "--mapping", "Metricool")
    assert result.returncode == 0, result.stderr
    assert {row[0] for row in daily(plan_path)} == {"linkedin"}
    two = run_import(plan_path, days_csv(tmp_path / "again.csv"), "--mapping", "METRICOOL")
    assert two.returncode == 2 and '"Metricool", "metricool"' in two.stderr


def test_an_unknown_name_exits_2_naming_the_saved_ones_and_stores_nothing(
    plan, plan_path, tmp_path
) -> None:
    save(plan, Metricool=DAYS, Agence_X=POSTS)
    before = rows_stored(plan_path)
    path = days_csv(tmp_path / "metricool.csv")
    result = run_import(plan_path, path, "--mapping", "Iconosquare", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert 'no column mapping named "Iconosquare"' in result.stderr
    assert str(plan_path) in result.stderr
    assert 'Saved mappings: "Agence X", "Metricool".' in result.stderr
    french = run_import(plan_path, path, "--mapping", "Iconosquare", "--lang", "fr")
    assert french.returncode == 2
    assert "aucune correspondance de colonnes nommée « Iconosquare »" in french.stderr
    assert "Correspondances enregistrées : « Agence X », « Metricool »." in french.stderr
    assert "Traceback" not in result.stderr + french.stderr
    assert rows_stored(plan_path) == before == (0, 0)


def test_a_plan_without_saved_mappings_says_how_to_save_one(plan, plan_path, tmp_path) -> None:
    plan.close()
    path = days_csv(tmp_path / "metricool.csv")
    result = run_import(plan_path, path, "--mapping", "Metricool")
    assert result.returncode == 2 and "no column mapping is saved in" in result.stderr
    assert "Read with a column mapping…, Save as" in result.stderr
    french = run_import(plan_path, path, "--mapping", "Metricool", lang="fr_FR.UTF-8")
    assert french.returncode == 2
    assert "Lire avec une correspondance de colonnes…, Enregistrer sous" in french.stderr
    assert rows_stored(plan_path) == (0, 0)


def test_a_mapped_time_in_the_repeated_hour_is_asked_in_the_plans_zone(
    plan, plan_path, tmp_path
) -> None:
    """The times are wall times of the plan's zone (Europe/Paris), as in the window: the
    hour lived twice on 25 October 2026 is asked (--ambiguous), never taken silently."""
    save(plan, Agence_X=POSTS)
    path = tmp_path / "agence.csv"
    path.write_text("Publié le;Identifiant;Portée;J'aime\n25/10/2026 02:30;ig-9;300;5\n")
    asked = run_import(plan_path, path, "--mapping", "Agence X", "--json")
    assert asked.returncode == 1 and "--ambiguous earlier" in asked.stderr
    (entry,) = json.loads(asked.stdout)
    assert entry["time_zone"] == "Europe/Paris" and entry["repeated_hour"]["rows"] == [2]
    assert rows_stored(plan_path) == (0, 0)
    said = run_import(plan_path, path, "--mapping", "Agence X", "--ambiguous", "later")
    assert said.returncode == 0, said.stderr
    with open_plan(plan_path, read_only=True) as opened:
        (published,) = opened.conn.execute("SELECT published_at FROM stat_posts").fetchone()
    assert datetime.fromisoformat(published).astimezone(UTC) == datetime(
        2026, 10, 25, 1, 30, tzinfo=UTC
    )  # CET, UTC+1: the second 02:30
