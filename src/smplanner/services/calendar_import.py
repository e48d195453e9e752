"""Import posts from smplanner's posts CSV: preview first, then store all or nothing.

``preview_posts_csv`` reads the file without touching the plan and says what would
happen (new posts, updates, unchanged rows) and every problem with its line and
column; it keeps the first rows for the preview table and counts the others.
``apply_posts_import`` reads the file again and stores it in one transaction; if a
row is bad nothing is stored unless the user chose to skip the bad rows. The ``id``
column ties a row to its post, so importing the same file again changes nothing,
and an edited file updates the posts instead of duplicating them. The returned
AppliedImport undoes and redoes the whole import as one step.

Both passes stream (posts_csv_file.py, posts_csv_rows.py): a 100,000-row file is
read a batch of rows at a time, never whole, and neither are the plan's posts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from smplanner.domain.post_refs import PostRef
from smplanner.domain.posts_csv_layout import CellProblem
from smplanner.errors import UserError
from smplanner.messages import Joined, Message
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.changes import Changes
from smplanner.services.plan_safety import keep_copy
from smplanner.services.posts_csv_file import (
    KNOWN,
    PostsCsvLayout,
    PostsFileError,
    csv_rows,
    read_layout,
    signature,
)
from smplanner.services.posts_csv_rows import (
    NEW,
    UNCHANGED,
    UPDATE,
    PlannedRow,
    RowPlan,
    RowPlanner,
    changed_fields,
)
from smplanner.storage import calendar_rows, calendar_writes, posts_csv_matches
from smplanner.storage.plan_file import PlanFile, now_iso

__all__ = [
    "NEW",
    "UNCHANGED",
    "UPDATE",
    "AppliedImport",
    "PostImportPreview",
    "PostsFileError",
    "PostsImportRefusedError",
    "RowPlan",
    "apply_posts_import",
    "changed_fields",
    "preview_posts_csv",
    "redo_posts_import",
    "undo_posts_import",
]

# The preview table shows the first rows and problems; the counts cover the file.
PREVIEW_ROWS = 1000
PROBLEMS_KEPT = 1000


class PostsImportRefusedError(UserError):
    """Some rows are bad and the user did not choose to skip them: nothing was stored."""

    def __init__(self, problems: list[CellProblem], count: int | None = None) -> None:
        count = len(problems) if count is None else count
        shown: list[object] = [
            Message("- {problem}", problem=p.as_message()) for p in problems[:10]
        ]
        if count > 10:
            shown.append(Message("… and {count} more.", count=count - 10))
        super().__init__(
            Message(
                "Nothing was imported: {count} problem(s) in the file.\n{problems}\n"
                "Correct the file, or choose to skip the bad rows.",
                count=count,
                problems=Joined(shown, "\n"),
            )
        )
        self.problems = problems


@dataclass
class PostImportPreview:
    path: Path
    columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[RowPlan] = field(default_factory=list)  # the first PREVIEW_ROWS good rows
    problems: list[CellProblem] = field(default_factory=list)  # the first PROBLEMS_KEPT
    counts: Counter[str] = field(default_factory=Counter)  # actions of the whole file
    problem_count: int = 0
    bad_line_count: int = 0
    layout: PostsCsvLayout | None = None
    signature: tuple[int, int] = (0, 0)
    largest_new_id: int = 0  # the largest free id a new row names

    @property
    def bad_lines(self) -> set[int]:
        """The bad lines among the problems kept (bad_line_count counts them all)."""
        return {p.line for p in self.problems}

    def count(self, action: str) -> int:
        return self.counts[action]

    @property
    def complete(self) -> bool:
        """Whether rows and problems hold the whole file (else only its first rows)."""
        return len(self.rows) == sum(self.counts.values()) and (
            len(self.problems) == self.problem_count
        )


@dataclass
class AppliedImport:
    """What an import stored: to undo it (delete, restore) and to redo it (same ids)."""

    created: tuple[int, ...]
    before: tuple[PostRef, ...]
    # The posts as the import left them, read when it is undone (for redo).
    after: list[PostRef] = field(default_factory=list)


def preview_posts_csv(plan: PlanFile, path: Path) -> PostImportPreview:
    """Read a posts CSV and say what importing it would do (the plan is not touched)."""
    path = Path(path)
    stamp = signature(path)
    layout = read_layout(path)
    header = layout.header
    preview = PostImportPreview(
        path,
        columns=[name for name in header if name in KNOWN],
        ignored_columns=[name for name in header if name and name not in KNOWN],
        layout=layout,
        signature=stamp,
    )
    planner = RowPlanner(plan, header)
    with csv_rows(path, layout) as rows:
        for batch in planner.batches(rows):
            for planned in batch:
                _note(preview, planned)
    return preview


def _note(preview: PostImportPreview, planned: PlannedRow) -> None:
    if planned.plan is None:
        preview.bad_line_count += 1
        preview.problem_count += len(planned.problems)
        room = PROBLEMS_KEPT - len(preview.problems)
        preview.problems.extend(planned.problems[: max(room, 0)])
        return
    row = planned.plan
    preview.counts[row.action] += 1
    if len(preview.rows) < PREVIEW_ROWS:
        preview.rows.append(row)
    if row.action == NEW and row.post_id is not None:
        preview.largest_new_id = max(preview.largest_new_id, row.post_id)


def apply_posts_import(
    plan: PlanFile, preview: PostImportPreview, *, skip_bad_rows: bool = False
) -> tuple[AppliedImport, Changes]:
    """Store the file's rows in one transaction (refused if bad rows are not skipped)."""
    if preview.problem_count and not skip_bad_rows:
        raise PostsImportRefusedError(preview.problems, preview.problem_count)
    if preview.layout is None or signature(preview.path) != preview.signature:
        raise _changed(preview)
    keep_copy(plan, "import")  # the way back once the undo stack is gone
    return _store(plan, preview, preview.layout)


def _changed(preview: PostImportPreview) -> PostsFileError:
    return PostsFileError(
        Message(
            "{file} changed since it was previewed: nothing was imported. "
            "Import it again to see what it now holds.",
            file=preview.path.name,
        )
    )


def _store(
    plan: PlanFile, preview: PostImportPreview, layout: PostsCsvLayout
) -> tuple[AppliedImport, Changes]:
    zone = calendar_rows.plan_zone(plan.conn)
    stamp = now_iso()
    planner = RowPlanner(plan, layout.header)
    created: list[int] = []
    before: list[PostRef] = []
    days: set[int] = set()
    counts: Counter[str] = Counter()
    with plan.transaction():
        # Rows naming a free id keep it (so re-importing the file finds them); the
        # others get ids after every id the plan or the file has.
        next_id = max(posts_csv_matches.largest_post_id(plan.conn), preview.largest_new_id) + 1
        planner.fresh_ids_from = next_id
        with csv_rows(preview.path, layout) as rows:
            for batch in planner.batches(rows):
                for planned in batch:
                    row = planned.plan
                    if row is None:
                        continue  # a bad row, skipped as the user chose
                    counts[row.action] += 1
                    if row.action == UNCHANGED:
                        continue
                    _check(row)
                    values = calendar_rows.draft_to_row(row.draft, zone)
                    if row.action == UPDATE:
                        assert row.post_id is not None and planned.old is not None
                        old = planned.old
                        values.update(updated_at=stamp, detached=int(old.series_id is not None))
                        calendar_writes.update_post(plan.conn, row.post_id, values)
                        post_id = row.post_id
                        before.append(old)
                        if old.scheduled_at is not None:
                            days.add(old.scheduled_at.date().toordinal())
                    else:
                        if row.post_id is not None:
                            if row.post_id > preview.largest_new_id:
                                raise _changed(preview)  # its post was deleted meanwhile
                            post_id = row.post_id
                        else:
                            post_id, next_id = next_id, next_id + 1
                        values.update(id=post_id, created_at=stamp, updated_at=stamp)
                        calendar_writes.insert_post(plan.conn, values)
                        created.append(post_id)
                    planner.note_written(planned, post_id)
                    if row.draft.scheduled_at is not None:
                        days.add(row.draft.scheduled_at.date().toordinal())
        if counts != preview.counts:  # the plan or the file is not what was previewed
            raise _changed(preview)
    applied = AppliedImport(tuple(created), tuple(before))
    ids = chain(applied.created, (p.id for p in before))
    return applied, calendar_posts.post_changes(ids, days)


def _check(row: RowPlan) -> None:
    try:
        calendar_posts.check_draft(row.draft)
    except UserError as error:  # said with the row's line, the whole import undone
        raise PostsFileError(
            Message("line {line}: {problem}", line=row.line, problem=error.args[0])
        ) from None


def undo_posts_import(plan: PlanFile, applied: AppliedImport) -> Changes:
    """Take the import back: remove the posts it created, restore those it changed."""
    applied.after = calendar_queries.posts_by_id(
        plan, [*applied.created, *(p.id for p in applied.before)]
    )
    with plan.transaction():
        changes = calendar_posts.delete_posts(plan, applied.created)
        if applied.before:
            changes = changes.merged(calendar_posts.restore_posts(plan, list(applied.before)))
    return changes


def redo_posts_import(plan: PlanFile, applied: AppliedImport) -> Changes:
    """Store the posts again as the import left them (new posts get back their ids)."""
    changes = calendar_posts.restore_posts(plan, applied.after)
    applied.after = []
    return changes
