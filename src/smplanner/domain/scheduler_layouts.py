"""Posts laid out in a scheduler's bulk-upload CSV, and the posts that cannot go.

The layouts are data (resources/data/scheduler_layouts.json, with sources); this
module applies them: which posts a tool can take (ready to publish, date, network,
text length, limits), one file per channel where the tool asks for it, numbered
files where it takes only so many posts per file, and a note for every post left
out or to finish by hand. The cells themselves: scheduler_cells.py. Pure: no
files, no Qt; ``now`` is passed in so tests can fix it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.networks import network as network_info
from smplanner.domain.post_refs import PostRef
from smplanner.domain.scheduler_cells import (
    READY_TO_PUBLISH,
    cell,
    has_video,
    is_web_address,
    message_of,
    web_images,
)
from smplanner.domain.spreadsheet_cells import guard_cell, is_formula_like
from smplanner.resources import load_json

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
class SchedulerLayout:
    """One tool's bulk-upload layout (see the data file for what each field means)."""

    id: str
    name: str
    source: str
    header: tuple[str, ...] | None
    columns: tuple[str, ...]
    networks: frozenset[str]
    networks_refused: dict[str, str]
    one_channel_per_file: bool = False
    max_rows: int | None = None
    split_every: int | None = None
    # The posts per file on the tool's free plan (Buffer: 10 queued per channel), if less.
    free_plan_split_every: int | None = None
    byte_order_mark: bool = False
    datetime_format: str = ""
    date_format: str = ""
    date_format_month_first: str = ""
    time_format: str = ""
    min_gap_minutes: int = 0
    min_lead_minutes: int = 0
    text_required_unless_image: bool = True

    @property
    def media_columns(self) -> int:
        """How many media addresses a row can carry (0: none, e.g. Hootsuite)."""
        if "image_url" in self.columns:
            return 1
        return sum(1 for kind in self.columns if kind.startswith("picture_url:"))


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


@dataclass(frozen=True)
class SchedulerFile:
    """Rows for one file; ``channel`` is (network, account) when the tool wants one each,
    ``part`` the file's number when the tool takes only so many posts per file."""

    channel: tuple[str, str] | None
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    part: int | None = None


@dataclass(frozen=True)
class SchedulerExport:
    files: tuple[SchedulerFile, ...]
    notes: tuple[ExportNote, ...]

    @property
    def skipped(self) -> list[ExportNote]:
        return [n for n in self.notes if n.skipped]

    @property
    def to_finish(self) -> list[ExportNote]:
        return [n for n in self.notes if not n.skipped]

    @property
    def row_count(self) -> int:
        return sum(len(f.rows) for f in self.files)


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


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("data", "scheduler_layouts.json")
    return data


def _columns(item: dict[str, Any]) -> tuple[str, ...]:
    columns = item["columns"]
    if isinstance(columns, dict):
        # A wide template: only the columns smplanner fills are named, the rest stay empty.
        return tuple(columns.get(name, "empty") for name in item["header"])
    return tuple(columns)


@cache
def scheduler_layouts() -> tuple[SchedulerLayout, ...]:
    """Every scheduler smplanner can write for, in display order."""
    layouts = []
    for item in _data()["schedulers"]:
        values = dict(item)
        values["header"] = tuple(item["header"]) if item["header"] is not None else None
        values["columns"] = _columns(item)
        values["networks"] = frozenset(item["networks"])
        layouts.append(SchedulerLayout(**values))
    return tuple(layouts)


def scheduler_layout(layout_id: str) -> SchedulerLayout:
    """The layout with this id; KeyError names it."""
    for layout in scheduler_layouts():
        if layout.id == layout_id:
            return layout
    raise KeyError(f"unknown scheduler {layout_id!r}")


def unsupported_schedulers() -> dict[str, str]:
    """Tools asked about that smplanner does not write for, with the reason."""
    return dict(_data()["not_supported"])


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


def _refusal(
    post: PostRef, layout: SchedulerLayout, now: datetime, ready_only: bool
) -> ExportNote | None:
    """Why this post cannot go into the layout at all, or None."""

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
        return [_note(post, "no_media_column", skipped=False, tool=tool, count=len(post.media))]
    notes = []
    if any(not is_web_address(m) for m in post.media):
        notes.append(_note(post, "local_media", skipped=False, tool=tool))
    if layout.media_columns == 1:
        if has_video(post):
            notes.append(_note(post, "video_media", skipped=False, tool=tool))
        extra = len(web_images(post)) - 1
        if extra > 0:
            notes.append(_note(post, "one_image", skipped=False, tool=tool, count=extra))
    return notes


def _to_finish(post: PostRef, layout: SchedulerLayout, message: str) -> list[ExportNote]:
    notes = []
    if is_formula_like(message):
        # Every CSV is guarded against formulas; the tool would publish the apostrophe.
        start = repr(message[0])[1:-1]
        notes.append(_note(post, "formula_guard", skipped=False, tool=layout.name, start=start))
    notes += _media_notes(post, layout)
    board_column = "board:pinterest" in layout.columns
    if post.network == "pinterest" and board_column and not post.account.strip():
        notes.append(_note(post, "board_missing", skipped=False, tool=layout.name))
    if post.first_comment.strip() and "first_comment" not in layout.columns:
        notes.append(_note(post, "first_comment", skipped=False, tool=layout.name))
    return notes


def _formats(layout: SchedulerLayout) -> dict[str, str]:
    return {
        "datetime": layout.datetime_format,
        "date": layout.date_format,
        "date_month_first": layout.date_format_month_first,
        "time": layout.time_format,
    }


def _with_template(layout: SchedulerLayout, header: Sequence[str] | None) -> SchedulerLayout:
    if header is None or layout.header is None:
        return layout
    known = dict(zip(layout.header, layout.columns, strict=True))
    given = tuple(name.strip() for name in header)
    return replace(layout, header=given, columns=tuple(known.get(n, "empty") for n in given))


def lay_out(
    posts: Iterable[PostRef],
    layout: SchedulerLayout,
    *,
    zone: ZoneInfo,
    now: datetime,
    day_first: bool = True,
    header: Sequence[str] | None = None,
    ready_only: bool = True,
    free_plan: bool = False,
) -> SchedulerExport:
    """Rows of the posts a tool can take, one file per channel if it wants, and notes.

    Only posts ready to publish go unless ``ready_only`` is False. ``header``
    replaces the layout's own (a template downloaded from the tool): columns are
    then filled by name and unknown ones left blank. ``free_plan`` numbers the files
    by the tool's free-plan limit (``free_plan_split_every``) where it has one.
    """
    layout = _with_template(layout, header)
    columns, formats = layout.columns, _formats(layout)
    link_in_text = "link" not in columns
    notes: list[ExportNote] = []
    by_channel: dict[tuple[str, str] | None, list[PostRef]] = {}
    for post in sorted(posts, key=lambda p: (p.scheduled_at is None, p.scheduled_at, p.id)):
        refusal = _refusal(post, layout, now, ready_only)
        if refusal is not None:
            notes.append(refusal)
            continue
        channel = (post.network, post.account) if layout.one_channel_per_file else None
        by_channel.setdefault(channel, []).append(post)
    files = []
    for channel, members in by_channel.items():
        rows: list[tuple[str, ...]] = []
        previous: datetime | None = None
        for post in members:
            assert post.scheduled_at is not None
            if layout.max_rows is not None and len(rows) >= layout.max_rows:
                notes.append(_note(post, "over_limit", tool=layout.name, limit=layout.max_rows))
                continue
            gap = timedelta(minutes=layout.min_gap_minutes)
            if previous is not None and gap and post.scheduled_at - previous < gap:
                when = previous.astimezone(zone).strftime("%Y-%m-%d %H:%M")
                notes.append(
                    _note(
                        post,
                        "too_close",
                        tool=layout.name,
                        minutes=layout.min_gap_minutes,
                        when=when,
                    )
                )
                continue
            local = post.scheduled_at.astimezone(zone)
            cells = [
                cell(kind, post, local, formats, day_first=day_first, link_in_text=link_in_text)
                for kind in columns
            ]
            rows.append(tuple(guard_cell(value) for value in cells))
            message = cells[columns.index("message")] if "message" in columns else ""
            notes.extend(_to_finish(post, layout, message))
            previous = post.scheduled_at
        files += _split(channel, layout.header, rows, posts_per_file(layout, free_plan))
    return SchedulerExport(tuple(files), tuple(notes))


def posts_per_file(layout: SchedulerLayout, free_plan: bool) -> int | None:
    """How many posts a file takes before the next numbered one (None: no limit)."""
    if free_plan and layout.free_plan_split_every is not None:
        return layout.free_plan_split_every
    return layout.split_every


def _split(
    channel: tuple[str, str] | None,
    header: tuple[str, ...] | None,
    rows: list[tuple[str, ...]],
    every: int | None,
) -> list[SchedulerFile]:
    """One file, or numbered files of ``every`` rows when there are more."""
    if not rows:
        return []
    if every is None or len(rows) <= every:
        return [SchedulerFile(channel, header, tuple(rows))]
    return [
        SchedulerFile(channel, header, tuple(rows[start : start + every]), part)
        for part, start in enumerate(range(0, len(rows), every), start=1)
    ]


def _note(post: PostRef, code: str, *, skipped: bool = True, **params: Any) -> ExportNote:
    return ExportNote(post.id, post.network, post.scheduled_at, code, params, skipped)
