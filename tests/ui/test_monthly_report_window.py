"""File > Export > Monthly report: the commentary typed in the dialog is kept in the
plan (one undo step) and printed in the PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from smplanner.services import monthly_report_notes
from tests.monthly_report_sample import fill_month_plan


def test_typing_the_commentary_then_writing_the_pdf(
    qtbot, window, plan, prompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    window.set_plan(plan)
    actions = window.monthly_report
    actions.today = lambda: date(2027, 2, 10)
    target = tmp_path / "rapport.pdf"
    actions.ask_save = lambda title, suggested, kinds: target

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert dialog.chosen_month() == date(2027, 1, 1)  # the month before, by default
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.manager, "Julie Morel")
        qtbot.keyClicks(dialog.comments["results"], "La galette a porte le mois.")
        dialog.accept()
        return True

    actions.run_dialog = answer
    actions.action.trigger()
    assert target.exists()
    assert monthly_report_notes.month_comments(plan, date(2027, 1, 1)) == {
        "results": "La galette a porte le mois."
    }
    assert window.document.undo_stack.undoText() == "Monthly report commentary"
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "La galette a porte le mois." in words and "Julie Morel" in words
    assert prompts.infos[-1][0] == "Monthly report"
    window.document.undo_stack.undo()
    assert monthly_report_notes.month_comments(plan, date(2027, 1, 1)) == {}
