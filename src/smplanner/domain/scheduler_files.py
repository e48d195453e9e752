"""Posts laid out in a scheduler's bulk-upload CSV files, and the notes of the export.

The posts a tool can take (scheduler_checks.py) go in time order, one file per
channel where the tool asks for it, numbered files where it takes only so many
posts per file (fewer on its free plan), each row's cells from scheduler_cells.py,
guarded against formulas. Pure: no files, no Qt; ``now`` is passed in so tests can
fix it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostRef
from smplanner.domain.scheduler_cells import cell
from smplanner.domain.scheduler_checks import notes_to_finish, refusal
from smplanner.domain.scheduler_layouts import SchedulerLayout, posts_per_file
from smplanner.domain.scheduler_notes import ExportNote, NotedExport, note_for
from smplanner.domain.spreadsheet_cells import guard_cell


@dataclass(frozen=True)
class SchedulerFile:
    """Rows for one file; ``channel`` is (network, account) when the tool wants one each,
    ``part`` the file's number when the tool takes only so many posts per file."""

    channel: tuple[str, str] | None
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    part: int | None = None


@dataclass(frozen=True)
class SchedulerExport(NotedExport):
    files: tuple[SchedulerFile, ...]
    notes: tuple[ExportNote, ...]

    @property
    def row_count(self) -> int:
        return sum(len(f.rows) for f in self.files)


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
        why = refusal(post, layout, now, ready_only)
        if why is not None:
            notes.append(why)
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
                notes.append(note_for(post, "over_limit", tool=layout.name, limit=layout.max_rows))
                continue
            gap = timedelta(minutes=layout.min_gap_minutes)
            if previous is not None and gap and post.scheduled_at - previous < gap:
                when = previous.astimezone(zone).strftime("%Y-%m-%d %H:%M")
                notes.append(
                    note_for(
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
            notes.extend(notes_to_finish(post, layout, message))
            previous = post.scheduled_at
        files += _split(channel, layout.header, rows, posts_per_file(layout, free_plan))
    return SchedulerExport(tuple(files), tuple(notes))


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
