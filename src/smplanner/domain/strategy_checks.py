"""Every check of the method over the whole strategy, and the workshop's progress.

The guidance panel, the report and ``smplanner check`` all call ``check_strategy``.
"""

from __future__ import annotations

from datetime import date

from smplanner.domain.audience import check_audience
from smplanner.domain.budget import check_budget, freelance_hours_per_week
from smplanner.domain.community import check_community
from smplanner.domain.editorial import check_editorial
from smplanner.domain.kpi_catalogue import kpi
from smplanner.domain.smart import check_objective
from smplanner.domain.strategy_findings import MISSING, SECTIONS, WARNING, Finding
from smplanner.domain.strategy_refs import StrategyDocument

DEFAULT_WEEKLY_CAP = 4  # the method's default for a small business with little time
HOURS_PER_POST = 1.0  # creating, publishing and answering one post, roughly
DORMANT_AFTER_DAYS = 90
SMALL_TEAM_HOURS = 10
NETWORKS_FOR_SMALL_TEAM = 3

TEAM_HOURS = "audit.team_hours"
WHO_RUNS = "audit.who_runs"
SKILLS = "audit.skills"
TOOLS = "audit.tools"
LEARNINGS = "audit.learnings"
FROM_SCRATCH = "audit.from_scratch"


def check_audit(doc: StrategyDocument, today: date) -> list[Finding]:
    """The audit: where the client is now."""
    found: list[Finding] = []
    if not doc.audit_networks and not doc.fields.get(FROM_SCRATCH):
        found.append(
            Finding(
                "audit",
                MISSING,
                "List the networks the client already uses (or tick “starting from scratch”).",
                target="audit_networks",
            )
        )
    for key, template in (
        (WHO_RUNS, "Say who runs the accounts today."),
        (TEAM_HOURS, "Say how many hours a week the team can give."),
        (SKILLS, "Note the skills in-house (a social media manager or not)."),
        (TOOLS, "List the tools already used (analytics, schedulers)."),
        (LEARNINGS, "Note what worked and what did not."),
    ):
        if not doc.text(key):
            found.append(Finding("audit", MISSING, template, target=key))
    for account in doc.audit_networks:
        if (
            account.active
            and account.last_post is not None
            and (today - account.last_post).days > DORMANT_AFTER_DAYS
        ):
            found.append(
                Finding(
                    "audit",
                    WARNING,
                    "{network} is marked active but its last post is {days} days old: "
                    "mark it dormant, then revive or close it.",
                    {"network": account.network, "days": (today - account.last_post).days},
                    target=f"audit_networks:{account.id}:active",
                )
            )
    return found


def check_networks(doc: StrategyDocument) -> list[Finding]:
    """The networks chosen: roles, rhythm, and whether the team can keep up."""
    found: list[Finding] = []
    used = [c for c in doc.network_choices if c.used]
    if not used:
        found.append(
            Finding("networks", MISSING, "Choose the networks the plan uses.", target="networks")
        )
    for choice in used:
        if not choice.role.strip():
            found.append(
                Finding(
                    "networks",
                    MISSING,
                    "Give {network} a role (showcase, photos, hot news, recruitment…).",
                    {"network": choice.network},
                    target=f"network:{choice.network}",
                )
            )
        if choice.weekly_target is None:
            found.append(
                Finding(
                    "networks",
                    MISSING,
                    "Set a weekly posting target for {network}.",
                    {"network": choice.network},
                    target=f"network:{choice.network}",
                )
            )
        elif choice.weekly_target > DEFAULT_WEEKLY_CAP:
            found.append(
                Finding(
                    "networks",
                    WARNING,
                    "{count} posts a week on {network} is above the weekly cap of {cap}: "
                    "check the team can sustain it.",
                    {
                        "count": choice.weekly_target,
                        "network": choice.network,
                        "cap": DEFAULT_WEEKLY_CAP,
                    },
                    target=f"network:{choice.network}",
                )
            )
    team = doc.number(TEAM_HOURS)
    bought = freelance_hours_per_week(doc.budget_lines)  # the freelance days in the budget
    hours = None if team is None and not bought else (team or 0) + bought
    posts = sum(c.weekly_target or 0 for c in used)
    if hours is not None and posts * HOURS_PER_POST > hours:
        needed = posts * HOURS_PER_POST
        if bought:
            found.append(
                Finding(
                    "networks",
                    WARNING,
                    "{posts} posts a week need about {needed} hours; the team has {team} "
                    "and the freelance days bought add {bought}: post less or on fewer "
                    "networks.",
                    {"posts": posts, "needed": needed, "team": team or 0, "bought": bought},
                    target=TEAM_HOURS,
                )
            )
        else:
            found.append(
                Finding(
                    "networks",
                    WARNING,
                    "{posts} posts a week need about {needed} hours; the team has {hours}: "
                    "post less or on fewer networks.",
                    {"posts": posts, "needed": needed, "hours": hours},
                    target=TEAM_HOURS,
                )
            )
    if hours is not None and hours < SMALL_TEAM_HOURS and len(used) > NETWORKS_FOR_SMALL_TEAM:
        found.append(
            Finding(
                "networks",
                WARNING,
                "{count} networks for {hours} hours a week: better fewer networks, well kept.",
                {"count": len(used), "hours": hours},
                target="networks",
            )
        )
    return found


def check_objectives(doc: StrategyDocument, today: date) -> list[Finding]:
    found: list[Finding] = []
    if not doc.objectives:
        found.append(
            Finding("objectives", MISSING, "Set at least one objective.", target="objectives")
        )
    used = {c.network for c in doc.network_choices if c.used}
    for objective in doc.objectives:
        found.extend(check_objective(objective, today))
        if used and objective.network and objective.network not in used:
            found.append(
                Finding(
                    "objectives",
                    WARNING,
                    "“{objective}” is on {network}, which the plan does not use.",
                    {"objective": objective.title or "?", "network": objective.network},
                    target=f"objectives:{objective.id}:network",
                )
            )
    return found


def check_kpis(doc: StrategyDocument) -> list[Finding]:
    """Each objective needs KPIs with a source and a review rhythm."""
    found: list[Finding] = []
    if not doc.objectives:
        # Nothing to measure yet: the section is not done, whatever else is filled.
        found.append(
            Finding(
                "kpis",
                MISSING,
                "Set the objectives first (section 3), then choose the KPIs that follow each.",
                target="objective_kpis",
            )
        )
    for objective in doc.objectives:
        kpis = [k for k in doc.kpis if k.objective_id == objective.id]
        name = objective.title or "?"
        if not kpis:
            found.append(
                Finding(
                    "kpis",
                    MISSING,
                    "Choose the KPIs that follow “{objective}”.",
                    {"objective": name},
                    target=f"kpis_for:{objective.id}",
                )
            )
        for item in kpis:
            info = kpi(item.kpi)
            if info is not None and info.needs_denominator and not item.denominator:
                found.append(
                    Finding(
                        "kpis",
                        WARNING,
                        "Say what the engagement rate of “{objective}” is divided by (reach, "
                        "impressions or followers): rates on different bases do not compare.",
                        {"objective": name},
                        target=f"objective_kpis:{item.id}:denominator",
                    )
                )
            if not item.source.strip():
                found.append(
                    Finding(
                        "kpis",
                        MISSING,
                        "Say where the figures of {kpi} for “{objective}” come from.",
                        {"kpi": item.kpi, "objective": name},
                        target=f"objective_kpis:{item.id}:source",
                    )
                )
            if not item.review.strip():
                found.append(
                    Finding(
                        "kpis",
                        MISSING,
                        "Say how often {kpi} for “{objective}” is reviewed.",
                        {"kpi": item.kpi, "objective": name},
                        target=f"objective_kpis:{item.id}:review",
                    )
                )
    return found


def check_strategy(doc: StrategyDocument, today: date) -> list[Finding]:
    """Every missing answer and warning, in the workshop's section order."""
    found = [
        *check_audit(doc, today),
        *check_budget(doc),
        *check_objectives(doc, today),
        *check_audience(doc),
        *check_networks(doc),
        *check_editorial(doc),
        *check_community(doc),
        *check_kpis(doc),
    ]
    order = {section: i for i, section in enumerate(SECTIONS)}
    return sorted(found, key=lambda f: order[f.section])  # stable: keeps each list's order


def section_complete(findings: list[Finding], section: str) -> bool:
    """A section is complete when nothing is missing in it (warnings may remain)."""
    return not any(f.section == section and f.severity == MISSING for f in findings)


def progress(findings: list[Finding]) -> tuple[int, int]:
    """(complete sections, all sections) for the workshop's progress bar."""
    done = sum(section_complete(findings, s) for s in SECTIONS)
    return done, len(SECTIONS)


__all__ = ["MISSING", "WARNING", "check_strategy", "progress", "section_complete"]
