"""The method's warnings for a span of the calendar, with the strategy's caps and links.

Reads the strategy through strategy_queries (coping with a plan whose strategy is
empty: then the default cap applies and pillar/objective ids are not checked for
existence), the rule settings from the plan's settings, and the slots in force.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from smplanner.domain.caps import week_start
from smplanner.domain.networks import network_ids
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import (
    RuleContext,
    RuleSettings,
    RuleWarning,
    check_posts,
    day_warnings,
    span_warnings,
)
from smplanner.domain.slots import as_table
from smplanner.errors import UserError
from smplanner.messages import Joined, Message
from smplanner.services import calendar_queries
from smplanner.services.calendar_queries import CALENDAR_SETTINGS
from smplanner.services.changes import Changes
from smplanner.services.media import all_media_facts
from smplanner.services.time_slots import all_effective_slots
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTINGS_KEY = "calendar.rules"


def rule_settings(plan: PlanFile) -> RuleSettings:
    """The plan's rule settings (defaults where never set).

    Until the user sets the weekend exceptions, they follow the client: every network
    for a trade whose customers come at the weekend (a bakery's Saturday is its best
    day), else the networks whose own best hours (from the statistics) fall on a
    weekend. The rules then never flag what the client's data recommends.
    """
    stored = read_setting(plan, SETTINGS_KEY, {}) or {}
    settings = RuleSettings.from_dict(stored)
    if "weekend_ok_networks" not in stored:
        settings = replace(settings, weekend_ok_networks=default_weekend_networks(plan))
    return settings


def default_weekend_networks(plan: PlanFile) -> tuple[str, ...]:
    """The networks whose weekend posts are fine for this client by default."""
    from smplanner.domain.sectors import weekend_suits
    from smplanner.domain.slots import as_table, peak_hours
    from smplanner.services.time_slots import SOURCE_STATISTICS, effective_slots
    from smplanner.storage.plan_properties_repo import read_properties

    if weekend_suits(read_properties(plan).sector):
        return tuple(network_ids())
    found = []
    for network in network_ids():
        slots, source = effective_slots(plan, network)
        if source == SOURCE_STATISTICS and any(
            weekday >= 5 for weekday, _hour in peak_hours(as_table(slots))
        ):
            found.append(network)
    return tuple(found)


class RuleSettingsError(UserError, ValueError):
    """Rule settings out of range (the message says which and what is allowed)."""


def set_rule_settings(plan: PlanFile, settings: RuleSettings) -> Changes:
    """Store the rule settings of this plan (the warnings follow at once)."""
    problems = settings.problems()
    if problems:
        raise RuleSettingsError(
            Message("The method's rules cannot be saved: {problems}.", problems=Joined(problems))
        )
    unknown = set(settings.weekend_ok_networks) - set(network_ids())
    if unknown:
        raise RuleSettingsError(
            Message(
                "Unknown network(s) {unknown} in the weekend exceptions: use {known}.",
                unknown=", ".join(sorted(unknown)),
                known=", ".join(network_ids()),
            )
        )
    write_setting(plan, SETTINGS_KEY, asdict(settings))
    return Changes.of(CALENDAR_SETTINGS)


def _strategy(plan: PlanFile) -> tuple[dict[str, int], tuple[str, ...], Any, Any]:
    try:
        from smplanner.services import strategy_queries
    except ImportError:  # strategy feature absent: defaults
        return {}, (), None, None
    choices = strategy_queries.used_networks(plan)
    caps = {c.network: c.weekly_target for c in choices if c.weekly_target}
    pillars = strategy_queries.content_pillars(plan)
    objectives = strategy_queries.objectives(plan)
    return (
        caps,
        tuple(c.network for c in choices),
        frozenset(p.id for p in pillars) if pillars else None,
        frozenset(o.id for o in objectives) if objectives else None,
    )


def rule_context(plan: PlanFile) -> RuleContext:
    """Everything the rules need besides the posts, read once per refresh."""
    caps, used, pillar_ids, objective_ids = _strategy(plan)
    groups = calendar_queries.groups(plan)
    slots = {network: as_table(s) for network, s in all_effective_slots(plan).items()}
    return RuleContext(
        caps=caps,
        used_networks=used,
        slots=slots,
        groups=groups,
        pillar_ids=pillar_ids,
        objective_ids=objective_ids,
        settings=rule_settings(plan),
        media_facts=all_media_facts(plan),
    )


def warnings_between(
    plan: PlanFile, first: date, after_last: date, context: RuleContext | None = None
) -> list[RuleWarning]:
    """Warnings for the posts of [first, after_last), counting whole weeks for the caps."""
    context = context or rule_context(plan)
    posts = calendar_queries.posts_between(plan, first, after_last)
    monday = week_start(first)
    end_monday = week_start(after_last - timedelta(days=1)) + timedelta(days=7)
    week_posts = posts
    if monday != first or end_monday != after_last:
        week_posts = calendar_queries.posts_between(plan, monday, end_monday)
    return check_posts(posts, context, period=(first, after_last), week_posts=week_posts)


# ---------------------------------------------------------------- cached, off the GUI thread


@dataclass(frozen=True)
class WarningsRequest:
    """A snapshot of what the rules need for one period, safe to hand to a worker
    thread (plain values, no connection): the days whose day-local warnings are not
    cached yet, with their posts, and every post of the period for the span rules."""

    first: date
    after_last: date
    context: RuleContext
    days_to_check: dict[date, list[PostRef]]
    posts: list[PostRef]
    generation: int


@dataclass(frozen=True)
class WarningsResult:
    request: WarningsRequest
    by_day: dict[date, list[RuleWarning]]
    span: list[RuleWarning]


def compute_warnings(request: WarningsRequest) -> WarningsResult:
    """The rules on a snapshot (any thread): day-local ones for the days asked, and
    the weekly caps, group variants and long gaps over the whole period."""
    by_day = {
        day: day_warnings(posts, request.context) for day, posts in request.days_to_check.items()
    }
    span = span_warnings(request.posts, request.context, period=(request.first, request.after_last))
    return WarningsResult(request, by_day, span)


class WarningsCache:
    """Day-local warnings by day, kept until a change notice names the day.

    ``generation`` counts invalidations: a result computed before one is dropped
    (its days may hold what was just changed).
    """

    def __init__(self) -> None:
        self._days: dict[date, list[RuleWarning]] = {}
        self.generation = 0

    def missing(self, days: list[date]) -> list[date]:
        return [day for day in days if day not in self._days]

    def forget(self, days: set[date] | list[date]) -> None:
        self.generation += 1
        for day in days:
            self._days.pop(day, None)

    def clear(self) -> None:
        self.generation += 1
        self._days.clear()

    def store(self, result: WarningsResult) -> bool:
        """Keep a worker's day results; False (nothing kept) if they are stale."""
        if result.request.generation != self.generation:
            return False
        self._days.update(result.by_day)
        return True

    def days_held(self, days: list[date]) -> dict[date, list[RuleWarning]]:
        """The cached warnings of these days (a copy of the index: lists are not changed)."""
        return {day: self._days[day] for day in days if day in self._days}
