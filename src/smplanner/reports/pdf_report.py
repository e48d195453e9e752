"""Lay the report out with QTextDocument and print it with Qt's own PDF writer.

The document is laid out at 96 dpi on A4 pages (minus margins) and painted page by
page through a scaled painter, the way QTextDocument.print() does it, so that we can
add our own header and footer (client, page x of n) and leave the cover bare. The
contents list needs page numbers that depend on the layout: it is laid out once with
placeholders of the same width, the pages of the headings are read, then it is laid
out again with the real numbers (same lines, so nothing moves).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
)

from smplanner import __version__
from smplanner.reports.html_blocks import INK, MUTED, RULE, STYLESHEET, text
from smplanner.reports.page_flow import keep_with_next
from smplanner.reports.report_brand import brand_logo, brand_stylesheet
from smplanner.reports.report_context import ReportContext
from smplanner.reports.report_document import FONT_FAMILIES, report_document
from smplanner.reports.report_sections import BuiltSection, build_sections
from smplanner.services.report_branding import branding

SOURCE_DPI = 96.0
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 595.28, 841.89  # A4
MARGIN_PT = 54.0  # sides and bottom
TOP_PT = 62.0  # room for the running header


def _px(points: float) -> float:
    return points * SOURCE_DPI / 72.0


@dataclass
class ReportLayout:
    """A report ready to paint: the laid-out document and where each section starts."""

    document: QTextDocument
    sections: list[BuiltSection]
    section_pages: dict[str, int]

    @property
    def page_count(self) -> int:
        """The pages with something on them: trailing empty paragraphs (a page break
        left at the end) would print a blank last page."""
        document = self.document
        block = document.lastBlock()
        while block.isValid() and not block.text().strip() and block.previous().isValid():
            block = block.previous()
        bottom = document.documentLayout().blockBoundingRect(block).bottom()
        used = int((bottom - 1) // document.pageSize().height()) + 1
        return max(1, min(int(document.pageCount()), used))


PAGE_STARTING_SECTIONS = ("summary", "calendar", "statistics")  # big grids, charts


COVER_LOGO_PX = 110


def _cover_html(context: ReportContext, has_logo: bool) -> str:
    lang = context.lang
    props = context.properties
    kicker = lang.translate("Report", "Social media strategy")
    prepared_by = lang.translate("Report", "Prepared by {name}")
    logo = (
        f'<p align="center"><img src="cover:logo" height="{COVER_LOGO_PX}"/></p>'
        if has_logo
        else ""
    )
    author = context.options.manager_name.strip()
    period = lang.translate("Report", "Calendar from {start} to {end}").format(
        start=lang.long_date(context.options.start), end=lang.long_date(context.options.last_day)
    )
    by = (
        f'<p align="center" style="font-size: 12pt;">{text(prepared_by.format(name=author))}</p>'
        if author
        else ""
    )
    return (
        f'<div style="margin-top: 150px;">{logo}</div>'
        f'<p align="center" style="font-size: 11pt; color: {MUTED}; margin-top: 60px;">'
        f"{text(kicker)}</p>"
        f'<p align="center" style="font-size: 30pt; font-weight: 600; color: {INK};">'
        f"{text(props.client_name)}</p>"
        f'<hr style="color: {RULE};"/>'
        f'<p align="center" style="font-size: 12pt; margin-top: 20px;">'
        f"{text(lang.long_date(context.options.today))}</p>"
        f'<p align="center" style="font-size: 11pt; color: {MUTED};">{text(period)}</p>'
        f"{by}"
    )


def _contents_html(
    context: ReportContext, sections: list[BuiltSection], pages: dict[str, int]
) -> str:
    title = context.lang.translate("Report", "Contents")
    rows = "".join(
        f'<tr><td style="font-size: 12pt; padding: 4px;">{text(section.title)}</td>'
        f'<td align="right" style="font-size: 12pt; padding: 4px;">'
        f"{pages.get(section.id, 88)}</td></tr>"
        for section in sections
    )
    return (
        f'<h1 style="page-break-before: always;">{text(title)}</h1>'
        f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
    )


def _build_document(
    context: ReportContext, sections: list[BuiltSection], pages: dict[str, int]
) -> QTextDocument:
    # The manager's brand kept in the plan (white label): its colours, and its logo
    # before the one of Preferences (services/report_branding.py).
    brand = branding(context.plan)
    document = report_document(brand_stylesheet(STYLESHEET, brand))
    document.setDocumentMargin(0)
    width = _px(PAGE_WIDTH_PT - 2 * MARGIN_PT)
    height = _px(PAGE_HEIGHT_PT - TOP_PT - MARGIN_PT)
    document.setPageSize(QSizeF(width, height))
    logo = brand_logo(brand, None, COVER_LOGO_PX) or _load_logo(context.options.logo_path)
    if logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("cover:logo"), logo)
    body = [_cover_html(context, logo is not None), _contents_html(context, sections, pages)]
    for number, section in enumerate(sections):
        for name, image in section.content.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        # Sections flow one after the other; the summary, calendar and charts start a page.
        starts_page = number == 0 or section.id in PAGE_STARTING_SECTIONS
        style = "page-break-before: always;" if starts_page else "margin-top: 22pt;"
        body.append(
            f'<h1 style="{style}"><a name="section-{escape(section.id)}"></a>'
            f"{text(section.title)}</h1>{section.content.html}"
        )
    document.setHtml("<html><body>" + "".join(body) + "</body></html>")
    _keep_images_whole(document)
    keep_with_next(document)  # no heading or table header alone at a page's foot
    return document


def _keep_images_whole(document: QTextDocument) -> None:
    """A paragraph with an image (a chart and its caption) never splits across pages."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                cursor.setPosition(block.position())
                block_format = block.blockFormat()
                block_format.setNonBreakableLines(True)
                cursor.setBlockFormat(block_format)
                break
            iterator += 1
        block = block.next()


def _load_logo(path: Path | None) -> QImage | None:
    if path is None or not str(path).strip():
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


def _anchor_pages(document: QTextDocument) -> dict[str, int]:
    """Page (1-based) of each "section-<id>" anchor."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            for name in fragment.charFormat().anchorNames():
                if name.startswith("section-"):
                    # A page break puts the block a hair above the page edge (float layout).
                    top = layout.blockBoundingRect(block).top() + 2.0
                    found[name.removeprefix("section-")] = int(top // page_height) + 1
            iterator += 1
        block = block.next()
    return found


def lay_out(context: ReportContext) -> ReportLayout:
    """Build the chosen sections and paginate them, contents page numbers included."""
    sections = build_sections(context)
    first = _build_document(context, sections, {})
    pages = _anchor_pages(first)
    document = _build_document(context, sections, pages)
    return ReportLayout(document, sections, _anchor_pages(document))


def _draw_running_text(
    painter: QPainter, context: ReportContext, page: int, total: int, width: float
) -> None:
    painter.save()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(round(_px(8)))  # the painter is already scaled to 96 dpi units
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    left = _px(MARGIN_PT)
    header_y = _px(TOP_PT) - _px(22)
    title = context.lang.translate("Report", "Social media strategy")
    painter.drawText(QPointF(left, header_y), f"{context.properties.client_name} — {title}")
    painter.setPen(QPen(QColor(RULE), 0.6))
    painter.drawLine(QPointF(left, header_y + _px(6)), QPointF(left + width, header_y + _px(6)))
    footer_y = _px(PAGE_HEIGHT_PT - MARGIN_PT / 2)
    painter.setPen(QColor(MUTED))
    label = context.lang.translate("Report", "Page {page} of {total}").format(
        page=page, total=total
    )
    rect = QRectF(left, footer_y - _px(12), width, _px(16))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
    # The version that wrote the report, as in About and --version.
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
        f"smplanner {__version__}",
    )
    author = context.options.manager_name.strip()
    if author:
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), author
        )
    painter.restore()


def _draw_page(document: QTextDocument, painter: QPainter, index: int) -> None:
    """Paint page ``index`` of the laid-out document, and only what belongs to it.

    QTextDocument.drawContents(rect) draws every line that touches the rect and lets
    the painter's clip hide the rest, but a clip hides nothing from a PDF's text: a
    block moved to the next page by a page break sits a hair above that page's edge,
    so its lines were also written, invisible, at the foot of the previous page (found
    by pdftotext, by a viewer's search, by a screen reader). So lines are chosen by a
    rect one pixel inside the page (a line is never that thin, and the layout never lets
    one straddle a page edge), and the clip is the page itself.
    """
    from PySide6.QtGui import QAbstractTextDocumentLayout

    height = document.pageSize().height()
    width = document.pageSize().width()
    top = index * height
    painter.save()
    painter.setClipRect(QRectF(0, top - 1, width, height + 1))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, top + 1, width, height - 2)
    document.documentLayout().draw(painter, context)
    painter.restore()


def write_pdf(layout: ReportLayout, context: ReportContext, target: Path) -> int:
    """Paint ``layout`` into the PDF file ``target``; return the number of pages."""
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(1200)
    writer.setTitle(
        f"{context.properties.client_name} — "
        + context.lang.translate("Report", "Social media strategy")
    )
    writer.setCreator(f"smplanner {__version__}")
    if context.options.manager_name.strip():  # the CM who signs it, in the PDF's metadata
        writer.setAuthor(context.options.manager_name.strip())
    document = layout.document
    page_size = document.pageSize()
    total = layout.page_count
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {target}")
    try:
        scale = writer.resolution() / SOURCE_DPI
        for index in range(total):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            if index:
                _draw_running_text(painter, context, index + 1, total, page_size.width())
            painter.translate(_px(MARGIN_PT), _px(TOP_PT) - index * page_size.height())
            _draw_page(document, painter, index)
            painter.restore()
    finally:
        painter.end()
    return total
