"""Why a post is left out of a scheduler's file, or written with something to do by hand.

Each note has a code (REASONS: the sentence for one post, SUMMARIES: for several at
once, in the export's summary line); the window says the same in French
(ui/calendar/exchange_texts.py). Pure: no files, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from smplanner.domain.post_refs import PostRef

# Why a post is left out (skipped) or exported with something to finish by hand.
REASONS = {
    "no_date": "it has no date (an idea)",
    "published": "it is already published",
    "not_ready": (
        "it is not ready to publish (status: {status}): mark it ready, or export the "
        "posts not ready too"
    ),
    "past": "its time {when} has passed",
    "too_soon": "{tool} needs it at least {minutes} minutes after the upload",
    "network_unsupported": "{tool} cannot publish on {network} from a CSV file",
    "video_only": (
        "{tool}'s CSV carries text and one image only, so a {network} post cannot go "
        "through it: schedule it in {tool} itself"
    ),
    "needs_board": (
        "{tool} needs the Pinterest board: write the board's name in the post's account"
    ),
    "too_long": "{network} allows {limit} characters and this text has {length}: shorten it",
    "empty": "it has no text and no image address",
    "too_close": "{tool} needs {minutes} minutes between posts; the previous one is at {when}",
    "over_limit": "{tool} takes at most {limit} posts per file",
    "local_media": "its media are files on this computer: attach them in {tool}",
    "no_media_column": (
        "{tool}'s CSV carries no images or videos: attach its {count} media to the post "
        "in {tool} after the upload"
    ),
    "one_image": (
        "{tool}'s CSV carries one image: the file has the first, add the other {count} in {tool}"
    ),
    "video_media": "{tool}'s CSV carries no video: attach the video to the post in {tool}",
    "board_missing": "choose the Pinterest board in {tool} (the post's account is empty)",
    "first_comment": "{tool} does not take the first comment from the file: add it there",
    "formula_guard": (
        "its text starts with '{start}', which spreadsheets run as a formula, so the file "
        "has an apostrophe before it: remove the apostrophe in {tool} before publishing"
    ),
}

# The same reasons said of several posts at once, for the export's summary line.
SUMMARIES = {
    "no_date": "ideas without a date",
    "published": "already published",
    "not_ready": "not ready to publish (ideas, drafts, waiting for the client)",
    "past": "their time has passed",
    "too_soon": "too close to the upload",
    "network_unsupported": "on a network the tool cannot publish from a CSV file",
    "video_only": "on TikTok or YouTube, which the tool's CSV cannot carry",
    "needs_board": "Pinterest posts without a board",
    "too_long": "text too long for the network",
    "empty": "no text and no image",
    "too_close": "too close to the previous post",
    "over_limit": "over the tool's posts per file",
}


@dataclass(frozen=True)
class ExportNote:
    """A post left out (``skipped``) or exported with something to do by hand."""

    post_id: int
    network: str
    when: datetime | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    skipped: bool = True

    @property
    def reason(self) -> str:
        return REASONS[self.code].format(**self.params)

    def describe(self) -> str:
        when = self.when.strftime("%Y-%m-%d %H:%M") if self.when else "-"
        head = f"post {self.post_id} ({self.network}, {when})"
        return f"{head} {'skipped' if self.skipped else 'to finish'}: {self.reason}"


def left_out_counts(notes: Iterable[ExportNote]) -> list[tuple[str, int]]:
    """How many posts were left out for each reason, the most frequent first."""
    counts = Counter(note.code for note in notes if note.skipped)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def summary_line(written: int, notes: Iterable[ExportNote]) -> str:
    """'12 posts written, 5 left out: 3 not ready to publish (…), 2 on TikTok or …'."""
    counts = left_out_counts(notes)
    line = f"{written} post{'' if written == 1 else 's'} written"
    if not counts:
        return line + "."
    parts = ", ".join(f"{count} {SUMMARIES[code]}" for code, count in counts)
    return f"{line}, {sum(c for _, c in counts)} left out: {parts}."


def note_for(post: PostRef, code: str, *, skipped: bool = True, **params: Any) -> ExportNote:
    """A note about ``post`` (left out unless ``skipped`` is False)."""
    return ExportNote(post.id, post.network, post.scheduled_at, code, params, skipped)


class NotedExport:
    """An export's notes read two ways: the posts it left out, and those it wrote that
    still need a hand in the tool."""

    notes: Sequence[ExportNote]

    @property
    def skipped(self) -> list[ExportNote]:
        return [n for n in self.notes if n.skipped]

    @property
    def to_finish(self) -> list[ExportNote]:
        """Posts written that need a hand in the tool (media to attach…)."""
        return [n for n in self.notes if not n.skipped]
