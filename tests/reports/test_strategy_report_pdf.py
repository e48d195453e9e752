"""The strategy report a client keeps: a cover with both names and the period, a
one-page summary, sections that flow, no internal wording unless asked, French
typography and the author in the PDF's metadata."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from smplanner.reports.report_file import build_report
from smplanner.reports.report_options import ReportOptions
from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan

TODAY = date(2026, 12, 1)


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def options(**changes: object) -> ReportOptions:
    values: dict[str, object] = {
        "language": "fr",
        "start": TODAY,
        "weeks": 6,
        "manager_name": "Julie Lefèvre",
        "today": TODAY,
    }
    values.update(changes)
    return ReportOptions(**values)  # type: ignore[arg-type]


@pytest.fixture
def report(plan: PlanFile, tmp_path: Path, qapp) -> Path:  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, TODAY)
    target = tmp_path / "rapport.pdf"
    build_report(plan, options(), target)
    return target


def test_the_author_is_in_the_pdfs_metadata(report: Path):
    info = subprocess.run(["pdfinfo", str(report)], capture_output=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.decode("utf-8").splitlines() if ":" in line)
    assert fields["Author"].strip() == "Julie Lefèvre"


def test_the_cover_carries_both_names_and_the_period_in_french(report: Path):
    cover = " ".join(pdf_text(report, 1).split())
    assert "Boulangerie Martin" in cover and "Préparé par Julie Lefèvre" in cover
    assert "Calendrier du 1er décembre 2026 au 11 janvier 2027" in cover


def test_the_summary_fits_one_page_with_objectives_budget_networks_and_next_steps(report: Path):
    summary = " ".join(pdf_text(report, 3).split())
    assert summary.startswith("Boulangerie Martin — Stratégie social media Synthèse")
    for expected in (
        "Faire connaître le pain au levain",  # an objective, its target and deadline
        "800 → 1 200",
        "Enveloppe réseaux sociaux par an",
        "Réseaux et rôles",
        "Ligne éditoriale",
        "Prochaines étapes",
        "Valider le calendrier du 1er décembre 2026 au 11 janvier 2027.",
    ):
        assert expected in summary, expected
    assert "Prochaines étapes" not in pdf_text(report, 4)


def test_no_internal_wording_unless_the_cm_asks_for_it(plan: PlanFile, tmp_path: Path, qapp):
    fill_rich_plan(plan, TODAY)
    client = tmp_path / "client.pdf"
    build_report(plan, options(), client)
    text = pdf_text(client)
    assert "Vérification" not in text and "à compléter" not in text
    mine = tmp_path / "mine.pdf"
    build_report(plan, options(internal_notes=True), mine)
    assert "Vérification" in pdf_text(mine)


def test_sections_flow_instead_of_one_a_page(report: Path):
    budget_page = next(
        n for n in range(3, 12) if "Budget" in pdf_text(report, n).split("\n", 3)[-1][:400]
    )
    assert "Objectifs SMART" in pdf_text(report, budget_page) or "Audit" in pdf_text(
        report, budget_page
    )


def test_a_section_can_be_left_out(plan: PlanFile, tmp_path: Path, qapp):
    fill_rich_plan(plan, TODAY)
    target = tmp_path / "sans-budget.pdf"
    result = build_report(plan, options(sections=("summary", "objectives", "calendar")), target)
    text = pdf_text(target)
    assert result.sections == ("summary", "objectives", "calendar")
    assert "Charte de modération" not in text
    contents = pdf_text(target, 2)  # the summary has its own "Réseaux et rôles" table
    assert "Sommaire" in contents and "Objectifs SMART" in contents
    assert "Réseaux et rôles" not in contents and "Budget" not in contents


def test_an_editable_odt_of_the_same_content_is_written(plan: PlanFile, tmp_path: Path, qapp):
    import zipfile

    fill_rich_plan(plan, TODAY)
    target = tmp_path / "rapport.odt"
    build_report(plan, options(), target)
    with zipfile.ZipFile(target) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
        pictures = [n for n in odt.namelist() if n.startswith("Pictures/")]
    for expected in (
        "Boulangerie Martin",
        "Prochaines étapes",
        "Faire connaître le pain au levain",
    ):
        assert expected in content, expected
    assert pictures  # the charts travel with the text


def test_each_network_shows_its_reasons_and_sources_and_each_post_its_text(report: Path):

    text = " ".join(pdf_text(report).split())
    assert "Pourquoi ces réseaux" in text
    assert "Sources : " in text or "Sources\u00a0: " in text
    assert "Les publications, à valider" in text
    assert "Fournée n°1" in text


def test_the_posts_to_approve_carry_their_whole_text(plan: PlanFile, tmp_path: Path, qapp):
    from smplanner.services import strategy_queries  # noqa: F401  (plan filled below)

    fill_rich_plan(plan, TODAY)
    from smplanner.reports.report_context import ReportContext

    context = ReportContext(plan, options())
    post = next(p for p in context.posts_in_period if p.scheduled_at is not None and p.text)
    target = tmp_path / "r.pdf"
    build_report(plan, options(), target)
    words = " ".join(pdf_text(target).split())
    assert " ".join(post.text.split())[:60] in words
