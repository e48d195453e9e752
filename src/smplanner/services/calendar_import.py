"""Import posts from smplanner's posts CSV: preview first, then store all or nothing.

``preview_posts_csv`` reads the file without touching the plan and says, row by
row, what would happen (new post, update, unchanged) and every problem with its
line and column. ``apply_posts_import`` stores it in one transaction; if a row is
bad nothing is stored unless the user chose to skip the bad rows. The ``id``
column ties a row to its post, so importing the same file again changes nothing,
and an edited file updates the posts instead of duplicating them. The returned
AppliedImport undoes and redoes the whole import as one step.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.posts_csv_layout import (
    ALTERNATE_COLUMNS,
    COLUMNS,
    CellProblem,
    Lookups,
    read_cells,
)
from smplanner.domain.spreadsheet_cells import unguard_cell
from smplanner.errors import UserError
from smplanner.messages import Joined, Message
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.changes import Changes
from smplanner.services.plan_safety import keep_copy
from smplanner.storage import calendar_rows, calendar_writes, labels_repo
from smplanner.storage.plan_file import PlanFile, now_iso
from smplanner.storage.plan_properties_repo import read_properties

NEW, UPDATE, UNCHANGED = "new", "update", "unchanged"
_KNOWN = set(COLUMNS) | set(ALTERNATE_COLUMNS)


class PostsFileError(UserError):
    """The file cannot be read as a posts CSV at all; the message says why and what to do."""


class PostsImportRefusedError(UserError):
    """Some rows are bad and the user did not choose to skip them: nothing was stored."""

    def __init__(self, problems: list[CellProblem]) -> None:
        shown: list[object] = [
            Message("- {problem}", problem=p.as_message()) for p in problems[:10]
        ]
        if len(problems) > 10:
            shown.append(Message("… and {count} more.", count=len(problems) - 10))
        super().__init__(
            Message(
                "Nothing was imported: {count} problem(s) in the file.\n{problems}\n"
                "Correct the file, or choose to skip the bad rows.",
                count=len(problems),
                problems=Joined(shown, "\n"),
            )
        )
        self.problems = problems


@dataclass(frozen=True)
class RowPlan:
    """What one good row does: a new post, an update of post ``post_id``, or nothing."""

    line: int
    action: str
    post_id: int | None
    draft: PostDraft
    changed: tuple[str, ...] = ()


@dataclass
class PostImportPreview:
    path: Path
    columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def bad_lines(self) -> set[int]:
        return {p.line for p in self.problems}

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


@dataclass(frozen=True)
class AppliedImport:
    """What an import stored: to undo it (delete, restore) and to redo it (same ids)."""

    rows: tuple[RowPlan, ...]
    created: tuple[int, ...]
    before: tuple[PostRef, ...]


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PostsFileError(
            Message(
                "Cannot read {path}: {reason}.", path=str(path), reason=str(error.strerror or error)
            )
        ) from error
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel saves "CSV (separator: semicolon)" in the Windows code page.
        return raw.decode("cp1252", errors="replace")


def _header_key(name: str) -> str:
    return name.strip().strip('"').lower().replace(" ", "_")


def _rows(text: str, path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    first = text.splitlines()[0] if text.strip() else ""
    best: tuple[int, str] = (-1, ",")
    for delimiter in (";", ",", "\t"):
        names = next(csv.reader([first], delimiter=delimiter), [])
        score = sum(1 for name in names if _header_key(name) in _KNOWN)
        best = max(best, (score, delimiter))
    if best[0] < 2:
        raise PostsFileError(
            Message(
                "{file} is not a posts CSV: its first row must name the columns "
                "({columns}). Export the posts from smplanner to get the layout.",
                file=path.name,
                columns=", ".join(COLUMNS),
            )
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=best[1])
    header = [_header_key(name) for name in next(reader)]
    rows, line = [], reader.line_num
    for cells in reader:
        rows.append((line + 1, cells))
        line = reader.line_num
    return header, rows


def _lookups(plan: PlanFile) -> Lookups:
    from smplanner.services import strategy_queries

    return Lookups(
        zone=calendar_rows.plan_zone(plan.conn),
        day_first=read_properties(plan).language == "fr",
        pillars={p.name.strip().lower(): p.id for p in strategy_queries.content_pillars(plan)},
        objectives={o.title.strip().lower(): o.id for o in strategy_queries.objectives(plan)},
        campaigns={c.name.strip().lower(): c.id for c in calendar_queries.campaigns(plan)},
        groups=frozenset(calendar_queries.groups(plan)),
        labels={label.name.casefold(): label.id for label in labels_repo.select_labels(plan.conn)},
    )


def changed_fields(before: PostDraft, after: PostDraft) -> tuple[str, ...]:
    return tuple(
        f.name for f in fields(PostDraft) if getattr(before, f.name) != getattr(after, f.name)
    )


def preview_posts_csv(plan: PlanFile, path: Path) -> PostImportPreview:
    """Read a posts CSV and say what importing it would do (the plan is not touched)."""
    path = Path(path)
    header, rows = _rows(_decode(path), path)
    preview = PostImportPreview(
        path,
        columns=[name for name in header if name in _KNOWN],
        ignored_columns=[name for name in header if name and name not in _KNOWN],
    )
    lookups = _lookups(plan)
    existing = {p.id: p for p in calendar_queries.all_posts(plan)}
    seen: dict[int, int] = {}
    twins = {_identity(calendar_rows.post_as_draft(p).__dict__): p for p in existing.values()}
    for line, values in rows:
        if not any(value.strip() for value in values):
            continue
        cells = {
            # Our export guards every formula-like cell (an account "@…" too): undo it.
            name: unguard_cell(value)
            for name, value in zip(header, values, strict=False)
            if name in _KNOWN
        }
        found, problems = read_cells(line, cells, lookups)
        post_id = found.pop("id", None)
        if post_id is not None and post_id in seen:
            problems.append(
                CellProblem(
                    line,
                    "id",
                    Message(
                        "post {post} is already on line {line}",
                        post=str(post_id),
                        line=seen[post_id],
                    ),
                )
            )
        if post_id is not None:
            seen.setdefault(post_id, line)
        old = existing.get(post_id) if post_id is not None else None
        if post_id is None and not problems:
            # A row with no id that was imported before: the same post, not a second one.
            old = twins.get(_identity(found))
        if (
            old is None
            and "network" not in found
            and not any(p.column == "network" for p in problems)
        ):
            problems.append(CellProblem(line, "network", Message("a new post needs a network")))
        if problems:
            preview.problems.extend(problems)
            continue
        preview.rows.append(_plan_row(line, post_id, old, found))
    return preview


def _identity(values: dict[str, Any]) -> tuple[Any, ...]:
    text = str(values.get("text") or "").strip()
    return (values.get("network"), values.get("scheduled_at"), text)


def _plan_row(
    line: int, post_id: int | None, old: PostRef | None, found: dict[str, Any]
) -> RowPlan:
    if old is not None:
        base = calendar_rows.post_as_draft(old)
        draft = replace(base, **found)
        changed = changed_fields(base, draft)
        return RowPlan(line, UPDATE if changed else UNCHANGED, old.id, draft, changed)
    if "status" not in found or found["status"] is None:
        found["status"] = "draft" if found.get("scheduled_at") else "idea"
    draft = PostDraft(**found)
    return RowPlan(line, NEW, post_id, draft)


def apply_posts_import(
    plan: PlanFile, preview: PostImportPreview, *, skip_bad_rows: bool = False
) -> tuple[AppliedImport, Changes]:
    """Store the preview's rows in one transaction (refused if bad rows are not skipped)."""
    if preview.problems and not skip_bad_rows:
        raise PostsImportRefusedError(preview.problems)
    keep_copy(plan, "import")  # the way back once the undo stack is gone
    return _store(plan, tuple(r for r in preview.rows if r.action != UNCHANGED))


def _store(plan: PlanFile, rows: tuple[RowPlan, ...]) -> tuple[AppliedImport, Changes]:
    for row in rows:
        calendar_posts.check_draft(row.draft)
    zone = calendar_rows.plan_zone(plan.conn)
    updates = [row for row in rows if row.action == UPDATE]
    before = tuple(calendar_queries.posts_by_id(plan, [r.post_id for r in updates if r.post_id]))
    series = {p.id for p in before if p.series_id is not None}
    taken = {row[0] for row in plan.conn.execute("SELECT id FROM posts")}
    stamp = now_iso()
    created: list[int] = []
    # Rows naming a free id keep it (so re-importing the file finds them); others come after.
    news = sorted((r for r in rows if r.action == NEW), key=lambda r: r.post_id is None)
    with plan.transaction():
        for row in updates:
            assert row.post_id is not None
            values = calendar_rows.draft_to_row(row.draft, zone)
            values.update(updated_at=stamp, detached=int(row.post_id in series))
            calendar_writes.update_post(plan.conn, row.post_id, values)
        for row in news:
            values = calendar_rows.draft_to_row(row.draft, zone)
            values.update(created_at=stamp, updated_at=stamp)
            if row.post_id is not None and row.post_id not in taken:
                values["id"] = row.post_id
            pk = calendar_writes.insert_post(plan.conn, values)
            created.append(pk)
            taken.add(pk)
    moments = [p.scheduled_at for p in before] + [r.draft.scheduled_at for r in rows]
    days = {m.date().toordinal() for m in moments if m is not None}
    applied = AppliedImport(
        tuple(
            replace(r, post_id=c) if r.action == NEW else r for r, c in _paired(rows, news, created)
        ),
        tuple(created),
        before,
    )
    return applied, calendar_posts.post_changes([*created, *(p.id for p in before)], days)


def _paired(
    rows: tuple[RowPlan, ...], news: list[RowPlan], created: list[int]
) -> list[tuple[RowPlan, int | None]]:
    ids = {id(row): pk for row, pk in zip(news, created, strict=True)}
    return [(row, ids.get(id(row))) for row in rows]


def undo_posts_import(plan: PlanFile, applied: AppliedImport) -> Changes:
    """Take the import back: remove the posts it created, restore those it changed."""
    with plan.transaction():
        changes = calendar_posts.delete_posts(plan, applied.created)
        if applied.before:
            changes = changes.merged(calendar_posts.restore_posts(plan, list(applied.before)))
    return changes


def redo_posts_import(plan: PlanFile, applied: AppliedImport) -> Changes:
    """Store the same rows again (new posts get back the ids they had)."""
    return _store(plan, applied.rows)[1]
