"""`smplanner import` offers the import preview's choices as options, run as a real
process: --timezone for Meta's zone-less times (remembered per network, as the window
does), --download-day for TikTok's days without a year; the reading's notes and its
assumptions are printed (text, in French or English, and --json)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from smplanner.storage.plan_file import open_plan
from tests.import_command_runner import run_import

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
META_FR = EXPORTS / "meta_facebook_posts_fr.csv"
FOLLOWS = EXPORTS / "meta_facebook_follows_daily.csv"


def tiktok_zip(path: Path, made: datetime) -> Path:
    """A TikTok Studio Overview of 25–31 December written without a year."""
    rows = ['"Date","Video Views","Profile Views","Likes","Comments","Shares"']
    rows += [f'"{day} décembre","{100 + day}","1","2","0","0"' for day in range(25, 32)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("Overview.csv", made.timetuple()[:6]), "\n".join(rows))
    return path


def instants(path: Path) -> list[datetime]:
    with open_plan(path, read_only=True) as plan:
        rows = plan.conn.execute("SELECT published_at FROM stat_posts ORDER BY external_id")
        return [datetime.fromisoformat(text).astimezone(UTC) for (text,) in rows]


def test_timezone_option_reads_meta_times_in_it_and_the_plan_remembers_it(plan, plan_path):
    plan.close()
    result = run_import(plan_path, META_FR, "--timezone", "Asia/Manila", "--json")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["time_zone"] == "Asia/Manila" and entry["period"] is None
    # 09/16/2025 05:03 in Manila (UTC+8) is 21:03 UTC the day before.
    assert instants(plan_path)[0] == datetime(2025, 9, 15, 21, 3, tzinfo=UTC)
    # The next Facebook file without the option is read in the zone chosen, as in the window.
    again = run_import(plan_path, META_FR, "--dry-run", "--json")
    assert json.loads(again.stdout)[0]["time_zone"] == "Asia/Manila"
    text = run_import(plan_path, META_FR, "--dry-run")
    assert "  times read in Asia/Manila" in text.stdout.splitlines()


def test_without_the_option_meta_times_are_pacific_and_said_so(plan, plan_path):
    plan.close()
    result = run_import(plan_path, META_FR, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "  times read in America/Los_Angeles (Pacific time, as Meta writes it)" in (
        result.stdout.splitlines()
    )


def test_download_day_option_places_tiktok_days(plan, plan_path, tmp_path):
    plan.close()
    archive = tiktok_zip(tmp_path / "tiktok.zip", datetime(2026, 1, 2, 9, 0))
    found = json.loads(run_import(plan_path, archive, "--dry-run", "--json").stdout)[0]
    assert found["period"] == ["2025-12-25", "2025-12-31"]
    assert found["download_day"] == "2026-01-02"
    result = run_import(plan_path, archive, "--download-day", "2025-01-03", "--json")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["period"] == ["2024-12-25", "2024-12-31"]
    assert entry["download_day"] == "2025-01-03" and entry["time_zone"] is None
    with open_plan(plan_path, read_only=True) as reopened:
        days = [
            d for (d,) in reopened.conn.execute("SELECT DISTINCT day FROM stat_daily ORDER BY 1")
        ]
    assert days[0] == "2024-12-25" and days[-1] == "2024-12-31"


def test_a_wrong_zone_or_day_exits_2_says_what_to_write_and_stores_nothing(plan, plan_path):
    plan.close()
    zone = run_import(plan_path, META_FR, "--timezone", "Europe/Nowhere")
    assert zone.returncode == 2 and "Traceback" not in zone.stderr
    assert "Europe/Nowhere is not a time zone: give an IANA name" in zone.stderr
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for bad in ("28/02/2026", tomorrow):
        day = run_import(plan_path, META_FR, "--download-day", bad)
        assert day.returncode == 2 and "Traceback" not in day.stderr
        assert f"{bad} is not a download day: write it as YYYY-MM-DD" in day.stderr
    assert instants(plan_path) == []


def test_notes_are_printed_and_in_the_json(plan, plan_path):
    plan.close()
    result = run_import(plan_path, FOLLOWS, "--dry-run")
    assert '  note: "Facebook follows" read as Facebook new followers.' in result.stdout
    (entry,) = json.loads(run_import(plan_path, FOLLOWS, "--dry-run", "--json").stdout)
    assert entry["notes"] == ['"Facebook follows" read as Facebook new followers.']
    assert entry["flags"] == [] and entry["time_zone"] is None


def test_french_output_and_help(plan, plan_path, tmp_path):
    plan.close()
    archive = tiktok_zip(tmp_path / "tiktok.zip", datetime(2026, 1, 2, 9, 0))
    result = run_import(plan_path, META_FR, FOLLOWS, archive, "--dry-run", lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"{META_FR} : Meta Business Suite — publications Facebook, 3 lignes lues" in lines
    assert (
        "  heures lues dans le fuseau America/Los_Angeles (heure du Pacifique, comme Meta les "
        "écrit)" in lines
    )
    assert "  remarque : « Facebook follows » lu comme nouveaux abonnés (Facebook)." in lines
    assert "  jours sans année situés du 25/12/2025 au 31/12/2025 (téléchargé le 02/01/2026)" in (
        lines
    )
    assert lines[-1] == "essai à blanc : rien n’a été enregistré."
    bad = run_import(plan_path, META_FR, "--timezone", "Paris", "--lang", "fr")
    assert bad.returncode == 2
    assert "smplanner import : Paris n’est pas un fuseau horaire" in bad.stderr
    help_fr = run_import("--help", lang="fr_FR.UTF-8")
    assert help_fr.returncode == 0
    assert help_fr.stdout.startswith("utilisation : smplanner import")
    assert "--timezone FUSEAU" in help_fr.stdout and "--download-day AAAA-MM-JJ" in help_fr.stdout
    assert "sans fuseau horaire (Meta Business Suite : heure du Pacifique)" in " ".join(
        help_fr.stdout.split()
    )
    help_en = run_import("--help", "--lang", "en", lang="fr_FR.UTF-8")
    assert help_en.stdout.startswith("usage: smplanner import")
    assert "--timezone ZONE" in help_en.stdout and "show this help message" in help_en.stdout


def repeated_hour_file(tmp_path: Path) -> Path:
    """The French Facebook export with its first post at 01:30 on 1 November 2026, an
    hour Los Angeles lives twice (PDT, then PST from 02:00)."""
    text = META_FR.read_text(encoding="utf-8-sig").replace("09/16/2025 05:03", "11/01/2026 01:30")
    path = tmp_path / "publications.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_a_time_in_the_repeated_hour_is_refused_until_ambiguous_says_which(
    plan, plan_path, tmp_path
):
    plan.close()
    path = repeated_hour_file(tmp_path)
    refused = run_import(plan_path, path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert (
        f"smplanner import: {path}: 1 post(s) were published in the hour that repeats when "
        "the clocks go back in America/Los_Angeles (rows 2). Pass --ambiguous earlier"
    ) in refused.stderr
    assert instants(plan_path) == []
    as_json = run_import(plan_path, path, "--json")
    assert as_json.returncode == 1 and "--ambiguous later" in as_json.stderr
    (entry,) = json.loads(as_json.stdout)
    assert entry["repeated_hour"] == {
        "zone": "America/Los_Angeles",
        "rows": [2],
        "posts": [],
        "choice": None,
    }
    later = run_import(plan_path, path, "--ambiguous", "later", "--json")
    assert later.returncode == 0, later.stderr
    assert json.loads(later.stdout)[0]["repeated_hour"]["choice"] == "later"
    # The second 01:30 is winter time (PST, UTC-8): 09:30 UTC.
    assert datetime(2026, 11, 1, 9, 30, tzinfo=UTC) in instants(plan_path)


def test_ambiguous_earlier_and_in_french(plan, plan_path, tmp_path):
    plan.close()
    path = repeated_hour_file(tmp_path)
    refused = run_import(plan_path, path, lang="fr_FR.UTF-8")
    assert "1 publication(s) à une heure vécue deux fois" in refused.stderr
    assert "Ajoutez --ambiguous earlier s’il s’agit de la première heure" in refused.stderr
    done = run_import(plan_path, path, "--ambiguous", "earlier", lang="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "lue(s) comme la première heure (heure d’été)" in done.stdout
    assert datetime(2026, 11, 1, 8, 30, tzinfo=UTC) in instants(plan_path)  # PDT, UTC-7
