"""The monthly report a client pays for: the month's figures, and a real PDF (read
back with pdftotext, pages rendered with pdftoppm) in French and English."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from smplanner.domain.monthly_figures import month_before, month_figures
from smplanner.services import calendar_queries, monthly_report_notes, statistics_queries
from smplanner.storage.plan_file import PlanFile
from tests.monthly_report_sample import fill_month_plan


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_months_figures_compare_published_planned_and_the_month_before(
    qapp, plan: PlanFile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    posts = calendar_queries.all_posts(plan)
    figures = statistics_queries.figures_of_planned_posts(plan)
    january = month_figures(date(2027, 1, 1), posts, figures, {}, "none")
    assert january.planned == {"instagram": 4, "facebook": 3, "linkedin": 2, "x": 1}
    assert january.published == {"instagram": 4, "facebook": 3, "linkedin": 1}
    # likes + comments + shares: 610 + 61 + 30 for the best post.
    assert [r.interactions for r in january.top()] == [701, 471, 368]
    assert [r.interactions for r in january.flop()] == [34, 51, 103]
    december = month_figures(month_before(date(2027, 1, 1)), posts, figures, {}, "none")
    assert december.published == {"instagram": 3} and december.total_interactions == 480


def test_the_report_is_a_pdf_a_manager_would_send(
    qapp, plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    plan.close()
    target = tmp_path / "janvier.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "monthly-report",
            str(plan_path),
            "--month",
            "2027-01",
            "-o",
            str(target),
            "--manager",
            "Julie Morel",
            "--comment",
            "results=Un mois porté par la galette.",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    words = _pdf_text(target)
    for expected in (
        "Boulangerie Martin",
        "Rapport mensuel — janvier 2027",
        "Préparé par Julie Morel",
        "Publié par rapport au prévu",
        "Résultats du mois",
        "Un mois porté par la galette.",
        "Meilleures publications",
        "Engagement par pilier de contenu",
        "Savoir-faire",
        "La ligne éditoriale tenue",
        "Engagement par créneau horaire",
        "Chandeleur",
        "2 188 interactions ce mois-ci",
    ):
        assert expected in words, expected
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "Pages:" in pages
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 10_000  # drawn, not blank
    # The commentary is kept in the plan for the next time the report is made.
    from smplanner.storage.plan_file import open_plan

    with open_plan(plan_path, read_only=True) as reopened:
        assert monthly_report_notes.month_comments(reopened, date(2027, 1, 1)) == {
            "results": "Un mois porté par la galette."
        }
    english = tmp_path / "january.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "monthly-report",
            str(plan_path),
            "--month",
            "2027-01",
            "-o",
            str(english),
            "--lang",
            "en",
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Monthly report — January 2027" in _pdf_text(english)


def test_a_month_without_statistics_says_what_to_do(qapp, plan: PlanFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.reports.monthly_report import MonthlyOptions, MonthlyReport

    html = MonthlyReport(plan, MonthlyOptions(date(2027, 3, 1), "en")).html()
    assert "Nothing was planned this month." in html
    assert "No statistics matched" in html
