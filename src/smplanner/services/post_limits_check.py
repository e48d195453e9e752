"""Posts over their network's limits, read-only, for `smplanner check`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smplanner.domain.post_limits import LimitCheck, post_problems
from smplanner.domain.post_refs import PostRef
from smplanner.services.calendar_queries import all_posts
from smplanner.services.media import all_media_facts
from smplanner.storage.plan_file import PlanFile, connect_read_only, inspect_plan


@dataclass(frozen=True)
class OverLimitPost:
    """One post and the limits of its network it breaks."""

    post: PostRef
    checks: tuple[LimitCheck, ...]


def over_limit_posts(plan: PlanFile) -> list[OverLimitPost]:
    """Every post not yet published that its network would refuse or cut, in time
    order then the ideas (a published post is history: nothing to do about it)."""
    found = []
    facts = all_media_facts(plan)
    for post in all_posts(plan):
        if post.status == "published":
            continue
        checks = post_problems(post, facts)
        if checks:
            found.append(OverLimitPost(post, tuple(checks)))
    return found


def over_limit_posts_at(path: Path) -> list[OverLimitPost]:
    """``over_limit_posts`` of the plan at ``path``, opened read-only without migrating
    (cheap checks only: ``smplanner check`` reads the whole file once, elsewhere)."""
    facts = inspect_plan(path, full=False)
    with PlanFile(
        facts.path, connect_read_only(facts.path), lock=None, read_only_reason="checking"
    ) as plan:
        return over_limit_posts(plan)


def over_limit_as_json(found: list[OverLimitPost]) -> list[dict[str, Any]]:
    """A stable JSON shape for tools: one object per limit broken."""
    return [
        {
            "post_id": item.post.id,
            "network": item.post.network,
            "scheduled_at": item.post.scheduled_at.isoformat() if item.post.scheduled_at else None,
            "title": item.post.title,
            "what": check.what,
            "value": check.value,
            "limit": check.limit,  # a maximum; for media_required, the minimum
            "detail": check.detail or None,
            "source": check.source,
        }
        for item in found
        for check in item.checks
    ]
