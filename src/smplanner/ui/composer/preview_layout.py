"""Where each part of a post's preview goes, for a width and a font: the header
(avatar, account, network), the text lines with their styled runs and "… more",
the media frame in the network's aspect ratio, the link card.

Kept apart from the painting so that tests check the geometry itself (a 4:5 frame
is 4:5, the text stops where the network stops it) without reading pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from smplanner.domain.post_limits import MediaFacts
from smplanner.domain.post_preview import MediaFrame, Run, media_frame, preview_text

PADDING = 12
AVATAR = 36
MEDIA_MAX_HEIGHT = 440  # 4:5 keeps the whole width; 9:16 is as tall as a feed shows it
MORE = "more"  # the kind of the "… more" run
_ELIDE = Qt.TextElideMode.ElideRight
# Networks whose feed shows the media first and the text under it.
MEDIA_FIRST = ("instagram", "tiktok", "pinterest", "snapchat", "youtube")


@dataclass(frozen=True)
class PreviewContent:
    """What a preview shows (the composer's fields, as typed)."""

    network: str
    account: str
    text: str = ""
    hashtags: str = ""
    link: str = ""
    title: str = ""
    media: Sequence[MediaFacts] = ()
    expanded: bool = False


@dataclass
class TextLine:
    """One line of text: its runs (kind, words) and where it is drawn."""

    rect: QRect
    runs: list[Run] = field(default_factory=list)


@dataclass
class PreviewLayout:
    width: int
    height: int = 0
    avatar: QRect = field(default_factory=QRect)
    name: QRect = field(default_factory=QRect)
    network_line: QRect = field(default_factory=QRect)
    title: QRect | None = None
    lines: list[TextLine] = field(default_factory=list)
    frame: MediaFrame | None = None
    media: QRect | None = None  # the media box, or the link card's image
    link_caption: QRect | None = None  # the link card's domain line
    cut: bool = False

    @property
    def shown_text(self) -> str:
        """The words drawn, "… more" included (what the client reads)."""
        return "\n".join("".join(run.text for run in line.runs) for line in self.lines)


def _tokens(runs: Sequence[Run]) -> list[Run]:
    """Runs split into words, spaces and line breaks (the units lines wrap at)."""
    out: list[Run] = []
    for run in runs:
        piece = ""
        for char in run.text:
            if char in " \n":
                if piece:
                    out.append(Run(run.kind, piece))
                    piece = ""
                out.append(Run(run.kind, char))
            else:
                piece += char
        if piece:
            out.append(Run(run.kind, piece))
    return out


def wrap(runs: Sequence[Run], width: int, metrics: QFontMetrics) -> list[list[Run]]:
    """Runs laid into lines no wider than ``width`` (a word wider than a line is cut)."""
    lines: list[list[Run]] = [[]]
    used = 0
    for token in _tokens(runs):
        if token.text == "\n":
            lines.append([])
            used = 0
            continue
        advance = metrics.horizontalAdvance(token.text)
        if used + advance > width and lines[-1]:
            if token.text == " ":
                continue  # a line never starts with the space it broke at
            lines.append([])
            used = 0
        if advance > width:  # one long link or word: elided to the line
            token = Run(token.kind, metrics.elidedText(token.text, _ELIDE, width))
            advance = metrics.horizontalAdvance(token.text)
        lines[-1].append(token)
        used += advance
    return lines


def _media_rect(top: int, width: int, frame: MediaFrame) -> QRect:
    height = round(width / frame.ratio)
    if height <= MEDIA_MAX_HEIGHT:
        return QRect(0, top, width, height)
    narrow = round(MEDIA_MAX_HEIGHT * frame.ratio)
    return QRect((width - narrow) // 2, top, narrow, MEDIA_MAX_HEIGHT)


def layout_preview(
    content: PreviewContent, width: int, metrics: QFontMetrics, more_text: str
) -> PreviewLayout:
    """The preview of ``content`` in a column ``width`` wide (``more_text``: "… more"
    in the interface's language)."""
    line_height = metrics.height() + 2
    inner = width - 2 * PADDING
    out = PreviewLayout(width)
    out.avatar = QRect(PADDING, PADDING, AVATAR, AVATAR)
    name_left = PADDING + AVATAR + 8
    out.name = QRect(name_left, PADDING, width - name_left - PADDING, line_height)
    out.network_line = QRect(name_left, PADDING + line_height, out.name.width(), line_height)
    top = PADDING + AVATAR + 8
    text = preview_text(
        content.network, content.text, content.hashtags, content.link, expanded=content.expanded
    )
    out.cut = text.cut
    runs = list(text.runs)
    if text.cut:
        runs.append(Run(MORE, more_text))
    out.frame = media_frame(content.network, content.media, content.link)

    def place_media(at: int) -> int:
        if out.frame is None:
            return at
        box = _media_rect(at, width, out.frame)
        out.media = box
        bottom = box.bottom() + 1
        if out.frame.kind == "link":
            out.link_caption = QRect(PADDING, bottom + 4, inner, 2 * line_height)
            bottom = out.link_caption.bottom() + 1
        return bottom + 8

    def place_text(at: int) -> int:
        for words in wrap(runs, inner, metrics) if any(r.text.strip() for r in runs) else []:
            out.lines.append(TextLine(QRect(PADDING, at, inner, line_height), words))
            at += line_height
        return at + (4 if out.lines else 0)

    if content.network == "youtube" or (content.network == "pinterest" and content.title):
        top = place_media(top)
        out.title = QRect(PADDING, top, inner, line_height)
        top += line_height + 4
        top = place_text(top)
    elif content.network in MEDIA_FIRST:
        top = place_text(place_media(top))
    else:
        top = place_media(place_text(top))
    out.height = top + PADDING
    return out
