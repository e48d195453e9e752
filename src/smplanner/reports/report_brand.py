"""The manager's brand on a printed report (white label): the logo to print and the
stylesheet with the brand's colours, from services/report_branding.ReportBranding."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage

from smplanner.services.report_branding import ReportBranding


def brand_logo(
    branding: ReportBranding, given: Path | None = None, printed_px: int = 60
) -> QImage | None:
    """The logo given for this report (a file), else the brand's, at most three times
    its printed height (sharp on paper, not megabytes); None when neither is a picture
    Qt can read."""
    if given is not None:
        image = QImage(str(given))
    elif branding.logo:
        image = QImage.fromData(QByteArray(branding.logo_bytes))
    else:
        return None
    if image.isNull():
        return None
    if image.height() > printed_px * 3:
        image = image.scaledToHeight(printed_px * 3, Qt.TransformationMode.SmoothTransformation)
    return image


def brand_stylesheet(base: str, branding: ReportBranding) -> str:
    """``base`` with the titles in the brand's main colour and the tables' header rows
    in its accent (a later rule wins in Qt's CSS)."""
    css = base
    if branding.colour:
        css += f" h1 {{ color: {branding.colour}; }} h2 {{ color: {branding.colour}; }}"
    if branding.accent:
        css += f" th {{ background-color: {branding.accent}; }}"
    return css
