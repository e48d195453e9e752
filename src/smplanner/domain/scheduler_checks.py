"""Which posts a scheduler can take, and what the user must finish by hand in the tool.

A post is refused (left out, with the reason) when it has no date, is not ready, is
on a network the tool cannot publish, is past or too soon, too long for its network
or empty. A post written may still need a hand: media the CSV cannot carry, the
formula guard's apostrophe, a Pinterest board, a first comment. Pure: no files, no Qt.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from smplanner.domain.networks import network as network_info
from smplanner.domain.post_refs import PostRef
from smplanner.domain.scheduler_cells import (
    READY_TO_PUBLISH,
    has_video,
    is_web_address,
    message_of,
    web_images,
)
from smplanner.domain.scheduler_layouts import SchedulerLayout
from smplanner.domain.scheduler_notes import ExportNote, note_for
from smplanner.domain.spreadsheet_cells import is_formula_like


def text_limit(network_id: str) -> int | None:
    """The network's text limit, from domain/post_limits (network_limits.json, sourced)."""
    from smplanner.domain.post_limits import limits_for

    limit = limits_for(network_id).text_max
    return int(limit.value) if limit is not None else None


def counted_length(network_id: str, message: str) -> int:
    """``message`` counted as the network counts it (X: links 23, emoji 2…)."""
    from smplanner.domain.post_limits import limits_for, text_length

    limits = limits_for(network_id)
    url = int(limits.url_length.value) if limits.url_length else 23
    return text_length(message, limits.counting, url)


def refusal(
    post: PostRef, layout: SchedulerLayout, now: datetime, ready_only: bool
) -> ExportNote | None:
    """Why this post cannot go into the layout at all, or None (``now``: the upload)."""

    def note(code: str, **params: Any) -> ExportNote:
        return ExportNote(post.id, post.network, post.scheduled_at, code, params)

    tool = layout.name
    name = network_info(post.network).name
    if post.scheduled_at is None:
        return note("no_date")
    if post.status == "published":
        return note("published")
    if ready_only and post.status not in READY_TO_PUBLISH:
        return note("not_ready", status=post.status)
    if post.network in layout.networks_refused:
        code = layout.networks_refused[post.network]
        if code != "needs_board" or not post.account.strip():
            return note(code, tool=tool, network=name)
    elif post.network not in layout.networks:
        return note("network_unsupported", tool=tool, network=name)
    if post.scheduled_at <= now:
        return note("past", when=post.scheduled_at.strftime("%Y-%m-%d %H:%M"))
    if post.scheduled_at < now + timedelta(minutes=layout.min_lead_minutes):
        return note("too_soon", tool=tool, minutes=layout.min_lead_minutes)
    message = message_of(post, link_in_text="link" not in layout.columns)
    limit = text_limit(post.network)
    length = counted_length(post.network, message) if limit is not None else 0
    if limit is not None and length > limit:
        return note("too_long", network=name, limit=limit, length=length)
    has_image = any(is_web_address(m) for m in post.media)
    if layout.text_required_unless_image and not message and not has_image:
        return note("empty")
    return None


def _media_notes(post: PostRef, layout: SchedulerLayout) -> list[ExportNote]:
    """What the tool's CSV cannot carry of the post's media, to attach in the tool."""
    tool = layout.name
    if not post.media:
        return []
    if layout.media_columns == 0:
        return [note_for(post, "no_media_column", skipped=False, tool=tool, count=len(post.media))]
    notes = []
    if any(not is_web_address(m) for m in post.media):
        notes.append(note_for(post, "local_media", skipped=False, tool=tool))
    if layout.media_columns == 1:
        if has_video(post):
            notes.append(note_for(post, "video_media", skipped=False, tool=tool))
        extra = len(web_images(post)) - 1
        if extra > 0:
            notes.append(note_for(post, "one_image", skipped=False, tool=tool, count=extra))
    return notes


def notes_to_finish(post: PostRef, layout: SchedulerLayout, message: str) -> list[ExportNote]:
    """What to do by hand in the tool for a post written with ``message`` as its text."""
    notes = []
    if is_formula_like(message):
        # Every CSV is guarded against formulas; the tool would publish the apostrophe.
        start = repr(message[0])[1:-1]
        notes.append(note_for(post, "formula_guard", skipped=False, tool=layout.name, start=start))
    notes += _media_notes(post, layout)
    board_column = "board:pinterest" in layout.columns
    if post.network == "pinterest" and board_column and not post.account.strip():
        notes.append(note_for(post, "board_missing", skipped=False, tool=layout.name))
    if post.first_comment.strip() and "first_comment" not in layout.columns:
        notes.append(note_for(post, "first_comment", skipped=False, tool=layout.name))
    return notes
