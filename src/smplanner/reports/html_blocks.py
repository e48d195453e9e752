"""Small HTML builders for the report: tables, labelled fields, network badges.

QTextDocument understands a subset of HTML 4 and CSS 2; these helpers stay inside
it (tables with cellpadding, inline styles, no floats). Everything a reader must
tell apart is also written in words, so the report reads in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from smplanner.domain.networks import network as find_network

INK = "#1f2a37"
MUTED = "#5b6573"
RULE = "#9aa3ad"
HEADER_FILL = "#e6e9ee"

STYLESHEET = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 20pt; font-weight: 600; margin-top: 0; margin-bottom: 10pt; color: {INK}; }}
h2 {{ font-size: 13pt; font-weight: 600; margin-top: 14pt; margin-bottom: 5pt; color: {INK}; }}
p {{ margin-top: 0; margin-bottom: 6pt; line-height: 130%; }}
td, th {{ font-size: 9.5pt; }}
th {{ background-color: {HEADER_FILL}; font-weight: 600; text-align: left; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8.5pt; }}
.num {{ text-align: right; }}
"""


def text(value: object) -> str:
    """Escaped text with line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def heading(anchor: str, title: str) -> str:
    """A section title that starts a new page and can be found for the contents."""
    return (
        f'<h1 style="page-break-before: always;"><a name="{escape(anchor)}"></a>{text(title)}</h1>'
    )


def subheading(title: str) -> str:
    return f"<h2>{text(title)}</h2>"


def paragraph(value: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{text(value)}</p>"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
    raw: bool = False,
) -> str:
    """A bordered table; ``numeric`` columns align right; ``raw`` cells are HTML already."""
    parts = [
        f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-color: {RULE}; border-style: solid; margin-bottom: 8pt;">'
    ]
    # <thead>: the header row repeats on each page a long table runs onto, and is never
    # left alone at the bottom of one (reports/page_flow.py keeps rows under it).
    parts.append("<thead><tr>")
    for index, header in enumerate(headers):
        width = f' width="{widths[index]}%"' if index < len(widths) else ""
        align = ' align="right"' if index in numeric else ""
        parts.append(f"<th{width}{align}>{text(header)}</th>")
    parts.append("</tr></thead>")
    for row in rows:
        parts.append("<tr>")
        for index, cell in enumerate(row):
            align = ' align="right"' if index in numeric else ""
            parts.append(f'<td valign="top"{align}>{cell if raw else text(cell)}</td>')
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """Label / answer pairs as a two-column table; empty answers are left out."""
    rows = [(label, value) for label, value in pairs if value and value.strip()]
    if not rows:
        return ""
    body = "".join(
        f'<tr><td width="32%" valign="top" class="muted">{text(label)}</td>'
        f'<td valign="top">{text(value)}</td></tr>'
        for label, value in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" style="margin-bottom: 8pt;">'
        f"{body}</table>"
    )


def network_name(network_id: str) -> str:
    try:
        return find_network(network_id).name
    except KeyError:
        return network_id


def network_badge(network_id: str, *, small: bool = False) -> str:
    """The network's colour as a swatch beside its name: readable without colour too."""
    try:
        item = find_network(network_id)
        colour, name = item.color, item.name
    except KeyError:
        colour, name = MUTED, network_id
    size = "7pt" if small else "9pt"
    return (
        f'<span style="background-color: {colour}; color: {colour}; font-size: {size};">'
        f"&#9632;&#9632;</span>&nbsp;{text(name)}"
    )


def big_figures(figures: Sequence[tuple[str, str]]) -> str:
    """A row of large figures with their caption under each ("3" / "networks")."""
    width = 100 // max(len(figures), 1)
    cells = "".join(
        f'<td width="{width}%" align="center" valign="top">'
        f'<p style="font-size: 20pt; font-weight: 600; color: {INK}; margin: 0;">{text(value)}</p>'
        f'<p class="muted small" style="margin: 0;">{text(caption)}</p></td>'
        for value, caption in figures
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-bottom: 8pt;">'
        f"<tr>{cells}</tr></table>"
    )


def bars(rows: Sequence[tuple[str, float, str]], colour: str = "#3b4a5a") -> str:
    """A simple horizontal bar chart as a table: label (HTML), bar, value as written.

    Bars are drawn in the text (no image), so they print sharp and read in the .odt."""
    top = max((value for _, value, _ in rows), default=0) or 1
    lines = []
    for label_html, value, shown in rows:
        share = max(1, round(70 * value / top))
        lines.append(
            f'<tr><td width="28%" valign="middle">{label_html}</td>'
            f'<td width="72%"><table cellspacing="0" cellpadding="2" width="100%"><tr>'
            f'<td width="{share}%" style="background-color: {colour};"></td>'
            f'<td width="{100 - share}%" class="small">&nbsp;{text(shown)}</td>'
            f"</tr></table></td></tr>"
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" style="margin-bottom: 8pt;">'
        + "".join(lines)
        + "</table>"
    )
