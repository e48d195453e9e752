"""The manager's brand on the client report (white label): colours and a logo kept in
the plan's properties, checked before they are kept (the plan unchanged otherwise),
printed in the PDF (its pixels and pictures read back), set from the dialog or the
command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from smplanner.services import report_branding
from smplanner.services.report_branding import BrandingError, ReportBranding
from smplanner.storage.plan_file import PlanFile
from tests.media_files import png_file
from tests.monthly_report_sample import fill_month_plan

BLUE, YELLOW, LOGO = "#1F6FB2", "#F4D35E", "#2E8B57"


def test_colours_and_logo_are_checked_before_anything_is_kept(
    plan: PlanFile, tmp_path: Path
) -> None:
    logo = png_file(tmp_path / "logo.png", LOGO, (300, 120))
    edit = report_branding.set_branding(plan, colour="1f6fb2", accent=YELLOW, logo_file=logo)
    kept = report_branding.branding(plan)
    assert (kept.colour, kept.accent, kept.logo_name) == (BLUE, YELLOW, "logo.png")
    assert kept.logo_bytes == logo.read_bytes()
    not_png = tmp_path / "logo.txt"
    not_png.write_text("pas une image")
    big = tmp_path / "enorme.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 1_000_001)
    for wrong, words in (
        ({"colour": "bleu"}, "The main colour 'bleu' is not a colour: write it as #RRGGBB"),
        ({"accent": "#12345"}, "The accent colour '#12345' is not a colour"),
        ({"colour": "#000000", "logo_file": not_png}, "logo.txt: the logo is not a PNG or JPEG"),
        ({"logo_file": big}, "enorme.png: the logo is larger than 1 MB"),
        ({"logo_file": tmp_path / "absent.png"}, "absent.png: the logo could not be read"),
    ):
        with pytest.raises(BrandingError) as raised:
            report_branding.set_branding(plan, **wrong)  # type: ignore[arg-type]
        assert words in str(raised.value)
        assert report_branding.branding(plan) == kept  # the plan unchanged
    edit.undo()
    assert report_branding.branding(plan) == ReportBranding()
    edit.redo()
    report_branding.set_branding(plan, remove_logo=True, colour="")
    assert report_branding.branding(plan) == ReportBranding(accent=YELLOW)


def _rendered(pdf: Path, folder: Path) -> QImage:
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(folder / "page")],
        check=True,
    )
    return QImage(str(next(folder.glob("page*.png"))))


def _has(image: QImage, colour: str, tolerance: int = 12) -> bool:
    wanted = QColor(colour)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            got = image.pixelColor(x, y)
            if (
                abs(got.red() - wanted.red()) <= tolerance
                and abs(got.green() - wanted.green()) <= tolerance
                and abs(got.blue() - wanted.blue()) <= tolerance
            ):
                return True
    return False


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "monthly-report", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_brand_kept_by_the_command_line_prints_on_every_report(
    qapp, plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    plan.close()
    logo = png_file(tmp_path / "agence.png", LOGO, (300, 120))
    plain = tmp_path / "plain.pdf"
    assert _cli(str(plan_path), "--month", "2027-01", "-o", str(plain)).returncode == 0
    first = tmp_path / "first.pdf"
    done = _cli(
        str(plan_path), "--month", "2027-01", "-o", str(first),
        "--colour", BLUE, "--accent", YELLOW, "--brand-logo", str(logo),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Kept in the plan: the next report, asked without them, carries them too.
    again = tmp_path / "again.pdf"
    assert _cli(str(plan_path), "--quarter", "2027-Q1", "-o", str(again)).returncode == 0
    for pdf in (first, again):
        folder = tmp_path / pdf.stem
        folder.mkdir()
        page = _rendered(pdf, folder)
        assert _has(page, BLUE) and _has(page, YELLOW) and _has(page, LOGO), pdf
        listed = subprocess.run(
            ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        # The logo whole (300 × 120: under three times its 60 px printed height).
        assert (300, 120) in [(int(line.split()[3]), int(line.split()[4])) for line in listed]
    (tmp_path / "plain").mkdir()
    page = _rendered(plain, tmp_path / "plain")
    assert not _has(page, BLUE) and not _has(page, YELLOW) and not _has(page, LOGO)
    # A wrong colour: said, no PDF, the plan as it was.
    wrong = _cli(
        str(plan_path), "--month", "2027-01", "-o", str(tmp_path / "x.pdf"), "--colour", "bleu"
    )
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "The main colour 'bleu' is not a colour" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_dialog_keeps_the_brand_in_one_undo_step_and_refuses_a_wrong_colour(
    qtbot, window, plan, prompts, tmp_path: Path, french_ui
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    window.set_plan(plan)
    actions = window.monthly_report
    actions.today = lambda: date(2027, 2, 10)
    target = tmp_path / "rapport.pdf"
    actions.ask_save = lambda title, suggested, kinds: target
    logo = png_file(tmp_path / "agence.png", LOGO, (300, 120))
    not_png = tmp_path / "agence.txt"
    not_png.write_text("texte")
    seen: dict[str, object] = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        fields = dialog.brand
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(fields.colour, "bleu")
        dialog.accept()  # refused: the colour is said wrong, the dialog stays
        seen["refused"] = dialog.isVisible() and fields.problem.isVisible()
        seen["problem"] = fields.problem.text()
        fields.colour.clear()
        qtbot.keyClicks(fields.colour, BLUE)
        fields.ask_logo = lambda: not_png
        fields.logo_button.click()
        seen["logo problem"] = fields.problem.text()
        fields.ask_logo = lambda: logo
        fields.logo_button.click()
        seen["logo"] = fields.logo_label.text()
        dialog.grab().save(str(Path("/tmp") / "monthly_report_dialog_fr.png"))
        dialog.accept()
        return True

    actions.run_dialog = answer
    actions.action.trigger()
    assert seen["refused"] is True
    assert "La couleur principale « bleu » n'est pas une couleur" in str(seen["problem"])
    assert "agence.txt : le logo n'est pas une image PNG ou JPEG" in str(seen["logo problem"])
    assert seen["logo"] == "agence.png"
    kept = report_branding.branding(plan)
    assert (kept.colour, kept.logo_name) == (BLUE, "agence.png")
    assert window.document.undo_stack.undoText() == "Votre marque sur les rapports"
    page = _rendered(target, tmp_path)
    assert _has(page, BLUE) and _has(page, LOGO)
    window.document.undo_stack.undo()
    assert report_branding.branding(plan) == ReportBranding()


def test_the_strategy_report_carries_the_plans_brand_too(
    qapp, plan: PlanFile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from smplanner.reports.report_file import build_report
    from smplanner.reports.report_options import ReportOptions
    from tests.deliverables_sample_plan import fill_rich_plan

    fill_rich_plan(plan, date(2026, 12, 1))
    options = ReportOptions(
        language="fr",
        sections=("summary", "budget"),
        start=date(2026, 12, 1),
        today=date(2026, 12, 1),
    )
    plain = tmp_path / "plain.pdf"
    build_report(plan, options, plain)
    report_branding.set_branding(
        plan, colour=BLUE, accent=YELLOW, logo_file=png_file(tmp_path / "a.png", LOGO, (300, 120))
    )
    branded = tmp_path / "branded.pdf"
    build_report(plan, options, branded)
    for pdf, expected in ((plain, False), (branded, True)):
        folder = tmp_path / pdf.stem
        folder.mkdir()
        cover = _rendered(pdf, folder)  # the logo on the cover
        assert _has(cover, LOGO) is expected
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", "-f", "3", "-l", "3", str(pdf), str(folder / "s")],
            check=True,
        )
        summary = QImage(str(next(folder.glob("s*.png"))))  # titles in the main colour
        assert _has(summary, BLUE) is expected
