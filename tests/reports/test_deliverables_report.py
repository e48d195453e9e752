"""The strategy report PDF, read back with poppler: sections, the client's data, charts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from smplanner.reports.report_file import build_report
from smplanner.reports.report_options import ReportOptions, parse_sections
from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan

TODAY = date(2026, 11, 2)


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_images(path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [line.split() for line in listing]


def options(language: str, **changes: object) -> ReportOptions:
    values: dict[str, object] = {
        "language": language,
        "start": TODAY,
        "weeks": 6,
        "manager_name": "Julie Lefèvre",
        "today": TODAY,
    }
    values.update(changes)
    return ReportOptions(**values)  # type: ignore[arg-type]


@pytest.fixture
def rich_plan(plan: PlanFile) -> PlanFile:
    fill_rich_plan(plan, TODAY)
    return plan


def test_french_report_has_every_section_and_the_clients_data(
    rich_plan: PlanFile, tmp_path: Path, qapp
):
    target = tmp_path / "rapport.pdf"
    result = build_report(rich_plan, options("fr"), target)
    assert 6 <= result.pages < 20  # the sections flow (the posts to approve take pages)
    assert result.sections == parse_sections("all")
    content = pdf_text(target)
    for heading in (
        "Sommaire",
        "Synthèse",
        "Audit (état des lieux)",
        "Budget",
        "Objectifs SMART",
        "Cible et positionnement",
        "Réseaux et rôles",
        "Ligne éditoriale",
        "Charte de modération et d'animation",
        "Calendrier éditorial",
        "KPI à suivre",
        "Résultats et progression",
    ):
        assert heading in content, heading
    for client_data in (
        "Boulangerie Martin",
        "Préparé par Julie Lefèvre",
        "2 novembre 2026",
        "Faire connaître le pain au levain",
        "Sophie, maman pressée",
        "Vitrine des produits",
        "Coulisses du fournil",
        "Ne pas nourrir les trolls",
        "Galette des rois",
        "Fournée n°1",
        "Novembre 2026",
        "Notoriété",
        "420 000",
    ):
        assert client_data in content, client_data
    assert f"Page 3 sur {result.pages}" in content


def test_charts_are_embedded_as_images(rich_plan: PlanFile, tmp_path: Path, qapp):
    target = tmp_path / "report.pdf"
    result = build_report(rich_plan, options("en"), target)
    images = pdf_images(target)
    assert len(images) >= 4  # the three objectives' series, then Instagram's reach
    results_page = next(
        page
        for page in range(3, result.pages + 1)
        if "Results and progress" in pdf_text(target, page)
    )
    assert {int(row[0]) for row in images} <= set(range(results_page, result.pages + 1))
    assert all(int(row[3]) >= 1000 for row in images)  # sharp enough to print


def test_a_chart_is_never_cut_from_its_caption_by_a_page_break(rich_plan: PlanFile, qapp):
    from smplanner.reports.pdf_report import lay_out
    from smplanner.reports.report_context import ReportContext

    layout = lay_out(ReportContext(rich_plan, options("en")))
    document = layout.document
    page_height = document.pageSize().height()
    charts = 0
    block = document.begin()
    while block.isValid():
        if _has_image(block):
            charts += 1
            rect = document.documentLayout().blockBoundingRect(block)
            assert " on " in block.text()  # its caption, in the same paragraph
            first, last = int(rect.top() // page_height), int((rect.bottom() - 1) // page_height)
            assert first == last, block.text()
            assert block.blockFormat().nonBreakableLines()  # wherever the layout puts it
        block = block.next()
    assert charts >= 4


def _has_image(block) -> bool:  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().isImageFormat():
            return True
        iterator += 1
    return False


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("On track", "Late", "59%", "14%")),
        ("fr", ("En bonne voie", "En retard", "59 %", "14 %")),
    ],
)
def test_the_results_give_each_objectives_status_from_the_statistics(
    rich_plan: PlanFile, tmp_path: Path, qapp, language: str, words: tuple[str, ...]
):
    from smplanner.services.statistics_progress import objectives_progress

    statuses = {s.objective.title: s.progress for s in objectives_progress(rich_plan, TODAY)}
    assert statuses["Faire connaître le pain au levain"].status == "on_track"
    assert statuses["Amener les recruteurs vers la page Carrières"].status == "late"
    target = tmp_path / "results.pdf"
    build_report(rich_plan, options(language, sections=("statistics",)), target)
    content = " ".join(pdf_text(target).split())
    for word in words:
        assert word in content, word


def test_english_report_stays_english_under_a_french_interface(
    rich_plan: PlanFile, tmp_path: Path, french_ui
):
    target = tmp_path / "report.pdf"
    build_report(rich_plan, options("en"), target)
    content = pdf_text(target)
    assert "Contents" in content and "Sommaire" not in content
    assert "Community management charter" in content
    assert "Awareness" in content
    assert "Prepared by Julie Lefèvre" in content
    assert "2 November 2026" in content


def test_the_contents_give_the_real_page_of_each_section(rich_plan: PlanFile, tmp_path: Path, qapp):
    target = tmp_path / "report.pdf"
    result = build_report(rich_plan, options("en"), target)
    contents = pdf_text(target, 2)
    for title in ("Budget", "Editorial calendar", "Results and progress"):
        line = next(line for line in contents.splitlines() if line.strip().startswith(title))
        page = int(line.split()[-1])
        assert 2 < page <= result.pages
        assert title in pdf_text(target, page)


def test_only_the_chosen_sections_are_printed(rich_plan: PlanFile, tmp_path: Path, qapp):
    target = tmp_path / "budget.pdf"
    result = build_report(rich_plan, options("en", sections=("budget",)), target)
    assert result.sections == ("budget",)
    content = pdf_text(target)
    assert "Paid items" in content
    assert "Editorial calendar" not in content
    assert pdf_images(target) == []


def test_an_empty_plan_prints_a_cover_and_summary_only(plan: PlanFile, tmp_path: Path, qapp):
    target = tmp_path / "empty.pdf"
    result = build_report(plan, options("fr"), target)
    assert result.sections == ("summary",)
    assert result.pages == 3


def test_the_cover_shows_the_logo(plan: PlanFile, tmp_path: Path, qapp):
    from PySide6.QtGui import QColor, QImage

    logo = QImage(300, 120, QImage.Format.Format_RGB32)
    logo.fill(QColor("#aa3355"))
    logo_path = tmp_path / "logo.png"
    assert logo.save(str(logo_path))
    target = tmp_path / "logo.pdf"
    build_report(plan, options("fr", logo_path=logo_path), target)
    assert [row[0] for row in pdf_images(target)] == ["1"]


def test_pages_render_to_png(rich_plan: PlanFile, tmp_path: Path, qapp):
    from PySide6.QtGui import QImage

    target = tmp_path / "report.pdf"
    build_report(rich_plan, options("fr"), target)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(target), str(tmp_path / "p")],
        check=True,
    )
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 3
    image = QImage(str(pages[0]))
    assert image.width() > 200 and image.height() > image.width()


def test_cli_report_in_english_with_chosen_sections(
    rich_plan: PlanFile, plan_path: Path, tmp_path: Path
):
    target = tmp_path / "cli.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "report",
            str(plan_path),
            "-o",
            str(target),
            "--lang",
            "en",
            "--sections",
            "calendar,budget",
            "--from",
            "2026-11-02",
            "--manager",
            "Julie",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    content = pdf_text(target)
    assert "Budget" in content and "Editorial calendar" in content
    assert "SMART objectives" not in content


def test_cli_report_refuses_an_unknown_section(plan_path: Path, plan: PlanFile, tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "report",
            str(plan_path),
            "-o",
            str(tmp_path / "x.pdf"),
            "--sections",
            "budget,horoscope",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "horoscope" in result.stderr and "calendar" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_footer_and_the_metadata_name_the_version(plan: PlanFile, tmp_path: Path, qapp):
    from smplanner import __version__

    target = tmp_path / "version.pdf"
    build_report(plan, options("fr"), target)
    assert f"smplanner {__version__}" in pdf_text(target, 2)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert f"smplanner {__version__}" in info.stdout  # Creator
