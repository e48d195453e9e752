"""The client report for a quarter or a campaign, not only a month: the periods and
what each is compared with, the PDF (from the command line, read back with
pdftotext) in French and English, and the dialog's choice kept with its commentary."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.post_refs import CampaignRef
from smplanner.domain.report_periods import (
    CAMPAIGN,
    QUARTER,
    campaign_period,
    month_period,
    parse_quarter,
    quarter_period,
    recent_quarters,
)
from smplanner.services import calendar_planning, monthly_report_notes
from smplanner.storage.plan_file import PlanFile
from tests.monthly_report_sample import fill_month_plan


def test_a_quarter_and_a_campaign_know_their_days_and_what_they_are_compared_with() -> None:
    q1 = quarter_period(date(2027, 2, 10))
    assert (q1.kind, q1.first, q1.after, q1.key) == (
        QUARTER,
        date(2027, 1, 1),
        date(2027, 4, 1),
        "2027-Q1",
    )
    assert q1.previous() == quarter_period(date(2026, 11, 30))  # Q4 2026
    assert q1.previous().key == "2026-Q4" and q1.coming() == (date(2027, 4, 1), date(2027, 7, 1))
    assert parse_quarter("2027-T1") == parse_quarter("2027Q1") == q1
    with pytest.raises(ValueError, match="2027-Q1"):
        parse_quarter("2027-Q5")
    assert [p.key for p in recent_quarters(date(2027, 2, 10), 3)] == [
        "2027-Q1",
        "2026-Q4",
        "2026-Q3",
    ]
    galette = campaign_period(
        CampaignRef(7, "Galette des rois", "campaign", date(2027, 1, 4), date(2027, 1, 14))
    )
    assert (galette.kind, galette.days, galette.key) == (CAMPAIGN, 11, "campaign-7")
    before = galette.previous()
    assert (before.first, before.after) == (date(2026, 12, 24), date(2027, 1, 4))
    assert galette.coming() == (date(2027, 1, 15), date(2027, 2, 14))
    assert month_period(date(2027, 1, 20)).key == "2027-01"
    assert month_period(date(2027, 1, 20)).previous() == month_period(date(2026, 12, 1))


def _pdf_text(path: Path) -> str:
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(words.split())


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "monthly-report", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def month_plan(plan: PlanFile, tmp_path: Path) -> PlanFile:
    fill_month_plan(plan, tmp_path)
    calendar_planning.save_campaign(
        plan, CampaignRef(0, "Galette des rois", "campaign", date(2027, 1, 4), date(2027, 1, 14))
    )
    return plan


def test_a_quarters_report_in_french_from_the_command_line(
    month_plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:
    month_plan.close()
    target = tmp_path / "t1.pdf"
    done = _cli(
        str(plan_path), "--quarter", "2027-Q1", "-o", str(target), "--lang", "fr",
        "--comment", "results=Un trimestre porté par la galette.",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    words = _pdf_text(target)
    assert "Rapport trimestriel — T1 2027" in words
    assert "Résultats de la période" in words and "Temps forts à venir" in words
    assert "Publié la période précédente" in words
    # January's 2,188 interactions against the 480 of Q4 2026 (December's).
    assert "2 188 interactions sur la période (+1 708 par rapport à la période précédente)" in (
        words.replace("\u202f", " ").replace("\u00a0", " ")
    )
    assert "Un trimestre porté par la galette." in words
    assert "ce mois" not in words and "mois précédent" not in words
    # Key dates of Q2: Easter Monday 2027 (29 March) is not, Labour Day is.
    assert "Fête du Travail" in words and "Lundi de Pâques" not in words
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "Rapport trimestriel — T1 2027" in info


def test_a_campaigns_report_in_english_and_an_unknown_campaign_named(
    month_plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:
    month_plan.close()
    target = tmp_path / "galette.pdf"
    done = _cli(str(plan_path), "--campaign", "galette DES rois", "-o", str(target), "--lang", "en")
    assert done.returncode == 0, done.stderr
    words = _pdf_text(target)
    assert "Campaign report — Galette des rois, 4 January 2027 to 14 January 2027" in words
    # The posts of 4 to 14 January only, against the 11 days before (nothing then).
    assert "1,580 interactions in the period (+1,580 against the period before)." in words
    assert "Results of the period" in words and "Key dates to come" in words
    wrong = _cli(str(plan_path), "--campaign", "Soldes", "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "no campaign 'Soldes'" in wrong.stderr and "(Galette des rois)" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_dialog_reports_on_a_quarter_with_its_own_commentary(
    qtbot, window, month_plan, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.set_plan(month_plan)
    actions = window.monthly_report
    actions.today = lambda: date(2027, 2, 10)
    target = tmp_path / "rapport.pdf"
    suggested: list[Path] = []

    def save(title: str, proposed: Path, kinds: str) -> Path:
        suggested.append(proposed)
        return target

    actions.ask_save = save

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.section_labels["results"].text() == "Results of the month"
        assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
            "A month",
            "A quarter",
            "A campaign",
        ]
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        assert dialog.month.currentText() == "Q1 2027"
        assert dialog.chosen_period().key == "2027-Q1"
        # The sections are named as the quarter's report prints them.
        assert dialog.section_labels["results"].text() == "Results of the period"
        assert dialog.section_labels["key_dates"].text() == "Key dates to come"
        qtbot.keyClicks(dialog.comments["results"], "Bon trimestre.")
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # a campaign: the only one begun
        assert dialog.month.currentText().startswith("Galette des rois (4")
        assert dialog.comments["results"].toPlainText() == ""  # its own commentary
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
        dialog.comments["results"].setPlainText("Bon trimestre.")
        dialog.accept()
        return True

    actions.run_dialog = answer
    actions.action.trigger()
    assert suggested and "2027-Q1" in suggested[0].name
    assert monthly_report_notes.period_comments(month_plan, "2027-Q1") == {
        "results": "Bon trimestre."
    }
    assert monthly_report_notes.month_comments(month_plan, date(2027, 1, 1)) == {}
    words = _pdf_text(target)
    assert "Rapport trimestriel — T1 2027" in words and "Bon trimestre." in words  # fr plan
