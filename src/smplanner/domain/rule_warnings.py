"""The method's calendar rules as one call: posts in, non-blocking warnings out.

Each rule lives in its own module (caps, similarity, timing, gaps); this one holds
the warning type, the settings, the "no pillar / no objective" rule and the runner.
Warnings carry a kind and parameters; the UI words them (and translates them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from smplanner.domain.post_refs import PostGroup, PostRef
from smplanner.domain.slots import SlotTable
from smplanner.messages import Message

DEFAULT_WEEKLY_CAP = 4

CAP = "weekly_cap"
SAME_TEXT = "same_text"
NIGHT = "night"
WEEKEND = "weekend"
PEAK = "peak_slot"
GAP = "long_gap"
NO_PILLAR = "no_pillar"
NO_OBJECTIVE = "no_objective"


@dataclass(frozen=True)
class RuleWarning:
    """One warning: which rule, on which posts (or network), with the figures to show."""

    kind: str
    post_ids: tuple[int, ...] = ()
    network: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class RuleSettings:
    """What the community manager can tune per plan (stored in the plan's settings)."""

    night_start: int = 22  # local hour from which a post is "at night"
    night_end: int = 7  # … until this hour
    warn_weekend: bool = True
    weekend_ok_networks: tuple[str, ...] = ()  # networks whose audience reads at the weekend
    gap_days: int = 7  # a used network with nothing planned this long is flagged
    default_cap: int = DEFAULT_WEEKLY_CAP
    similarity: float = 0.85  # 0..1, how alike two texts must be to warn
    warn_missing_pillar: bool = True
    warn_missing_objective: bool = True

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None) -> RuleSettings:
        known = {k: v for k, v in (values or {}).items() if k in cls.__dataclass_fields__}
        if "weekend_ok_networks" in known:  # stored as a JSON list
            known["weekend_ok_networks"] = tuple(known["weekend_ok_networks"])
        return cls(**known)

    def warns_weekend(self, network: str) -> bool:
        """Whether a weekend post on this network is flagged."""
        return self.warn_weekend and network not in self.weekend_ok_networks

    def problems(self) -> list[str]:
        """What is out of range, in words (Messages; empty when the settings can be stored)."""
        found: list[str] = []
        for name in ("night_start", "night_end"):
            if not 0 <= getattr(self, name) <= 23:
                found.append(Message("{name} must be an hour from 0 to 23", name=name))
        if self.gap_days < 1:
            found.append(Message("gap_days must be 1 or more"))
        if self.default_cap < 1:
            found.append(Message("default_cap must be 1 or more"))
        if not 0 < self.similarity <= 1:
            found.append(Message("similarity must be above 0 and at most 1"))
        return found


@dataclass(frozen=True)
class RuleContext:
    """What the rules need besides the posts."""

    caps: dict[str, int] = field(default_factory=dict)  # network -> weekly cap
    used_networks: tuple[str, ...] = ()
    slots: dict[str, SlotTable] = field(default_factory=dict)  # network -> slot table
    groups: dict[int, PostGroup] = field(default_factory=dict)
    pillar_ids: frozenset[int] | None = None  # None: strategy unknown, any id is fine
    objective_ids: frozenset[int] | None = None
    settings: RuleSettings = RuleSettings()
    # What the plan knows of its stored media (kind, length, size), by reference.
    media_facts: dict[str, Any] = field(default_factory=dict)

    def cap_for(self, network: str) -> int:
        return self.caps.get(network) or self.settings.default_cap


def missing_strategy_links(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    """Scheduled posts with no content pillar or no objective (or one since deleted)."""
    warnings = []
    for post in posts:
        if post.scheduled_at is None:
            continue
        if context.settings.warn_missing_pillar and (
            post.pillar_id is None
            or (context.pillar_ids is not None and post.pillar_id not in context.pillar_ids)
        ):
            warnings.append(RuleWarning(NO_PILLAR, (post.id,), post.network))
        if context.settings.warn_missing_objective and (
            post.objective_id is None
            or (
                context.objective_ids is not None and post.objective_id not in context.objective_ids
            )
        ):
            warnings.append(RuleWarning(NO_OBJECTIVE, (post.id,), post.network))
    return warnings


def check_posts(
    posts: list[PostRef],
    context: RuleContext,
    *,
    period: tuple[date, date] | None = None,
    week_posts: list[PostRef] | None = None,
) -> list[RuleWarning]:
    """Every rule on these posts.

    ``week_posts`` are the posts of the whole weeks around ``posts`` (for the caps:
    a month view starts mid-week); ``period`` (first day, day after last) enables
    the long-gap rule over that span. The same warnings as ``span_warnings`` plus
    ``day_warnings`` of each day (which the calendar caches day by day).
    """
    from smplanner.domain import caps, gaps, post_limits, similarity, timing

    warnings: list[RuleWarning] = []
    warnings += caps.cap_warnings(week_posts if week_posts is not None else posts, context)
    warnings += similarity.same_text_warnings(posts, context)
    warnings += timing.timing_warnings(posts, context)
    warnings += missing_strategy_links(posts, context)
    warnings += post_limits.limit_warnings(posts, context.media_facts)
    if period is not None:
        warnings += gaps.gap_warnings(posts, context, period[0], period[1])
    return warnings


def day_warnings(posts: list[PostRef], context: RuleContext) -> list[RuleWarning]:
    """The warnings that depend on one local day's posts only: same text that day,
    night, weekend and busiest slot, missing pillar or objective, a network's limits."""
    from smplanner.domain import post_limits, similarity, timing

    return (
        similarity.same_text_warnings(posts, context, by="day")
        + timing.timing_warnings(posts, context)
        + missing_strategy_links(posts, context)
        + post_limits.limit_warnings(posts, context.media_facts)
    )


def span_warnings(
    posts: list[PostRef],
    context: RuleContext,
    *,
    period: tuple[date, date] | None = None,
    week_posts: list[PostRef] | None = None,
) -> list[RuleWarning]:
    """The warnings that need more than a day: weekly caps, a group's variants on
    different days with the same text, long gaps (linear in the posts)."""
    from smplanner.domain import caps, gaps, similarity

    warnings: list[RuleWarning] = []
    warnings += caps.cap_warnings(week_posts if week_posts is not None else posts, context)
    grouped = [post for post in posts if post.group_id is not None]
    warnings += similarity.same_text_warnings(grouped, context, by="group")
    if period is not None:
        warnings += gaps.gap_warnings(posts, context, period[0], period[1])
    return warnings


def warnings_by_post(warnings: list[RuleWarning]) -> dict[int, list[RuleWarning]]:
    """Index warnings by the posts they name (a card shows its own)."""
    index: dict[int, list[RuleWarning]] = {}
    for warning in warnings:
        for post_id in warning.post_ids:
            index.setdefault(post_id, []).append(warning)
    return index
