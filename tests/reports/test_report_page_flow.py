"""No table header (nor the heading above it) is left alone at the foot of a report page,
and a long table repeats its header on each page: real PDFs read back page by page."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from smplanner.reports import pdf_report
from smplanner.reports.html_blocks import subheading, table
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_options import ReportOptions
from smplanner.reports.report_sections import BuiltSection
from smplanner.storage.plan_file import PlanFile

ROWS = 45
HEADING = "Tableau des publications"


def page_texts(path: Path) -> list[str]:
    count = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout,
        ).group(1)  # type: ignore[union-attr]
    )
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def _section(space_px: int) -> BuiltSection:
    rows = [(f"Ligne {n:02d}", f"Texte de la publication {n}") for n in range(1, ROWS + 1)]
    html = (
        "<p>Début du texte.</p>"
        f'<p style="margin-top: {space_px}px;">Fin du texte.</p>'
        + subheading(HEADING)
        + table(["Colonne A", "Colonne B"], rows)
        + "<p>Après le tableau.</p>"
    )
    return BuiltSection("audit", "Audit", SectionContent(html))


def _write(plan: PlanFile, tmp_path: Path, space_px: int, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_report, "build_sections", lambda context: [_section(space_px)])
    options = ReportOptions(
        language="fr", start=date(2026, 12, 1), weeks=4, today=date(2026, 12, 1)
    )
    context = ReportContext(plan, options)
    target = tmp_path / f"flow-{space_px}.pdf"
    pdf_report.write_pdf(pdf_report.lay_out(context), context, target)
    return page_texts(target)


def _page_with(pages: list[str], needle: str) -> int:
    found = [index for index, page in enumerate(pages) if needle in page]
    assert len(found) == 1, f"{needle!r} on pages {found}"
    return found[0]


# The section starts a page (cover and contents before it): the page is ~968 px high,
# so these spacings put the heading, the table's header and its first rows across the
# foot of the page, 6 px further each time.
SPACINGS = range(760, 900, 6)


def test_a_table_header_is_never_orphaned_and_repeats_on_each_page(
    plan: PlanFile, tmp_path: Path, qapp, monkeypatch
):
    moved = 0
    for space in SPACINGS:
        pages = _write(plan, tmp_path, space, monkeypatch)
        text_end = _page_with(pages, "Fin du texte.")
        heading = _page_with(pages, HEADING)
        first, second = _page_with(pages, "Ligne 01"), _page_with(pages, "Ligne 02")
        # the heading, the header and at least two rows start on one page
        assert heading == first == second, (space, heading, first, second)
        header_line = pages[heading].split(HEADING, 1)[1]
        assert "Colonne A" in header_line.split("Ligne 01")[0]
        moved += heading > text_end
        # every page the table runs onto starts with its header, and no row is lost
        table_pages = sorted({_page_with(pages, f"Ligne {n:02d}") for n in range(1, ROWS + 1)})
        assert len(table_pages) >= 2, space  # the table is long enough to run over
        for index in table_pages:
            lines = [line for line in pages[index].splitlines() if line.strip()]
            first_row = next(i for i, line in enumerate(lines) if "Ligne " in line)
            assert "Colonne A" in lines[first_row - 1], (space, index, lines[: first_row + 1])
        # a header is never the last thing of a page
        for page in pages:
            lines = [line for line in page.splitlines() if line.strip()]
            body = [line for line in lines if "Page " not in line and "smplanner" not in line]
            if body:
                assert "Colonne A" not in body[-1], (space, body[-3:])
                assert HEADING not in body[-1], (space, body[-3:])
    # the spacings did reach the foot of the page: some tables had to move
    assert 0 < moved < len(SPACINGS)


@pytest.mark.parametrize("space", [0, 300])
def test_a_table_with_room_stays_where_it_is(
    plan: PlanFile, tmp_path: Path, qapp, monkeypatch, space: int
):
    pages = _write(plan, tmp_path, space, monkeypatch)
    assert _page_with(pages, "Fin du texte.") == _page_with(pages, HEADING)
    assert _page_with(pages, HEADING) == _page_with(pages, "Ligne 01")


def test_no_hidden_text_at_the_foot_or_head_of_a_page_of_a_rich_report(
    plan: PlanFile, tmp_path: Path, qapp
):
    """Every word pdftotext finds is on the page body, or is the running header/footer:
    a block moved to the next page used to be written, clipped, on both pages."""
    from xml.etree import ElementTree

    from smplanner.reports.report_file import build_report
    from tests.deliverables_sample_plan import fill_rich_plan

    fill_rich_plan(plan, date(2026, 12, 1))
    target = tmp_path / "rapport.pdf"
    options = ReportOptions(
        language="fr",
        start=date(2026, 12, 1),
        weeks=6,
        today=date(2026, 12, 1),
        manager_name="Julie Lefèvre",
    )
    pages = build_report(plan, options, target).pages
    assert pages >= 8
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(xhtml)
    body_top = pdf_report.TOP_PT - 0.5
    body_bottom = pdf_report.PAGE_HEIGHT_PT - pdf_report.MARGIN_PT + 0.5
    running = {"Boulangerie", "Martin", "—", "Stratégie", "social", "media", "Page", "sur"}
    running |= {"smplanner", "Julie", "Lefèvre", __import__("smplanner").__version__}
    outside = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            top, bottom = float(word.get("yMin", 0)), float(word.get("yMax", 0))
            middle = (top + bottom) / 2
            inside = number == 1 or body_top <= middle <= body_bottom  # the cover is bare
            if not inside and word.text not in running and not (word.text or "").isdigit():
                outside.append((number, word.text, round(top, 1)))
    assert outside == []
    # and nothing laid out is lost: every heading of the document is printed once
    context = ReportContext(plan, options)
    document = pdf_report.lay_out(context).document
    printed = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    block = document.begin()
    headings = []
    while block.isValid():
        if block.text().strip():
            assert block.layout().lineCount() > 0, block.text()  # laid out, so painted
        if block.blockFormat().headingLevel() == 2:
            headings.append(" ".join(block.text().split()))
        block = block.next()
    assert len(headings) >= 10
    for heading in headings:
        assert heading in printed, heading
    # no page of the PDF ends with a heading (nor a section title)
    titles = set(headings) | {section.title for section in pdf_report.lay_out(context).sections}
    for number, page in enumerate(page_texts(target), start=1):
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "smplanner" not in line and "Page " not in line]
        assert body and body[-1] not in titles, (number, body[-3:])


def _words_printed(plan: PlanFile, tmp_path: Path, html: str, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    section = BuiltSection("audit", "Audit", SectionContent(html))
    monkeypatch.setattr(pdf_report, "build_sections", lambda context: [section])
    options = ReportOptions(
        language="fr", start=date(2026, 12, 1), weeks=4, today=date(2026, 12, 1)
    )
    context = ReportContext(plan, options)
    target = tmp_path / "tall.pdf"
    pdf_report.write_pdf(pdf_report.lay_out(context), context, target)
    return [word for page in page_texts(target) for word in page.split()]


@pytest.mark.parametrize("space", [0, 250, 500, 700])
def test_a_row_taller_than_half_a_page_runs_over_with_each_line_printed_once(
    plan: PlanFile, tmp_path: Path, qapp, monkeypatch, space: int
):
    """A post with a very long text: its row is cut by the page edge (moving it whole
    would leave half a page empty), and no line is written on both pages."""
    long_text = " ".join(f"mot{n:03d}" for n in range(1, 701))
    rows = [("Ligne 01", "court"), ("Ligne 02", long_text), ("Ligne 03", "court")]
    html = f'<p style="margin-top: {space}px;">Fin.</p>' + table(["A", "B"], rows)
    words = _words_printed(plan, tmp_path, html, monkeypatch)
    marked = [word for word in words if word.startswith("mot")]
    assert marked == [f"mot{n:03d}" for n in range(1, 701)]  # each once, in order
    assert words.count("Ligne") == 3


def test_a_paragraph_longer_than_a_page_is_printed_once(
    plan: PlanFile, tmp_path: Path, qapp, monkeypatch
):
    long_text = " ".join(f"mot{n:04d}" for n in range(1, 2001))
    html = f'<p style="margin-top: 300px;">Début.</p><p>{long_text}</p><p>Fin.</p>'
    words = _words_printed(plan, tmp_path, html, monkeypatch)
    marked = [word for word in words if word.startswith("mot")]
    assert marked == [f"mot{n:04d}" for n in range(1, 2001)]
    assert words.count("Fin.") == 1
