"""Export the calendar: schedulers' bulk-upload CSVs and smplanner's posts CSV.

(The .ics is written by smplanner.exports.ics_export, above this layer.)

Each writer takes the plan, a target path and an optional PostSelection (the whole
plan, or what a filter shows), writes atomically and returns an ExportResult: the
files written, the rows, and the posts left out or to finish by hand, with why.
Only reads the plan.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_selection import EVERYTHING, PostSelection
from smplanner.domain.posts_csv_layout import COLUMNS, cells_of
from smplanner.domain.scheduler_files import lay_out
from smplanner.domain.scheduler_layouts import SchedulerLayout, scheduler_layout
from smplanner.domain.scheduler_notes import ExportNote, NotedExport, summary_line
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services import calendar_queries
from smplanner.services.export_csv import write_csv_stream
from smplanner.storage import calendar_rows, labels_repo
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties


class TemplateError(UserError):
    """A scheduler template file that cannot be used; the message says why."""


@dataclass
class ExportResult(NotedExport):
    """What an export wrote, and the posts it left out or that need a hand."""

    files: list[Path] = field(default_factory=list)
    rows: int = 0
    notes: list[ExportNote] = field(default_factory=list)
    media_files: list[Path] = field(default_factory=list)  # the plan's media, written out
    # Set when a free plan's queue limit split a channel's posts into numbered files: the
    # tool takes the next file only once the posts of the one before have gone out.
    upload_in_turn: int | None = None
    tool: str = ""

    def report_lines(self) -> list[str]:
        """Plain English lines for the command line: files, the summary, then each post."""
        lines = [f"Wrote {path}" for path in self.files]
        if self.media_files:
            folder = self.media_files[0].parent
            lines.append(
                f"Wrote {len(self.media_files)} media file(s) into {folder}: the tool takes "
                "no file from this computer in its CSV, attach them from there"
            )
        if self.upload_in_turn is not None:
            lines.append(
                f"{self.tool}'s free plan queues at most {self.upload_in_turn} posts per "
                "channel: upload each channel's numbered files in turn, each once the posts "
                "of the one before have gone out"
            )
        lines.append(summary_line(self.rows, self.notes))
        lines += [f"  {note.describe()}" for note in self.notes]
        return lines


def selected_posts(plan: PlanFile, selection: PostSelection | None) -> list[PostRef]:
    """The posts of the plan a selection takes (every post if None)."""
    return (selection or EVERYTHING).select(calendar_queries.all_posts(plan))


def plan_names(plan: PlanFile) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    from smplanner.services import strategy_queries

    return (
        {p.id: p.name for p in strategy_queries.content_pillars(plan)},
        {o.id: o.title for o in strategy_queries.objectives(plan)},
        {c.id: c.name for c in calendar_queries.campaigns(plan)},
    )


# ---------------------------------------------------------------- schedulers


def read_template_header(template: Path) -> list[str]:
    """The header row of a template downloaded from a scheduler."""
    try:
        raw = Path(template).read_bytes()
    except OSError as error:
        raise TemplateError(
            Message(
                "Cannot read the template {path}: {reason}.",
                path=str(template),
                reason=str(error.strerror),
            )
        ) from error
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter), [])
    if len([name for name in header if name.strip()]) < 2:
        raise TemplateError(
            Message(
                "{path} has no header row: download the bulk-upload template from the tool "
                "again and give that file.",
                path=str(template),
            )
        )
    return header


def _channel_path(
    target: Path, channel: tuple[str, str] | None, several: bool, part: int | None = None
) -> Path:
    """``target``, or ``<name>-<network>[-<account>][-<part>]`` beside it."""
    name = target.stem
    if channel is not None and several:
        network, account = channel
        slug = re.sub(r"[^A-Za-z0-9]+", "-", account).strip("-").lower()
        name = f"{name}-{network}" + (f"-{slug}" if slug else "")
    if part is not None:
        name = f"{name}-{part}"
    return target.with_name(name + target.suffix)


def write_scheduler_csv(
    plan: PlanFile,
    layout: SchedulerLayout | str,
    target: Path,
    selection: PostSelection | None = None,
    *,
    day_first: bool | None = None,
    template: Path | None = None,
    now: datetime | None = None,
    ready_only: bool = True,
    free_plan: bool = False,
) -> ExportResult:
    """The selection's posts ready to publish in a scheduler's bulk-upload layout.

    ``ready_only=False`` takes drafts and posts waiting for the client too. A tool
    that takes one channel per file gets one file per network (and account) when
    the selection spans several: ``<name>-<network>.csv`` beside ``target``; a tool
    that takes so many posts per file gets numbered files (``<name>-<network>-2.csv``).
    ``free_plan`` numbers them by the tool's free-plan limit (Buffer: 10 per channel,
    which its free plan queues at most), for a TemplateError if the tool has none.
    """
    if isinstance(layout, str):
        layout = scheduler_layout(layout)
    if free_plan and layout.free_plan_split_every is None:
        raise UserError(
            Message(
                "{tool} has no free-plan limit smplanner knows: export without that option.",
                tool=layout.name,
            )
        )
    if day_first is None:
        day_first = read_properties(plan).language == "fr"
    header = read_template_header(template) if template is not None else None
    posts = selected_posts(plan, selection)
    laid = lay_out(
        posts,
        layout,
        zone=calendar_rows.plan_zone(plan.conn),
        now=now or datetime.now(UTC),
        day_first=day_first,
        header=header,
        ready_only=ready_only,
        free_plan=free_plan,
    )
    result = ExportResult(notes=list(laid.notes), tool=layout.name)
    if free_plan and any(laid_file.part is not None for laid_file in laid.files):
        result.upload_in_turn = layout.free_plan_split_every
    several = len({laid_file.channel for laid_file in laid.files}) > 1
    for laid_file in laid.files:
        path = _channel_path(Path(target), laid_file.channel, several, laid_file.part)
        write_csv_stream(
            path, laid_file.header, laid_file.rows, byte_order_mark=layout.byte_order_mark
        )
        result.files.append(path)
        result.rows += len(laid_file.rows)
    result.media_files = _write_plan_media(plan, posts, laid.notes, Path(target))
    return result


def _write_plan_media(
    plan: PlanFile, posts: list[PostRef], notes: Sequence[ExportNote], target: Path
) -> list[Path]:
    """The media kept in the plan of the posts exported, written under their names into
    "<file name> media/" beside the CSV (the schedulers take web addresses only)."""
    from smplanner.domain.plan_media import parse_ref
    from smplanner.services.media import write_media_file

    skipped = {note.post_id for note in notes if note.skipped}
    folder = target.with_name(f"{target.stem} media")
    written: list[Path] = []
    for post in posts:
        if post.id in skipped:
            continue
        for ref in post.media:
            if parse_ref(ref) is not None:
                path = write_media_file(plan, ref, folder)
                if path is not None and path not in written:
                    written.append(path)
    return written


def write_buffer_csv(
    plan: PlanFile,
    target: Path,
    selection: PostSelection | None = None,
    *,
    free_plan: bool = False,
) -> ExportResult:
    """Buffer's bulk upload (one file per channel; files of 10 posts on the free plan)."""
    return write_scheduler_csv(plan, "buffer", target, selection, free_plan=free_plan)


def write_hootsuite_csv(
    plan: PlanFile, target: Path, selection: PostSelection | None = None
) -> ExportResult:
    """Hootsuite's Bulk Composer (one file per profile, at most 350 rows)."""
    return write_scheduler_csv(plan, "hootsuite", target, selection)


def write_sprout_csv(
    plan: PlanFile, target: Path, selection: PostSelection | None = None
) -> ExportResult:
    """Sprout Social's bulk scheduling (dates in the plan language's order)."""
    return write_scheduler_csv(plan, "sprout", target, selection)


def write_metricool_csv(
    plan: PlanFile, target: Path, selection: PostSelection | None = None
) -> ExportResult:
    """Metricool's bulk template (every network in one file)."""
    return write_scheduler_csv(plan, "metricool", target, selection)


# ---------------------------------------------------------------- our posts CSV


def posts_csv_delimiter(plan: PlanFile) -> str:
    """';' for French spreadsheets, ',' otherwise (as the other CSV exports)."""
    return ";" if read_properties(plan).language == "fr" else ","


def write_calendar_csv(
    plan: PlanFile, target: Path, selection: PostSelection | None = None
) -> ExportResult:
    """Every post of the selection in smplanner's own layout, to edit and import back."""
    zone = calendar_rows.plan_zone(plan.conn)
    names = plan_names(plan)
    chosen = selection or EVERYTHING
    posts = (post for post in calendar_rows.stream_posts(plan.conn) if chosen.accepts(post))
    label_names = {label.id: label.name for label in labels_repo.select_labels(plan.conn)}
    rows = (cells_of(post, zone, names, label_names) for post in posts)
    count = write_csv_stream(Path(target), COLUMNS, rows, posts_csv_delimiter(plan))
    return ExportResult([Path(target)], count)
