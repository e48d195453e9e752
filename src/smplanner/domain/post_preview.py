"""What a post's preview shows on each network, as plain data: the text the feed
shows before "… more", its hashtags, mentions and links as styled runs, and the
frame of the media (image, video or link card) in the network's aspect ratio.

The facts (folds, aspect ratios) come with their sources from
resources/data/network_limits.json; the window draws them (ui/composer/). No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from smplanner.domain.post_limits import MediaFacts, limits_for, link_spans, published_text

TEXT, HASHTAG, MENTION, LINK = "text", "hashtag", "mention", "link"
_TAGS = re.compile(r"(?<![\w&#])[#＃]\w*[^\W\d_]\w*|(?<![\w@])@[\w.]{1,30}\w")


@dataclass(frozen=True)
class Run:
    """A piece of the text drawn one way: plain, or as a hashtag, mention or link."""

    kind: str
    text: str


@dataclass(frozen=True)
class MediaFrame:
    """The media box of a preview: what it holds and its width:height."""

    kind: str  # image, gif, video, document or link (a link card)
    ratio: float  # width / height
    count: int = 1  # more than one: a carousel (the box shows the first)


@dataclass(frozen=True)
class PreviewText:
    """The text as the feed shows it."""

    runs: tuple[Run, ...]
    cut: bool  # True: the feed hides the rest behind "… more"


def text_runs(text: str) -> list[Run]:
    """``text`` split into plain, hashtag, mention and link runs, in order."""
    marks = [(start, end, LINK) for start, end in link_spans(text)]
    for match in _TAGS.finditer(text):
        if not any(s <= match.start() < e for s, e, _ in marks):
            kind = HASHTAG if match.group(0)[0] in "#＃" else MENTION
            marks.append((match.start(), match.end(), kind))
    runs: list[Run] = []
    at = 0
    for start, end, kind in sorted(marks):
        if start > at:
            runs.append(Run(TEXT, text[at:start]))
        runs.append(Run(kind, text[start:end]))
        at = end
    if at < len(text):
        runs.append(Run(TEXT, text[at:]))
    return runs


def fold(text: str, characters: int | None, lines: int | None = None) -> tuple[str, bool]:
    """The part of ``text`` a feed shows before "… more", and whether it was cut.

    Cut after ``lines`` lines or ``characters`` characters, whichever comes first, at
    the last space before the cut when there is one in its last third (feeds cut
    between words).
    """
    text = text.strip()
    end = len(text)
    if lines is not None:
        breaks = [m.start() for m in re.finditer("\n", text)]
        if len(breaks) >= lines:
            end = breaks[lines - 1]
    if characters is not None and end > characters:
        end = characters
        space = text.rfind(" ", 0, end + 1)
        if space > characters * 2 // 3:
            end = space
    if end >= len(text):
        return text, False
    return text[:end].rstrip(), True


def preview_text(
    network: str, text: str, hashtags: str = "", link: str = "", *, expanded: bool = False
) -> PreviewText:
    """The post's text as ``network`` shows it in the feed (``expanded``: all of it)."""
    limits = limits_for(network)
    message = published_text(text, hashtags, link)
    characters = limits.shown_before_more.value if limits.shown_before_more else None
    lines = limits.lines_before_more.value if limits.lines_before_more else None
    shown, cut = (message, False) if expanded else fold(message, characters, lines)
    runs = text_runs(shown)
    if network == "x":  # X shows a link without its scheme, cut after 23 characters
        runs = [Run(LINK, display_link(r.text)) if r.kind == LINK else r for r in runs]
    return PreviewText(tuple(runs), cut)


def display_link(link: str, length: int = 23) -> str:
    """'boulangerie-martin.fr/ga…' : a link as X writes it in a post."""
    bare = re.sub(r"^[a-z]+://", "", link.strip(), flags=re.IGNORECASE)
    bare = bare[4:] if bare.lower().startswith("www.") else bare
    return bare if len(bare) <= length else bare[:length] + "…"


def media_frame(network: str, media: Sequence[MediaFacts], link: str = "") -> MediaFrame | None:
    """The media box: the first medium's kind in the network's ratio, else a link card
    where the network draws one, else None (a text-only post)."""
    limits = limits_for(network)
    aspects: dict[str, list[int]] = dict(limits.media_aspects.value) if limits.media_aspects else {}
    if media:
        kind = media[0].kind or "image"
        width, height = aspects.get(kind) or aspects.get("image") or [1, 1]
        return MediaFrame(kind, width / height, len(media))
    if link.strip() and "link" in aspects:
        width, height = aspects["link"]
        return MediaFrame("link", width / height)
    return None


def link_domain(link: str) -> str:
    """'boulangerie-martin.fr' from 'https://www.boulangerie-martin.fr/galettes?x=1'."""
    bare = re.sub(r"^[a-z]+://", "", link.strip(), flags=re.IGNORECASE)
    bare = bare.split("/", 1)[0].split("?", 1)[0]
    return bare[4:] if bare.lower().startswith("www.") else bare
