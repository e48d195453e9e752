"""The calendar's warnings over a whole plan, read-only, for `smplanner check`.

The same rules as the Calendar tab's panel (calendar_rules), over the span from
the first to the last dated post not yet published: a published post is history,
nothing to do about it. The network limits have their own section in `check`
(post_limits_check), so they are left out here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from smplanner.domain.post_limits import POST_LIMIT
from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.services import calendar_queries, calendar_rules
from smplanner.storage.plan_file import PlanFile, connect_read_only, inspect_plan


@dataclass(frozen=True)
class CalendarWarning:
    """One rule warning with the posts it names (in time order)."""

    warning: RuleWarning
    posts: tuple[PostRef, ...]

    @property
    def first_moment(self) -> datetime | None:
        moments = [p.scheduled_at for p in self.posts if p.scheduled_at is not None]
        return min(moments) if moments else None


def calendar_warnings(plan: PlanFile) -> list[CalendarWarning]:
    """Every warning of the posts still to publish, in the order of their first post."""
    pending = [
        p
        for p in calendar_queries.all_posts(plan)
        if p.scheduled_at is not None and p.status != PostStatus.PUBLISHED
    ]
    if not pending:
        return []
    first = min(p.scheduled_at for p in pending if p.scheduled_at).date()
    last = max(p.scheduled_at for p in pending if p.scheduled_at).date()
    warnings = calendar_rules.warnings_between(plan, first, last + timedelta(days=1))
    by_id = {p.id: p for p in pending}
    found = []
    for warning in warnings:
        if warning.kind == POST_LIMIT:
            continue
        posts = tuple(by_id[i] for i in warning.post_ids if i in by_id)
        if warning.post_ids and not posts:
            continue  # only published posts: history
        found.append(CalendarWarning(warning, posts))
    return sorted(found, key=_order)


def _order(item: CalendarWarning) -> tuple[str, str]:
    moment = item.first_moment
    if moment is not None:
        return moment.isoformat(), item.warning.kind
    start = item.warning.params.get("from") or item.warning.params.get("week")
    return (start.isoformat() if isinstance(start, date) else ""), item.warning.kind


def calendar_warnings_at(path: Path) -> list[CalendarWarning]:
    """``calendar_warnings`` of the plan at ``path``, opened read-only, not migrated."""
    facts = inspect_plan(path, full=False)
    with PlanFile(
        facts.path, connect_read_only(facts.path), lock=None, read_only_reason="checking"
    ) as plan:
        return calendar_warnings(plan)


def json_value(value: Any) -> Any:
    """A warning's figure as JSON holds it (dates as ISO text, tuples as lists)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def warnings_as_json(found: list[CalendarWarning], texts: list[str]) -> list[dict[str, Any]]:
    """A stable JSON shape for tools: kind, network, posts, figures and the sentence."""
    return [
        {
            "kind": item.warning.kind,
            "network": item.warning.network,
            "post_ids": list(item.warning.post_ids),
            "first_post_at": item.first_moment.isoformat() if item.first_moment else None,
            "params": json_value(item.warning.params),
            "text": text,
        }
        for item, text in zip(found, texts, strict=True)
    ]
