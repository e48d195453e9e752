"""What each network accepts in one post, and a post measured against it.

The figures and their sources live in resources/data/network_limits.json; this module
counts a text the way each network counts it (X: twitter-text v3 weights, every link
23; TikTok: UTF-16 units; the others: characters after NFC normalisation), counts
hashtags and media, and says which limits a post is over. No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.resource_files import load_json

POST_LIMIT = "post_limit"  # the RuleWarning kind of a post over one of its network's limits

# What a LimitCheck measures.
TEXT = "text"
HASHTAGS = "hashtags"
MEDIA = "media"
VIDEOS = "videos"
TITLE = "title"
MEDIA_KIND = "media_kind"
MEDIA_REQUIRED = "media_required"
VIDEO_SECONDS = "video_seconds"
MEDIA_BYTES = "media_bytes"  # the largest file over its kind's size limit
IMAGE_WIDTH = "image_width"  # the narrowest image under the network's minimum (a minimum)

# twitter-text v3 (config/v3.json): weights in hundredths, code point ranges at 100.
_X_SCALE = 100
_X_DEFAULT_WEIGHT = 200
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_KEYCAP_BASES = frozenset("0123456789#*")  # ASCII that may start an emoji (1️⃣, #️⃣)

_EXTENSIONS = {
    "image": {"jpg", "jpeg", "png", "webp", "heic", "heif", "bmp", "tif", "tiff"},
    "gif": {"gif"},
    "video": {"mp4", "mov", "m4v", "avi", "webm", "mkv", "mpeg", "mpg", "3gp"},
    "document": {"pdf", "ppt", "pptx", "doc", "docx"},
}

# Links as twitter-text finds them, simplified: a scheme or "www.", or a bare domain
# with a common top-level domain (not an e-mail address); trailing punctuation is
# not part of the link.
_TLDS = (
    "com|org|net|fr|io|co|eu|be|ch|ca|de|uk|es|it|info|biz|app|dev|shop|store|paris|"
    "bzh|alsace|corsica|me|tv|ly|gl|gg|ai|re|lu|mc|ma|sn|ci|qc|pro|online|site|blog"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]}'\"»…"
# A hashtag: '#' not inside a word, then letters/digits/underscore with one letter at least.
_HASHTAG = re.compile(r"(?<![\w&#])[#＃](\w*[^\W\d_]\w*)")


@dataclass(frozen=True)
class Limit:
    """One published figure and the page it comes from."""

    value: Any
    source: str
    note: str = ""


@dataclass(frozen=True)
class NetworkLimits:
    """What one network accepts in one post (None where it sets no limit)."""

    network: str
    counting: str = "code_points"
    text_max: Limit | None = None
    url_length: Limit | None = None
    hashtags_max: Limit | None = None
    media_max: Limit | None = None
    videos_max: Limit | None = None
    media_kinds: Limit | None = None
    media_required: Limit | None = None
    video_max_seconds: Limit | None = None
    title_max: Limit | None = None
    # What the preview needs: where the feed cuts the text, the media frames.
    shown_before_more: Limit | None = None
    lines_before_more: Limit | None = None
    media_aspects: Limit | None = None  # {kind: [width, height]}
    image_max_bytes: Limit | None = None
    gif_max_bytes: Limit | None = None
    video_max_bytes: Limit | None = None
    image_min_width: Limit | None = None


@dataclass(frozen=True)
class MediaFacts:
    """What the checks need to know of one attached file."""

    name: str
    kind: str | None = None  # image, gif, video, document; None when unknown
    seconds: float | None = None  # a video's length, when known
    size: int | None = None  # bytes, when known
    width: int | None = None  # pixels, when known

    @classmethod
    def of(cls, name: str) -> MediaFacts:
        return cls(name, media_kind(name))


@dataclass(frozen=True)
class LimitCheck:
    """One figure of a post measured against one limit of its network."""

    what: str
    value: float
    limit: float
    source: str
    detail: str = ""  # MEDIA_KIND: the kinds refused, comma-separated

    @property
    def over(self) -> bool:
        """True when the post breaks this limit (MEDIA_REQUIRED is a minimum)."""
        if self.what in (MEDIA_REQUIRED, IMAGE_WIDTH):
            return self.value < self.limit
        return self.value > self.limit


@cache
def _data() -> dict[str, Any]:
    return dict(load_json("data", "network_limits.json")["networks"])


def _limit(entry: dict[str, Any] | None) -> Limit | None:
    if entry is None:
        return None
    return Limit(entry["value"], entry["source"], entry.get("note", ""))


@cache
def limits_for(network_id: str) -> NetworkLimits:
    """The limits of this network (none at all for a network the data file omits)."""
    entry = _data().get(network_id)
    if entry is None:
        return NetworkLimits(network_id)
    fields = {
        name: _limit(entry.get(name))
        for name in NetworkLimits.__dataclass_fields__
        if name not in ("network", "counting")
    }
    return NetworkLimits(network_id, entry.get("counting", "code_points"), **fields)


def link_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each link in ``text``, trailing punctuation left out."""
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _is_pictographic(code: int) -> bool:
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2300 <= code <= 0x23FF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0x2190 <= code <= 0x21FF
        or 0x25A0 <= code <= 0x25FF
        or code in (0x203C, 0x2049, 0x2122, 0x2139, 0x24C2, 0x2934, 0x2935, 0x3030, 0x303D)
        or code in (0x3297, 0x3299)
    )


def _modifiers_end(text: str, i: int) -> int:
    """Past the variation selector, skin tone and tag characters that follow a base."""
    while i < len(text):
        code = ord(text[i])
        selector = code in (0xFE0F, 0xFE0E, 0x20E3)
        if selector or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            i += 1
        else:
            break
    return i


def emoji_end(text: str, i: int) -> int:
    """The end of the emoji sequence starting at ``i`` (``i`` itself when none starts
    there): a flag, a keycap, or a pictograph with its modifiers and ZWJ parts."""
    code = ord(text[i])
    if 0x1F1E6 <= code <= 0x1F1FF:  # regional indicators pair into a flag
        if i + 1 < len(text) and 0x1F1E6 <= ord(text[i + 1]) <= 0x1F1FF:
            return i + 2
        return i + 1
    if text[i] in "0123456789#*" or code in (0xA9, 0xAE):
        # a keycap (1️⃣) or ©️/®️ is an emoji only with its selector
        j = i + 1
        if j < len(text) and ord(text[j]) == 0xFE0F:
            j += 1
        if j < len(text) and ord(text[j]) == 0x20E3:
            return j + 1
        return j if j > i + 1 and code in (0xA9, 0xAE) else i
    if not _is_pictographic(code):
        return i
    end = _modifiers_end(text, i + 1)
    while end + 1 < len(text) and ord(text[end]) == 0x200D and _is_pictographic(ord(text[end + 1])):
        end = _modifiers_end(text, end + 2)
    return end


def _x_weight(code: int) -> int:
    for start, end in _X_LIGHT_RANGES:
        if start <= code <= end:
            return 100
    return _X_DEFAULT_WEIGHT


def x_weighted_length(text: str, url_length: int = 23) -> int:
    """The length X gives ``text`` (twitter-text v3): NFC first, each link counts
    ``url_length``, an emoji sequence 2, most Latin/Greek/Cyrillic… characters 1 and
    CJK and other characters 2."""
    text = unicodedata.normalize("NFC", text)
    spans = link_spans(text)
    if text.isascii():  # every ASCII character weighs 1 and none starts an emoji
        linked = sum(end - start for start, end in spans)
        return len(text) - linked + url_length * len(spans)
    weight = 0
    at = 0
    for start, end in [*spans, (len(text), len(text))]:
        weight += _segment_weight(text[at:start])
        if end > start:
            weight += url_length * _X_SCALE
        at = end
    return weight // _X_SCALE


def _segment_weight(text: str) -> int:
    """twitter-text weight of text with no link in it (hundredths)."""
    if text.isascii() and not any(c in _KEYCAP_BASES for c in text):
        return 100 * len(text)
    weight = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char < "\x80" and char not in _KEYCAP_BASES:  # most characters: weight 1
            weight += 100
            i += 1
            continue
        end = emoji_end(text, i)
        if end > i:
            weight += _X_DEFAULT_WEIGHT
            i = end
            continue
        weight += _x_weight(ord(char))
        i += 1
    return weight


def text_length(text: str, counting: str, url_length: int = 23) -> int:
    """``text`` measured as a network counts it (``counting`` from the data file)."""
    if counting == "x_weighted":
        return x_weighted_length(text, url_length)
    normalized = unicodedata.normalize("NFC", text)
    if counting == "utf16":
        return len(normalized.encode("utf-16-le")) // 2
    return len(normalized)


def hashtags_in(text: str) -> list[str]:
    """The hashtags of ``text`` in order, without '#' (a '#' inside a link is not one)."""
    if "#" not in text and "＃" not in text:
        return []
    # Links blanked out first (same length, so nothing else moves): '#' in a link is not one.
    for start, end in link_spans(text) if "." in text else ():
        text = text[:start] + " " * (end - start) + text[end:]
    return [match.group(1) for match in _HASHTAG.finditer(text)]


def published_text(text: str, hashtags: str = "", link: str = "") -> str:
    """What the network receives: the text, then the hashtags and the link unless
    they are in it already (the same assembly as the scheduler exports)."""
    message = text.strip()
    tags = hashtags.strip()
    if tags and tags not in message:
        message = f"{message}\n\n{tags}" if message else tags
    url = link.strip()
    if url and url not in message:
        message = f"{message}\n{url}" if message else url
    return message


def media_kind(name: str) -> str | None:
    """image, gif, video or document from a file name or address; None if unknown."""
    base = name.split("?", 1)[0].rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    suffix = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    for kind, extensions in _EXTENSIONS.items():
        if suffix in extensions:
            return kind
    return None


def measure(
    network: str,
    text: str,
    *,
    hashtags: str = "",
    link: str = "",
    title: str = "",
    media: Sequence[MediaFacts] = (),
) -> list[LimitCheck]:
    """Every counter of a post for its network (over or not), in the composer's order."""
    limits = limits_for(network)
    message = published_text(text, hashtags, link)
    checks: list[LimitCheck] = []

    def add(what: str, value: Callable[[], float], limit: Limit | None) -> None:
        if limit is not None and limit.value is not None:  # measured only when limited
            checks.append(LimitCheck(what, value(), limit.value, limit.source))

    url_length = int(limits.url_length.value) if limits.url_length else 23
    add(TEXT, lambda: text_length(message, limits.counting, url_length), limits.text_max)
    add(HASHTAGS, lambda: len(hashtags_in(message)), limits.hashtags_max)
    add(TITLE, lambda: text_length(title, limits.counting, url_length), limits.title_max)
    add(MEDIA, lambda: len(media), limits.media_max)
    add(VIDEOS, lambda: sum(1 for m in media if m.kind == "video"), limits.videos_max)
    if limits.media_kinds is not None:
        allowed = set(limits.media_kinds.value)
        refused = sorted({m.kind for m in media if m.kind is not None and m.kind not in allowed})
        checks.append(
            LimitCheck(MEDIA_KIND, len(refused), 0, limits.media_kinds.source, ", ".join(refused))
        )
    if limits.media_required is not None and limits.media_required.value:
        checks.append(LimitCheck(MEDIA_REQUIRED, len(media), 1, limits.media_required.source))
    seconds = [m.seconds for m in media if m.kind == "video" and m.seconds is not None]
    if seconds:
        add(VIDEO_SECONDS, lambda: max(seconds), limits.video_max_seconds)
    checks += _file_checks(media, limits)
    return checks


def _file_checks(media: Sequence[MediaFacts], limits: NetworkLimits) -> list[LimitCheck]:
    """Files too heavy for their kind, images too narrow (known sizes only)."""
    checks = []
    caps = {"image": limits.image_max_bytes, "gif": limits.gif_max_bytes}
    caps["video"] = limits.video_max_bytes
    heavy = [
        (m.size / cap.value, m.size, cap)
        for m in media
        if m.size is not None and (cap := caps.get(m.kind or "")) is not None
    ]
    if heavy:
        _, size, cap = max(heavy, key=lambda item: item[0])
        checks.append(LimitCheck(MEDIA_BYTES, size, cap.value, cap.source))
    widths = [m.width for m in media if m.kind == "image" and m.width]
    if widths and limits.image_min_width is not None:
        minimum = limits.image_min_width
        checks.append(LimitCheck(IMAGE_WIDTH, min(widths), minimum.value, minimum.source))
    return checks


def problems(
    network: str,
    text: str,
    *,
    hashtags: str = "",
    link: str = "",
    title: str = "",
    media: Sequence[MediaFacts] = (),
) -> list[LimitCheck]:
    """The limits this post is over (empty when the network takes it as it is)."""
    checks = measure(network, text, hashtags=hashtags, link=link, title=title, media=media)
    return [check for check in checks if check.over]


def post_problems(
    post: PostRef, media_facts: Mapping[str, MediaFacts] | None = None
) -> list[LimitCheck]:
    """The limits a stored post is over; its media by what the plan knows of them
    (``media_facts``: kind, length, size by reference), else by their file names.

    Cached on what is measured: the warnings of a day are computed again after every
    change of that day, and most of its posts did not change."""
    known = media_facts or {}
    facts = tuple(known.get(name) or MediaFacts.of(name) for name in post.media)
    return list(
        _post_problems(post.network, post.text, post.hashtags, post.link, post.title, facts)
    )


@lru_cache(maxsize=65536)
def _post_problems(
    network: str, text: str, hashtags: str, link: str, title: str, media: tuple[MediaFacts, ...]
) -> tuple[LimitCheck, ...]:
    return tuple(
        problems(
            network,
            text,
            hashtags=hashtags,
            link=link,
            title=title,  # measured only where the network publishes a title
            media=media,
        )
    )


def limit_warnings(
    posts: Iterable[PostRef], media_facts: Mapping[str, MediaFacts] | None = None
) -> list[RuleWarning]:
    """One warning per limit a post is over, for the cards, the panel and `check`."""
    warnings = []
    for post in posts:
        for check in post_problems(post, media_facts):
            warnings.append(
                RuleWarning(
                    POST_LIMIT,
                    (post.id,),
                    post.network,
                    {
                        "what": check.what,
                        "value": check.value,
                        "limit": check.limit,
                        "detail": check.detail,
                        "source": check.source,
                    },
                )
            )
    return warnings
