"""Links tagged for the client's web analytics: utm_source = the network, utm_medium =
social, utm_campaign = the post's campaign (Google Analytics' campaign parameters).
No Qt, no SQL."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MEDIUM = "social"
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")


def slug(name: str) -> str:
    """'galette-des-rois-2027' from 'Galette des rois 2027 !' (what analytics group by)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def with_utm(
    link: str, source: str, *, medium: str = MEDIUM, campaign: str = "", content: str = ""
) -> str:
    """``link`` with its UTM parameters set (earlier ones replaced, other parameters and
    the #fragment kept); a link without a scheme gets https://. Empty values are left out."""
    link = link.strip()
    if not link:
        return ""
    if "://" not in link:
        link = "https://" + link
    parts = urlsplit(link)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in UTM_KEYS]
    tags = [
        ("utm_source", source),
        ("utm_medium", medium),
        ("utm_campaign", slug(campaign) if campaign else ""),
        ("utm_content", content),
    ]
    query = urlencode(kept + [(k, v) for k, v in tags if v])
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, parts.fragment))


def utm_of(link: str) -> dict[str, str]:
    """The UTM parameters a link carries."""
    return {k: v for k, v in parse_qsl(urlsplit(link.strip()).query) if k in UTM_KEYS}
