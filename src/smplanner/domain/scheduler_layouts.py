"""Posts laid out in a scheduler's bulk-upload CSV, and the posts that cannot go.

The layouts are data (resources/data/scheduler_layouts.json, with sources); this
module applies them: which posts a tool can take (date, network, text length,
limits), the cells of each row, and one file per channel where the tool asks for
it. Pure: no files, no Qt; ``now`` is passed in so tests can fix it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.networks import network as network_info
from smplanner.domain.post_refs import PostRef
from smplanner.domain.spreadsheet_cells import guard_cell, is_formula_like
from smplanner.resources import load_json

# Why a post is left out (skipped) or exported with something to finish by hand.
REASONS = {
    "no_date": "it has no date (an idea)",
    "published": "it is already published",
    "past": "its time {when} has passed",
    "too_soon": "{tool} needs it at least {minutes} minutes after the upload",
    "network_unsupported": "{tool} cannot publish on {network} from a CSV file",
    "needs_board": "{tool} needs a Pinterest board name, which the plan does not hold",
    "too_long": "{network} allows {limit} characters and this text has {length}: shorten it",
    "empty": "it has no text and no image address",
    "too_close": "{tool} needs {minutes} minutes between posts; the previous one is at {when}",
    "over_limit": "{tool} takes at most {limit} posts per file",
    "local_media": "its media are files on this computer: attach them in {tool}",
    "first_comment": "{tool} does not take the first comment from the file: add it there",
    "formula_guard": (
        "its text starts with '{start}', which spreadsheets run as a formula, so the file "
        "has an apostrophe before it: remove the apostrophe in {tool} before publishing"
    ),
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
    byte_order_mark: bool = False
    datetime_format: str = ""
    date_format: str = ""
    date_format_month_first: str = ""
    time_format: str = ""
    min_gap_minutes: int = 0
    min_lead_minutes: int = 0
    text_required_unless_image: bool = True


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
    """Rows for one file; ``channel`` is (network, account) when the tool wants one each."""

    channel: tuple[str, str] | None
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


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


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("data", "scheduler_layouts.json")
    return data


@cache
def scheduler_layouts() -> tuple[SchedulerLayout, ...]:
    """Every scheduler smplanner can write for, in display order."""
    layouts = []
    for item in _data()["schedulers"]:
        values = dict(item)
        values["header"] = tuple(item["header"]) if item["header"] is not None else None
        values["columns"] = tuple(item["columns"])
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
    value = _data()["text_limits"].get(network_id)
    return int(value) if value is not None else None


def is_web_address(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


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


def _cell(
    kind: str, post: PostRef, local: datetime, layout: SchedulerLayout, day_first: bool
) -> str:
    images = [m for m in post.media if is_web_address(m)]
    if kind == "message":
        return message_of(post, link_in_text="link" not in layout.columns)
    if kind == "link":
        return post.link.strip() if is_web_address(post.link) else ""
    if kind == "image_url":
        return images[0] if images else ""
    if kind == "datetime":
        return local.strftime(layout.datetime_format)
    if kind == "date":
        month_first = not day_first and layout.date_format_month_first
        return local.strftime(layout.date_format_month_first if month_first else layout.date_format)
    if kind == "time":
        return local.strftime(layout.time_format)
    if kind == "draft":
        return "TRUE" if post.status in {"idea", "draft"} else "FALSE"
    if kind.startswith("network:"):
        return "TRUE" if kind.split(":", 1)[1] == post.network else "FALSE"
    if kind.startswith("picture_url:"):
        number = int(kind.split(":", 1)[1])
        return images[number - 1] if number <= len(images) else ""
    if kind == "first_comment":
        return post.first_comment.strip()
    return ""


def _refusal(post: PostRef, layout: SchedulerLayout, now: datetime) -> ExportNote | None:
    """Why this post cannot go into the layout at all, or None."""

    def note(code: str, **params: Any) -> ExportNote:
        return ExportNote(post.id, post.network, post.scheduled_at, code, params)

    tool = layout.name
    name = network_info(post.network).name
    if post.scheduled_at is None:
        return note("no_date")
    if post.status == "published":
        return note("published")
    if post.network in layout.networks_refused:
        return note(layout.networks_refused[post.network], tool=tool, network=name)
    if post.network not in layout.networks:
        return note("network_unsupported", tool=tool, network=name)
    if post.scheduled_at <= now:
        return note("past", when=post.scheduled_at.strftime("%Y-%m-%d %H:%M"))
    if post.scheduled_at < now + timedelta(minutes=layout.min_lead_minutes):
        return note("too_soon", tool=tool, minutes=layout.min_lead_minutes)
    message = message_of(post, link_in_text="link" not in layout.columns)
    limit = text_limit(post.network)
    if limit is not None and len(message) > limit:
        return note("too_long", network=name, limit=limit, length=len(message))
    has_image = any(is_web_address(m) for m in post.media)
    if layout.text_required_unless_image and not message and not has_image:
        return note("empty")
    return None


def _to_finish(post: PostRef, layout: SchedulerLayout, message: str) -> list[ExportNote]:
    notes = []
    if is_formula_like(message):
        # Every CSV is guarded against formulas; the tool would publish the apostrophe.
        start = repr(message[0])[1:-1]
        notes.append(_note(post, "formula_guard", skipped=False, tool=layout.name, start=start))
    if any(not is_web_address(m) for m in post.media):
        notes.append(_note(post, "local_media", skipped=False, tool=layout.name))
    if post.first_comment.strip() and "first_comment" not in layout.columns:
        notes.append(_note(post, "first_comment", skipped=False, tool=layout.name))
    return notes


def lay_out(
    posts: Iterable[PostRef],
    layout: SchedulerLayout,
    *,
    zone: ZoneInfo,
    now: datetime,
    day_first: bool = True,
    header: Sequence[str] | None = None,
) -> SchedulerExport:
    """Rows of the posts a tool can take, one file per channel if it wants, and notes.

    ``header`` replaces the layout's own (a template downloaded from the tool):
    columns are then filled by name and unknown ones left blank.
    """
    if header is not None and layout.header is not None:
        known = dict(zip(layout.header, layout.columns, strict=True))
        given = tuple(name.strip() for name in header)
        layout = replace(layout, header=given, columns=tuple(known.get(n, "empty") for n in given))
    columns = layout.columns
    names = layout.header
    notes: list[ExportNote] = []
    by_channel: dict[tuple[str, str] | None, list[PostRef]] = {}
    for post in sorted(posts, key=lambda p: (p.scheduled_at is None, p.scheduled_at, p.id)):
        refusal = _refusal(post, layout, now)
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
            cells = [_cell(kind, post, local, layout, day_first) for kind in columns]
            rows.append(tuple(guard_cell(cell) for cell in cells))
            message = cells[columns.index("message")] if "message" in columns else ""
            notes.extend(_to_finish(post, layout, message))
            previous = post.scheduled_at
        if rows:
            files.append(SchedulerFile(channel, names, tuple(rows)))
    return SchedulerExport(tuple(files), tuple(notes))


def _note(post: PostRef, code: str, *, skipped: bool = True, **params: Any) -> ExportNote:
    return ExportNote(post.id, post.network, post.scheduled_at, code, params, skipped)
