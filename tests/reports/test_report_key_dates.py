"""The strategy report's "Temps forts" (Key dates): the key dates of the report's
period with the posts and campaigns planned around each, in French and English, read
back from the PDF with pdftotext; and the rule that ties a post to a key date."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.key_date_ties import tie_key_dates
from smplanner.domain.key_dates import key_dates_in_year
from smplanner.domain.post_refs import CampaignRef, PostDraft, PostRef
from smplanner.reports.report_file import build_report
from smplanner.reports.report_options import ReportOptions, parse_sections
from smplanner.services import calendar_planning, calendar_posts
from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan

TODAY = date(2026, 12, 1)
PARIS = ZoneInfo("Europe/Paris")


def _post(post_id: int, title: str, day: date) -> PostRef:
    moment = datetime(day.year, day.month, day.day, 10, tzinfo=PARIS)
    return PostRef(post_id, "instagram", moment, "draft", title, "")


def test_a_post_is_tied_by_its_day_or_by_naming_the_key_date_in_the_weeks_before() -> None:
    keys = key_dates_in_year(2026, "bakery_food") + key_dates_in_year(2027, "bakery_food")
    posts = [
        _post(1, "Fête des pères — Teasing", date(2026, 5, 31)),  # D-21, names it
        _post(2, "Fournée du dimanche", date(2026, 6, 21)),  # on the day
        _post(3, "fête des pères : le bilan", date(2026, 6, 27)),  # the recap week
        _post(4, "Fête des pères 2025, souvenirs", date(2026, 4, 1)),  # too early
        _post(5, "Father's Day — Teaser", date(2026, 6, 7)),  # the English name counts
    ]
    sales = CampaignRef(9, "Semaine des papas", "campaign", date(2026, 6, 15), date(2026, 6, 21))
    found = tie_key_dates(keys + keys, posts, [sales], date(2026, 6, 1), date(2026, 7, 1))
    fathers = [t for t in found if t.key.id == "fathers_day"]
    assert len(fathers) == 1  # each key date once
    assert [p.id for p in fathers[0].posts] == [1, 5, 2, 3]
    assert fathers[0].campaigns == (sales,)
    assert all(date(2026, 6, 1) <= t.key.starts_on < date(2026, 7, 1) for t in found)
    assert "bastille_day" not in [t.key.id for t in found]
    music = next(t for t in found if t.key.id == "music_day")
    assert [p.id for p in music.posts] == [2]  # the same day, not named


def pdf_text(path: Path) -> str:
    """The PDF's text as laid out: a table's row reads on one line, cells apart."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def row_of(words: str, first_cell: str) -> str:
    """The table row whose first cell is ``first_cell``, up to the next row."""
    lines = words.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(first_cell))
    row = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        row.append(line)
    return " ".join(" ".join(row).split())


@pytest.fixture
def rich_plan(plan: PlanFile) -> PlanFile:
    fill_rich_plan(plan, TODAY)
    # Planned backwards from Epiphany (Sunday 3 January 2027), as the dialog names it.
    calendar_planning.retroplan(
        plan,
        date(2027, 1, 3),
        "event",
        ["tiktok"],
        title="Épiphanie (galette des rois)",
        today=TODAY,
    )
    calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                network="instagram",
                title="Joyeux Noël de toute l'équipe",
                status="draft",
                scheduled_at=datetime(2026, 12, 25, 9, tzinfo=PARIS),
            )
        ],
    )
    calendar_planning.save_campaign(
        plan,
        CampaignRef(0, "Bûches de Noël", "campaign", date(2026, 12, 18), date(2026, 12, 24)),
    )
    return plan


def _report(plan: PlanFile, folder: Path, language: str) -> str:
    target = folder / f"temps-forts-{language}.pdf"
    options = ReportOptions(
        language=language, sections=("key_dates",), start=TODAY, weeks=6, today=TODAY
    )
    build_report(plan, options, target)
    return pdf_text(target)


def test_the_french_report_lists_the_periods_key_dates_with_what_is_planned(
    rich_plan: PlanFile, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    words = _report(rich_plan, tmp_path, "fr")
    flat = " ".join(words.split())
    assert "Temps forts" in flat
    assert "Les temps forts du 1er décembre 2026 au 11 janvier 2027" in flat
    assert "Date Temps fort Prévu autour" in flat
    christmas = row_of(words, "25 décembre 2026")
    assert christmas.startswith("25 décembre 2026 Noël")
    assert "Instagram 25/12/2026 — Joyeux Noël de" in christmas
    assert "service-public.fr" in christmas  # where a public holiday comes from
    eve = row_of(words, "24 décembre 2026")
    assert "Réveillon de Noël" in eve and "Campagne : Bûches de Noël" in eve
    epiphany = row_of(words, "3 janvier 2027")
    assert "Épiphanie (galette des rois)" in epiphany
    # The posts planned backwards from it, D-30 (4 December) included, are tied to it.
    assert "TikTok 04/12/2026 — Épiphanie (galette des" in epiphany
    assert epiphany.count("TikTok") == 5 and "Remerciements et bilan" in epiphany
    # Only the period: Candlemas (2 February) is not in it.
    assert "Chandeleur" not in flat
    for english in ("Key date", "Campaign:", "Christmas", "December"):
        assert english not in flat


def test_the_english_report_speaks_english(rich_plan: PlanFile, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    words = _report(rich_plan, tmp_path, "en")
    flat = " ".join(words.split())
    assert "The key dates from 1 December 2026 to 11 January 2027" in flat
    assert "Date Key date Planned around it" in flat
    assert row_of(words, "25 December 2026").startswith("25 December 2026 Christmas Day")
    assert "Campaign: Bûches de Noël" in row_of(words, "24 December 2026")
    assert "Temps fort" not in flat and "Noël Instagram" not in flat


def test_a_key_date_with_nothing_planned_says_so_and_a_period_without_any_prints_none(
    plan: PlanFile, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    assert parse_sections("key_dates,calendar") == ("calendar", "key_dates")
    calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                network="instagram",
                title="Portes ouvertes du fournil",
                status="draft",
                scheduled_at=datetime(2027, 2, 10, 9, tzinfo=PARIS),
            )
        ],
    )
    february = ReportOptions(
        language="fr", sections=("key_dates",), start=date(2027, 2, 1), weeks=2, today=TODAY
    )
    target = tmp_path / "fevrier.pdf"
    build_report(plan, february, target)
    words = pdf_text(target)
    assert row_of(words, "2 février 2027").startswith("2 février 2027 Chandeleur Rien de prévu")
    assert "Rien de prévu" in row_of(words, "14 février 2027")
    assert "Portes ouvertes" not in words  # on no key date's day, naming none
    # No empty page: 16 August to 10 October 2027 has no key date of a bakery's, and
    # March 2027 has some but nothing planned at all (no calendar yet for it).
    for start, weeks in ((date(2027, 8, 16), 8), (date(2027, 3, 1), 4)):
        quiet = ReportOptions(
            language="fr", sections=("summary", "key_dates"), start=start, weeks=weeks
        )
        target = tmp_path / "rien.pdf"
        assert build_report(plan, quiet, target).sections == ("summary",)
        assert "Temps forts" not in pdf_text(target)
