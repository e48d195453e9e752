"""What goes in each cell of a scheduler's bulk-upload row, from one post.

A layout names each column's kind (see resources/data/scheduler_layouts.json);
``cell`` fills it. Kinds that belong to one network (``title:youtube``,
``board:pinterest``, ``post_type:instagram``…) stay empty on the other networks'
rows, so that a wide template (Metricool) gets them only where they mean something.
Pure: no files, no Qt.
"""

from __future__ import annotations

from datetime import datetime

from smplanner.domain.post_limits import media_kind
from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus

# The statuses a scheduler export takes unless the user asks for every post: the
# post is finished (ready), approved by the client or already booked in the tool.
# Ideas, drafts, posts to approve and posts with changes requested stay out.
READY_TO_PUBLISH = frozenset({PostStatus.READY, PostStatus.APPROVED, PostStatus.SCHEDULED})
TITLE_LENGTH = 100  # YouTube titles and Pinterest pin titles stop at 100 characters


def is_web_address(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def web_media(post: PostRef) -> list[str]:
    """The post's media given as http(s) addresses: the only ones a CSV can carry."""
    return [m.strip() for m in post.media if is_web_address(m)]


def web_images(post: PostRef) -> list[str]:
    return [m for m in web_media(post) if media_kind(m) != "video"]


def has_video(post: PostRef) -> bool:
    return any(media_kind(m) == "video" for m in post.media)


def message_of(post: PostRef, *, link_in_text: bool) -> str:
    """The text a tool publishes: the text, then hashtags and link unless already in it."""
    message = post.text.strip()
    hashtags = post.hashtags.strip()
    if hashtags and hashtags not in message:
        message = f"{message}\n\n{hashtags}" if message else hashtags
    link = post.link.strip()
    if link_in_text and link and link not in message:
        message = f"{message}\n{link}" if message else link
    return message


def headline(post: PostRef, limit: int = TITLE_LENGTH) -> str:
    """The post's title, else its first line, cut to ``limit`` characters."""
    first_line = next((line.strip() for line in post.text.splitlines() if line.strip()), "")
    text = post.title.strip() or first_line
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def post_type(post: PostRef) -> str:
    """Metricool's post type from the media the plan holds: a video is a reel,
    several images a carousel, anything else a post (stories are not planned here)."""
    if has_video(post):
        return "REEL"
    if post.network == "instagram" and len(post.media) > 1:
        return "CAROUSEL"
    return "POST"


def _network_cell(what: str, post: PostRef) -> str:
    if what == "title":
        return headline(post)
    if what == "link":
        return post.link.strip() if is_web_address(post.link) else ""
    if what == "board":
        # A Pinterest pin goes to a board of the account: the plan keeps it as the account.
        return post.account.strip()
    if what == "post_type":
        return post_type(post)
    if what == "reel_on_feed":
        return "TRUE" if post_type(post) == "REEL" else "FALSE"
    return ""


def cell(
    kind: str,
    post: PostRef,
    local: datetime,
    formats: dict[str, str],
    *,
    day_first: bool,
    link_in_text: bool,
) -> str:
    """One cell of ``kind`` for a post at wall-clock time ``local``.

    ``formats`` holds the layout's strftime patterns (datetime, date,
    date_month_first, time).
    """
    if kind == "message":
        return message_of(post, link_in_text=link_in_text)
    if kind == "link":
        return post.link.strip() if is_web_address(post.link) else ""
    if kind == "image_url":
        images = web_images(post)
        return images[0] if images else ""
    if kind == "datetime":
        return local.strftime(formats["datetime"])
    if kind == "date":
        month_first = not day_first and formats["date_month_first"]
        return local.strftime(formats["date_month_first"] if month_first else formats["date"])
    if kind == "time":
        return local.strftime(formats["time"])
    if kind == "draft":  # Metricool keeps what is not ready to publish as a draft
        return "FALSE" if post.status in READY_TO_PUBLISH else "TRUE"
    if kind == "first_comment":
        return post.first_comment.strip()
    name, _, argument = kind.partition(":")
    if name == "network":
        return "TRUE" if argument == post.network else "FALSE"
    if name == "picture_url":
        media = web_media(post)
        number = int(argument)
        return media[number - 1] if number <= len(media) else ""
    if argument and argument == post.network:
        return _network_cell(name, post)
    return ""
