"""What each row of a posts CSV does to the plan, worked out a batch of rows at a time.

The preview and the import both walk the file through a RowPlanner: the rows come
from the open file (posts_csv_file.py), and the posts, variant groups and id-less
"twins" a batch refers to are read from SQLite for that batch only
(storage/posts_csv_matches.py), so that memory is one batch, whatever the file's size.

The import writes each batch before reading the next; ``note_written`` tells the
planner what it wrote so that later batches are judged against the plan as the
preview saw it: a post this import created is nobody's twin, and a post it updated
is matched and compared as it was before the import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from itertools import islice
from typing import Any

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.posts_csv_layout import CellProblem, Lookups, read_cells
from smplanner.domain.spreadsheet_cells import unguard_cell
from smplanner.messages import Message
from smplanner.services import calendar_queries
from smplanner.services.posts_csv_file import KNOWN
from smplanner.storage import calendar_rows, labels_repo, posts_csv_matches
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties

NEW, UPDATE, UNCHANGED = "new", "update", "unchanged"
BATCH_ROWS = 500
_LARGEST_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What one good row does: a new post, an update of post ``post_id``, or nothing."""

    line: int
    action: str
    post_id: int | None
    draft: PostDraft
    changed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """A row of the file: its plan (None when it has problems), and the post it changes
    as it was before (for an update: what undo puts back)."""

    line: int
    plan: RowPlan | None
    problems: list[CellProblem]
    old: PostRef | None = None


def changed_fields(before: PostDraft, after: PostDraft) -> tuple[str, ...]:
    return tuple(
        f.name for f in fields(PostDraft) if getattr(before, f.name) != getattr(after, f.name)
    )


def identity(values: dict[str, Any]) -> tuple[Any, ...]:
    """How an id-less row is recognised as a post imported before."""
    text = str(values.get("text") or "").strip()
    return (values.get("network"), values.get("scheduled_at"), text)


def _post_identity(post: PostRef) -> tuple[Any, ...]:
    return (post.network, post.scheduled_at, post.text.strip())


def _lookups(plan: PlanFile) -> Lookups:
    from smplanner.services import strategy_queries

    # Pillars, objectives, campaigns and labels are names the CM made (tens): read
    # once. Variant groups can be as many as posts: asked for per batch (plan_batch).
    return Lookups(
        zone=calendar_rows.plan_zone(plan.conn),
        day_first=read_properties(plan).language == "fr",
        pillars={p.name.strip().lower(): p.id for p in strategy_queries.content_pillars(plan)},
        objectives={o.title.strip().lower(): o.id for o in strategy_queries.objectives(plan)},
        campaigns={c.name.strip().lower(): c.id for c in calendar_queries.campaigns(plan)},
        labels={label.name.casefold(): label.id for label in labels_repo.select_labels(plan.conn)},
    )


def _whole(text: str) -> int | None:
    value = text.strip()
    if value.isdecimal() and len(value) <= 18:
        return int(value)
    return None


class RowPlanner:
    """Plans the rows of one file against one plan, batch after batch, in file order."""

    def __init__(self, plan: PlanFile, header: tuple[str, ...]) -> None:
        self._plan = plan
        self._header = header
        self._lookups = _lookups(plan)
        self._zone = self._lookups.zone
        self._seen: dict[int, int] = {}  # post id -> the first line naming it
        self._created: set[int] = set()
        self._before: dict[int, PostRef] = {}  # posts updated, as they were
        self._before_twins: dict[tuple[Any, ...], int] = {}
        # The import gives id-less new posts ids from here up: no twin is among them.
        self.fresh_ids_from = _LARGEST_ID

    def batches(self, rows: Iterable[tuple[int, list[str]]]) -> Iterator[list[PlannedRow]]:
        it = iter(rows)
        while chunk := list(islice(it, BATCH_ROWS)):
            yield self._plan_batch(chunk)

    def note_written(self, planned: PlannedRow, post_id: int) -> None:
        """The import stored this row as post ``post_id``."""
        assert planned.plan is not None
        if planned.plan.action == NEW:
            if post_id < self.fresh_ids_from:  # ids from there up are all this import's
                self._created.add(post_id)
        elif planned.old is not None and post_id not in self._before:
            self._before[post_id] = planned.old
            key = _post_identity(planned.old)
            self._before_twins[key] = max(post_id, self._before_twins.get(key, 0))

    def _cells(self, values: list[str]) -> dict[str, str]:
        return {
            # Our export guards every formula-like cell (an account "@…" too): undo it.
            name: unguard_cell(value)
            for name, value in zip(self._header, values, strict=False)
            if name in KNOWN
        }

    def _plan_batch(self, chunk: list[tuple[int, list[str]]]) -> list[PlannedRow]:
        rows = [(line, self._cells(v)) for line, v in chunk if any(x.strip() for x in v)]
        group_ids = {g for _, cells in rows if (g := _whole(cells.get("group", ""))) is not None}
        lookups = replace(
            self._lookups,
            groups=posts_csv_matches.existing_groups(
                self._plan.conn, [g for g in group_ids if g <= _LARGEST_ID]
            ),
        )
        read = []
        for line, cells in rows:
            found, problems = read_cells(line, cells, lookups)
            post_id = found.pop("id", None)
            if post_id is not None and post_id in self._seen:
                problems.append(
                    CellProblem(
                        line,
                        "id",
                        Message(
                            "post {post} is already on line {line}",
                            post=str(post_id),
                            line=self._seen[post_id],
                        ),
                    )
                )
            if post_id is not None:
                self._seen.setdefault(post_id, line)
            read.append((line, post_id, found, problems))
        existing = self._posts({post_id for _, post_id, _, _ in read if post_id is not None})
        twins = self._twins([found for _, post_id, found, p in read if post_id is None and not p])
        planned = []
        for line, post_id, found, problems in read:
            old = existing.get(post_id) if post_id is not None else None
            if post_id is None and not problems:
                # A row with no id that was imported before: the same post, not a second one.
                old = twins.get(identity(found))
            if (
                old is None
                and "network" not in found
                and not any(p.column == "network" for p in problems)
            ):
                problems.append(CellProblem(line, "network", Message("a new post needs a network")))
            if problems:
                planned.append(PlannedRow(line, None, problems))
            else:
                planned.append(PlannedRow(line, _plan_row(line, post_id, old, found), [], old))
        return planned

    def _posts(self, ids: set[int]) -> dict[int, PostRef]:
        found = {p.id: p for p in calendar_queries.posts_by_id(self._plan, ids)}
        for post_id in ids & self._before.keys():
            found[post_id] = self._before[post_id]
        for post_id in [i for i in found if i in self._created or i >= self.fresh_ids_from]:
            # This import's own post: a row naming it was previewed as a new post (the
            # post it named is gone since); the import then stops (changed plan).
            del found[post_id]
        return found

    def _twins(self, rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], PostRef]:
        """The posts that id-less rows are, by identity (the last post's if several)."""
        wanted = {identity(found) for found in rows}
        if not wanted:
            return {}
        times = {calendar_rows.to_storage_time(key[1], self._zone) for key in wanted if key[1]}
        texts = {key[2] for key in wanted if key[1] is None}
        conn = self._plan.conn
        below = self.fresh_ids_from
        candidates = posts_csv_matches.scheduled_at(conn, [t for t in times if t], below)
        candidates += posts_csv_matches.ideas_with_texts(conn, texts, below)
        best: dict[tuple[Any, ...], PostRef] = {}
        for post in candidates:
            if post.id in self._created or post.id in self._before:
                continue  # made by this import, or judged as it was (below)
            key = _post_identity(post)
            if key in wanted and post.id > getattr(best.get(key), "id", 0):
                best[key] = post
        for key in wanted & self._before_twins.keys():
            post_id = self._before_twins[key]
            if post_id > getattr(best.get(key), "id", 0):
                best[key] = self._before[post_id]
        return best


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
