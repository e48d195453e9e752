"""The report's sections as screen pages for the presentation mode (same builders)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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


def presentation_pages(context: ReportContext) -> list[ScreenPage]:
    """A title page, then one page per section that has something to show."""
    lang = context.lang
    cover = (
        '<p align="center" style="margin-top: 25%; color: #5b6573;">'
        f"{text(lang.translate('Report', 'Social media strategy'))}</p>"
        '<p align="center" style="font-size: 300%; font-weight: 600;">'
        f"{text(context.properties.client_name)}</p>"
        f'<p align="center">{text(lang.long_date(context.options.today))}</p>'
    )
    pages = [ScreenPage(context.properties.client_name, cover)]
    for section in build_sections(context):
        html = f"<h1>{text(section.title)}</h1>{section.content.html}"
        pages.append(ScreenPage(section.title, html, dict(section.content.images)))
    return pages
