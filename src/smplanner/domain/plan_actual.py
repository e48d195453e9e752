"""Plan versus actual: what became of each planned post once the exports are in.

A planned post whose time has passed is either found in the imported posts
(matched: published, and how far from the planned time), or not. Not found is
"never published" only when an export of its network reaches past its time; before
the latest export of its network, its absence says nothing yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from statistics import median

PUBLISHED = "published"  # found in an export
MISSED = "missed"  # its network's exports reach past it, and it is not in them
NOT_COVERED = "not_covered"  # no export of its network reaches its time yet
OFF_BY_MINUTES = 60  # published more than this away from the plan: worth a look


@dataclass(frozen=True)
class PlannedItem:
    id: int
    network: str
    title: str
    scheduled_at: datetime
    status: str = ""


@dataclass(frozen=True)
class PlanActualLine:
    planned: PlannedItem
    state: str  # PUBLISHED, MISSED, NOT_COVERED
    published_at: datetime | None = None
    how: str = ""  # how it was matched ("link", "time_and_text")

    @property
    def drift_minutes(self) -> float | None:
        """Published minus planned, in minutes (positive: late); None if unknown."""
        if self.published_at is None:
            return None
        try:
            delta = self.published_at - self.planned.scheduled_at
        except TypeError:  # one naive, one aware: compare wall clocks
            delta = self.published_at.replace(tzinfo=None) - self.planned.scheduled_at.replace(
                tzinfo=None
            )
        return delta.total_seconds() / 60


@dataclass(frozen=True)
class Tally:
    """The summary's figures, counted once (on the worker, for a large plan)."""

    due: int
    published: int
    missed: int
    not_covered: int
    median_drift: float | None  # minutes, None with no published time
    off_plan: int  # published more than OFF_BY_MINUTES away


@dataclass(frozen=True)
class PlanActual:
    lines: list[PlanActualLine]  # past planned posts, in time order
    unplanned: int  # imported posts matched to no planned post
    by_how: dict[str, int]  # matched posts per way of matching

    def count(self, state: str) -> int:
        return sum(1 for line in self.lines if line.state == state)

    def drifts(self) -> list[float]:
        return [d for line in self.lines if (d := line.drift_minutes) is not None]

    def median_drift(self) -> float | None:
        """The median of the signed drifts (minutes), None with no published time."""
        drifts = self.drifts()
        return median(drifts) if drifts else None

    def off_plan(self) -> int:
        """Published posts more than OFF_BY_MINUTES away from their planned time."""
        return sum(1 for d in self.drifts() if abs(d) > OFF_BY_MINUTES)

    def tally(self) -> Tally:
        """Every figure of the summary."""
        return Tally(
            len(self.lines),
            self.count(PUBLISHED),
            self.count(MISSED),
            self.count(NOT_COVERED),
            self.median_drift(),
            self.off_plan(),
        )


def _before(a: datetime, b: datetime) -> bool:
    try:
        return a <= b
    except TypeError:
        return a.replace(tzinfo=None) <= b.replace(tzinfo=None)


def compare(
    planned: Iterable[PlannedItem],
    imported: dict[int, tuple[str, datetime | None]],
    matches: Iterable[tuple[int, int, str]],
    now: datetime,
) -> PlanActual:
    """Each planned post due by ``now`` against the imported posts.

    ``imported``: imported post id -> (network, published_at); ``matches``:
    (imported id, planned id, how) as plan-versus-actual matching stored them.
    """
    known = [(i, p, how, imported[i][1]) for i, p, how in matches if i in imported]
    latest: dict[str, datetime] = {}
    for network, published in imported.values():
        if published is not None and (network not in latest or _before(latest[network], published)):
            latest[network] = published
    return compare_with_reach(planned, known, latest, len(imported), now)


def compare_with_reach(
    planned: Iterable[PlannedItem],
    matched: Iterable[tuple[int, int, str, datetime | None]],
    latest: dict[str, datetime],
    imported_count: int,
    now: datetime,
) -> PlanActual:
    """Each planned post due by ``now``, from what a large plan can give cheaply.

    ``matched``: (imported id, planned id, how, published_at) of each stored match
    whose imported post exists; ``latest``: network -> the time of its latest
    imported post (how far its exports reach); ``imported_count``: every imported post.
    """
    found: dict[int, tuple[datetime | None, str]] = {}
    by_how: dict[str, int] = {}
    matched_imported = set()
    for imported_id, planned_id, how, published_at in matched:
        found[planned_id] = (published_at, how)
        matched_imported.add(imported_id)
        by_how[how] = by_how.get(how, 0) + 1
    lines = []
    for item in sorted(planned, key=lambda p: (p.scheduled_at.timestamp(), p.id)):
        if not _before(item.scheduled_at, now):
            continue  # still to come
        if item.id in found:
            published_at, how = found[item.id]
            lines.append(PlanActualLine(item, PUBLISHED, published_at, how))
            continue
        reach = latest.get(item.network)
        covered = reach is not None and _before(item.scheduled_at, reach)
        lines.append(PlanActualLine(item, MISSED if covered else NOT_COVERED))
    return PlanActual(lines, imported_count - len(matched_imported), by_how)
