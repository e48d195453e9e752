"""The text document a report is laid out in, and the fonts every report writes in."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

# The first one the machine has is used (and embedded in the PDF).
FONT_FAMILIES = ["Nimbus Sans", "Helvetica", "Arial", "Liberation Sans", "DejaVu Sans"]
BODY_POINTS = 10.5


def report_document(stylesheet: str) -> QTextDocument:
    """An empty document in the reports' body font, laid out in design metrics (the
    PDF's, not the screen's), with ``stylesheet`` for its HTML."""
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(stylesheet)
    return document
