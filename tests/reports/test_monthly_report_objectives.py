"""The client report opens with the SMART objectives' progress: each target against the
imported figures as of the period's last day (or today, for a period still running),
the same figures the Statistics tab's objectives panel shows; read back from the PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from smplanner.domain.objective_progress import ON_TRACK
from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf
from smplanner.services import strategy_edits
from smplanner.services.statistics_progress import objectives_progress
from smplanner.storage.plan_file import PlanFile
from tests.monthly_report_sample import fill_month_plan


def _layout(path: Path) -> str:
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return words.replace("\u202f", " ").replace("\u00a0", " ")


def _text(path: Path) -> str:
    return " ".join(_layout(path).split())


def _row(path: Path, first_cell: str) -> str:
    """The table row starting with ``first_cell``: its line and the next (a wrapped title)."""
    lines = _layout(path).splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(first_cell))
    return " ".join(" ".join(lines[at : at + 2]).split())


def _add_objective(plan: PlanFile) -> None:
    strategy_edits.add_row(
        plan,
        "objectives",
        {
            "kind": "awareness",
            "title": "Toucher le quartier",
            "network": "instagram",
            "metric": "reach",
            "baseline": 0,
            "target": 20000,
            "start": "2027-01-01",
            "deadline": "2027-03-31",
        },
    )


def test_the_objectives_progress_as_of_the_months_end_and_of_today(
    qapp, plan: PlanFile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    _add_objective(plan)
    # The Statistics tab's figures on 31 January: Instagram's January reach, summed
    # over its posts (the sample's exports give no daily reach): 19,200 of 20,000.
    status = objectives_progress(plan, date(2027, 1, 31))[0]
    assert (status.current, status.progress.status) == (19200, ON_TRACK)
    target = tmp_path / "janvier.pdf"
    write_monthly_pdf(plan, MonthlyOptions(date(2027, 1, 1), "fr", today=date(2027, 2, 10)), target)
    words = _text(target)
    assert words.index("Avancement des objectifs") < words.index("Publié par rapport au prévu")
    assert "Mesuré au 31 janvier 2027 avec les chiffres importés." in words
    row = _row(target, "Toucher le")
    # Every figure whole on its line (a narrow column had split "19 200" and "Instagram").
    assert "■■ Instagram Portée 0 19 200 20 000 96 % En bonne" in row
    assert row.endswith("quartier voie")
    # A month still running is measured up to today: 15 January, three posts.
    running = tmp_path / "en-cours.pdf"
    write_monthly_pdf(
        plan, MonthlyOptions(date(2027, 1, 1), "en", today=date(2027, 1, 15)), running
    )
    words = _text(running)
    assert "Objectives' progress" in words and "Measured on 15 January 2027" in words
    assert "14,280" in words and "71%" in words


def test_no_objective_no_section(qapp, plan: PlanFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    target = tmp_path / "janvier.pdf"
    write_monthly_pdf(plan, MonthlyOptions(date(2027, 1, 1), "fr", today=date(2027, 2, 10)), target)
    words = _text(target)
    assert "Avancement des objectifs" not in words and "Publié par rapport au prévu" in words
