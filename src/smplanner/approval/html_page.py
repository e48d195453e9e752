"""Write the approval page: one HTML file holding everything (styles, script, photos
as data URIs, the posts as inert JSON), so that it opens from an e-mail in any
browser, offline, and loads nothing from anywhere (its Content-Security-Policy
forbids it too).

The posts are embedded as JSON in a <script type="application/json"> block with
every "<", ">" and "&" escaped, and the page's script shows them with textContent:
a post's text, however hostile, stays text.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from smplanner.approval.page_texts import page_texts
from smplanner.domain.approval_answers import SentRound
from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.resource_files import read_text

IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
MAX_IMAGE_BYTES = 3_000_000  # per photo; a larger one is named, not embedded
MAX_PAGE_IMAGES_BYTES = 40_000_000  # the whole page stays an e-mail attachment

CSP = (
    "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class PageRequest:
    """Who the page is for and which posts it shows."""

    plan_id: str
    client: str
    language: str
    period: str  # as the client reads it: "March 2027", "du 1er au 15 mars 2027"
    posts: list[PostRef]
    sent: SentRound
    base_folder: Path | None = None  # where relative media paths are read from


def _when(post: PostRef, language: str) -> str:
    assert post.scheduled_at is not None
    moment = post.scheduled_at
    if language == "fr":
        days = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
        months = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ]
        return (
            f"{days[moment.weekday()]} {moment.day} {months[moment.month - 1]} "
            f"{moment.year} à {moment:%H:%M}"
        )
    return f"{moment:%A %-d %B %Y, %H:%M}"


def _media(post: PostRef, base: Path | None, budget: list[int]) -> tuple[list[str], list[str]]:
    """(data URIs of the photos embedded, names of the media left out)."""
    images: list[str] = []
    left_out: list[str] = []
    for item in post.media:
        path = Path(item)
        if not path.is_absolute() and base is not None:
            path = base / path
        kind = IMAGE_TYPES.get(path.suffix.lower())
        try:
            size = path.stat().st_size if kind else -1
        except OSError:
            size = -1
        if kind is None or size < 0 or size > MAX_IMAGE_BYTES or size > budget[0]:
            left_out.append(path.name)
            continue
        budget[0] -= size
        images.append(f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode())
    return images, left_out


def _post_data(post: PostRef, request: PageRequest, budget: list[int]) -> dict[str, Any]:
    info = network(post.network)
    images, left_out = _media(post, request.base_folder, budget)
    return {
        "id": post.id,
        "network": post.network,
        "network_name": info.name,
        "network_colour": info.color,
        "when": _when(post, request.language),
        "title": post.title,
        "text": post.text,
        "hashtags": post.hashtags,
        "link": post.link,
        "first_comment": post.first_comment,
        "images": images,
        "left_out": left_out,
    }


def inert_json(value: Any) -> str:
    """JSON that cannot close its <script> block nor start markup."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def answers_file_name(client: str, day: date) -> str:
    safe = re.sub(r"[^\w-]+", "-", client, flags=re.UNICODE).strip("-")[:40] or "client"
    return f"answers-{safe}-{day.isoformat()}.json"


def page_html(request: PageRequest, today: date | None = None) -> str:
    """The whole page as text."""
    texts = page_texts(request.language)
    budget = [MAX_PAGE_IMAGES_BYTES]
    sent_on = datetime.fromisoformat(request.sent.sent_at).date()
    data = {
        "plan_id": request.plan_id,
        "round_id": request.sent.round_id,
        "client": request.client,
        "period": request.period,
        "sent_on": sent_on.strftime("%d/%m/%Y" if request.language == "fr" else "%Y-%m-%d"),
        "answers_file": answers_file_name(request.client, today or sent_on),
        "texts": texts,
        "posts": [_post_data(p, request, budget) for p in request.posts],
    }
    css = read_text("approval", "page.css")
    script = read_text("approval", "page.js")
    lang = "fr" if request.language == "fr" else "en"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title></title>
<style>
{css}</style>
</head>
<body>
<header><h1 id="title"></h1><p id="intro"></p><p id="sent"></p></header>
<main id="posts"></main>
<footer><div class="inner"><span id="progress"></span>
<button type="button" id="copy"></button>
<button type="button" id="download" class="primary"></button>
<textarea id="copy-box" readonly></textarea></div></footer>
<script type="application/json" id="round-data">{inert_json(data)}</script>
<script>
{script}</script>
</body>
</html>
"""


def write_page(request: PageRequest, target: Path) -> Path:
    """Write the page to ``target`` (through a temporary file: never half a page)."""
    text = page_html(request)
    partial = target.with_name(target.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return target
