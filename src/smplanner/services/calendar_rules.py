"""The method's warnings for a span of the calendar, with the strategy's caps and links.

Reads the strategy through strategy_queries (coping with a plan whose strategy is
empty: then the default cap applies and pillar/objective ids are not checked for
existence), the rule settings from the plan's settings, and the slots in force.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from smplanner.domain.caps import week_start
from smplanner.domain.networks import network_ids
from smplanner.domain.rule_warnings import RuleContext, RuleSettings, RuleWarning, check_posts
from smplanner.domain.slots import as_table
from smplanner.errors import UserError
from smplanner.messages import Joined, Message
from smplanner.services import calendar_queries
from smplanner.services.calendar_queries import CALENDAR_SETTINGS
from smplanner.services.changes import Changes
from smplanner.services.time_slots import all_effective_slots
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTINGS_KEY = "calendar.rules"


def rule_settings(plan: PlanFile) -> RuleSettings:
    """The plan's rule settings (defaults where never set)."""
    return RuleSettings.from_dict(read_setting(plan, SETTINGS_KEY, {}))


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
