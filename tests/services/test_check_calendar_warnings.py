"""`smplanner check` lists the calendar's warnings (the Calendar tab's rules) in the
user's language, and in --json for tools; published posts are history."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts
from smplanner.services.calendar_check import calendar_warnings
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")


def _check(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "check", str(path), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _posts(plan: PlanFile) -> None:
    calendar_posts.create_posts(
        plan,
        [
            # Tuesday 12 January 2027 at 23:00: at night.
            PostDraft(
                "instagram",
                "Galette des rois",
                "Nuit",
                "draft",
                datetime(2027, 1, 12, 23, tzinfo=PARIS),
            ),
            # The same text on two networks the same day.
            PostDraft(
                "linkedin",
                "La galette arrive samedi dans toutes nos boutiques",
                "Même texte",
                "draft",
                datetime(2027, 1, 14, 10, tzinfo=PARIS),
            ),
            PostDraft(
                "facebook",
                "La galette arrive samedi dans toutes nos boutiques",
                "Même texte FB",
                "draft",
                datetime(2027, 1, 14, 11, tzinfo=PARIS),
            ),
            # The same kind of slip, already published: history, not listed.
            PostDraft(
                "instagram",
                "Ancienne",
                "Publiée",
                "published",
                datetime(2027, 1, 13, 23, tzinfo=PARIS),
            ),
        ],
    )


def test_the_calendars_warnings_are_found_on_the_posts_still_to_publish(plan: PlanFile) -> None:
    _posts(plan)
    found = calendar_warnings(plan)
    kinds = {(w.warning.kind, w.posts[0].title) for w in found if w.posts}
    assert ("night", "Nuit") in kinds
    assert ("same_text", "Même texte") in kinds
    assert not any(p.title == "Publiée" for w in found for p in w.posts)
    moments = [w.first_moment for w in found if w.first_moment]
    assert moments == sorted(moments)


def test_an_empty_calendar_has_no_warnings(plan: PlanFile) -> None:
    assert calendar_warnings(plan) == []


def test_check_prints_them_in_english_french_and_json(plan: PlanFile, plan_path: Path) -> None:
    _posts(plan)
    plan.close()
    english = _check(plan_path, "--lang", "en")
    assert english.returncode == 0, english.stderr  # warnings, not a broken plan
    lines = english.stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Calendar: ")))
    listed = lines[start + 1 :]
    assert "  [2027-01-12 23:00] Instagram: posted at night (23 h)" in listed
    same = "Nearly the same text on LinkedIn and Facebook: adapt it to each network"
    assert f"  [2027-01-14 10:00] {same}" in listed
    assert not any("2027-01-13" in line for line in listed)

    french = _check(plan_path, "--lang", "fr")
    assert "  [2027-01-12 23:00] Instagram : publication de nuit (23 h)" in french.stdout
    assert "Calendrier : 8 alerte(s)" in french.stdout

    document = json.loads(_check(plan_path, "--json").stdout)
    entries = document["calendar_warnings"]
    night = next(e for e in entries if e["kind"] == "night")
    assert night["network"] == "instagram"
    assert night["first_post_at"] == "2027-01-12T23:00:00+01:00"
    assert night["params"]["hour"] == 23
    assert night["text"] == "Instagram: posted at night (23 h)"
    json.dumps(entries)  # every figure is plain JSON
