"""A post's text counted as the networks count it: links found as twitter-text finds
them, emoji sequences, X's weighted length (twitter-text v3), UTF-16 units, hashtags,
and the text a network receives (text, hashtags, link). post_limits compares these
counts with each network's limits. No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata

# twitter-text v3 (config/v3.json): weights in hundredths, code point ranges at 100.
_X_SCALE = 100
_X_DEFAULT_WEIGHT = 200
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_KEYCAP_BASES = frozenset("0123456789#*")  # ASCII that may start an emoji (1️⃣, #️⃣)

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
