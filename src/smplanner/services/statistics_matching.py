"""Plan versus actual: link imported posts to the calendar's planned posts.

Matched planned posts become "published" (the calendar shows them so; the calendar's
own ``calendar_posts.mark_published`` writes that) and their figures are read through
``statistics_queries.stat_posts`` (planned_post_id).
``match_planned_posts`` returns what it changed so that one undo step restores it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from smplanner.domain.plan_matching import ImportedPost, PlannedPost, match_posts
from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Changes
from smplanner.services.statistics_ingest import STATISTICS
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.statistics_matches import replace_matches, select_matches


@dataclass(frozen=True)
class MatchingUndo:
    """What ``match_planned_posts`` replaced: the matches, and the time and status of
    the planned posts it marked published (as ``calendar_posts.schedule_of`` reads them)."""

    matches: list[tuple[int, int, str, float]]
    schedule: dict[int, tuple[str | None, str]]


def _planned(plan: PlanFile) -> list[PlannedPost]:
    try:
        from smplanner.services.calendar_queries import all_posts
    except ImportError:
        return []
    return [
        PlannedPost(p.id, p.network, p.scheduled_at, f"{p.title}\n{p.text}\n{p.link}")
        for p in all_posts(plan)
        if p.scheduled_at is not None
    ]


def _matches(plan: PlanFile) -> list[tuple[int, int, str, float]]:
    return select_matches(plan.conn)


def match_planned_posts(plan: PlanFile) -> tuple[int, MatchingUndo, Changes]:
    """Match every imported post to a planned one; return (matches, undo data, Changes)."""
    from smplanner.services.calendar_posts import mark_published, schedule_of

    previous = _matches(plan)
    # Without their figures: a 100,000-post plan would hold every metrics dict for nothing.
    imported = [ImportedPost(*row) for row in queries.posts_to_match(plan)]
    found = match_posts(imported, _planned(plan))
    ids = {f.planned_id for f in found}
    before = MatchingUndo(previous, schedule_of(plan, ids))
    with plan.transaction():  # one transaction: the calendar's write nests in it
        _replace_matches(plan, [(f.imported_id, f.planned_id, f.how, f.score) for f in found])
        published = mark_published(plan, ids)
    return len(found), before, Changes.of(STATISTICS).merged(published)


def matching_now(plan: PlanFile, planned_ids: Iterable[int]) -> MatchingUndo:
    """The matches and these planned posts' statuses as they are (to redo a matching)."""
    from smplanner.services.calendar_posts import schedule_of

    return MatchingUndo(_matches(plan), schedule_of(plan, planned_ids))


def restore_matching(plan: PlanFile, before: MatchingUndo) -> Changes:
    """Undo ``match_planned_posts``: previous matches and statuses back."""
    from smplanner.services.calendar_posts import restore_schedule

    with plan.transaction():
        _replace_matches(plan, before.matches)
        restored = restore_schedule(plan, before.schedule)
    return Changes.of(STATISTICS).merged(restored)


def _replace_matches(plan: PlanFile, matches: list[tuple[int, int, str, float]]) -> None:
    replace_matches(plan.conn, matches)
