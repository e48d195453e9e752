"""The report's sections as screen pages for the presentation mode (same builders)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from smplanner.domain.strategy_findings import Finding
from smplanner.reports.html_blocks import text
from smplanner.reports.report_context import ReportContext
from smplanner.reports.report_sections import build_sections

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


@dataclass
class ScreenPage:
    title: str
    html: str
    images: dict[str, QImage] = field(default_factory=dict)
    notes: list[Finding] = field(default_factory=list)  # the presenter's screen only


LOGO = "presentation-logo"  # the manager's logo, as the title page's image resource


def _logo(context: ReportContext) -> QImage | None:
    from PySide6.QtGui import QImage

    path = context.options.logo_path
    if path is None or not path.is_file():
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


def title_page(context: ReportContext) -> ScreenPage:
    """The client's name, the strategy's title and date, and who presents it (the
    community manager's name and logo, from Preferences)."""
    lang = context.lang
    images = {}
    logo = _logo(context)
    parts = ['<p align="center" style="margin-top: 12%; color: #5b6573;">']
    parts.append(f"{text(lang.translate('Report', 'Social media strategy'))}</p>")
    parts.append(
        '<p align="center" style="font-size: 300%; font-weight: 600;">'
        f"{text(context.properties.client_name)}</p>"
    )
    parts.append(f'<p align="center">{text(lang.long_date(context.options.today))}</p>')
    if logo is not None:
        images[LOGO] = logo
        parts.append(f'<p align="center"><img src="{LOGO}" height="96"/></p>')
    if context.options.manager_name:
        by = lang.translate("Report", "Presented by %1").replace("%1", context.options.manager_name)
        parts.append(f'<p align="center" style="color: #5b6573;">{text(by)}</p>')
    return ScreenPage(context.properties.client_name, "".join(parts), images)


def section_notes(context: ReportContext, section_id: str) -> list[Finding]:
    """What the method still flags in a section: for the presenter, never the slide."""
    from smplanner.domain.strategy_checks import check_strategy
    from smplanner.domain.strategy_findings import SECTIONS

    if section_id not in SECTIONS:
        return []
    found = check_strategy(context.strategy, context.options.today)
    return [f for f in found if f.section == section_id]


def presentation_pages(context: ReportContext) -> list[ScreenPage]:
    """A title page, then one page per section that has something to show."""
    pages = [title_page(context)]
    for section in build_sections(context):
        body = _PAPER_ONLY.sub("", section.content.html)
        html = f"<h1>{text(section.title)}</h1>{body}"
        notes = section_notes(context, section.id)
        pages.append(ScreenPage(section.title, html, dict(section.content.images), notes))
    return pages


_PAPER_ONLY = re.compile(
    r'(?:<p style="page-break-before: always; margin: 0;"></p>)?<!--approval-->.*?<!--/approval-->',
    re.S,
)
_CHART_PARAGRAPH = re.compile(r"<p[^>]*>(?:(?!</p>).)*?<img[^>]*>(?:(?!</p>).)*?</p>", re.S)


def split_page(page: ScreenPage) -> list[ScreenPage]:
    """A slide too long for the screen as several, one per sub-heading (a month of
    the calendar, a part of the budget) or, without sub-headings, one per chart;
    each titled "Title (2/3)". A slide with a single part comes back as it is."""
    _, _, body = page.html.partition("</h1>")
    if "<h2>" in body:
        first, *rest = body.split("<h2>")
        parts = ["<h2>" + part for part in rest]
        if first.strip():  # what the section says before its first sub-heading
            parts[0] = first + parts[0]
    else:  # no sub-heading: the text first, then one chart (and its caption) a slide
        charts = [m.span() for m in _CHART_PARAGRAPH.finditer(body)]
        cuts = [start for start, _ in charts]
        parts = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]
        parts = [part for part in parts if part.strip()]
    if len(parts) < 2:
        return [page]
    count = len(parts)
    slides = []
    for number, part in enumerate(parts, start=1):
        title = f"{page.title} ({number}/{count})"
        html = f"<h1>{text(title)}</h1>{part}"
        used = {name: image for name, image in page.images.items() if name in html}
        slides.append(ScreenPage(title, html, used, page.notes if number == 1 else []))
    return slides
