"""The SMART check of one objective: which letter fails, and why, in plain words.

S specific (what, for whom, on which network), M measurable (a KPI, a baseline, a
target), A achievable (the target against the baseline and the time given), R
realistic (a KPI that measures this kind of objective, a value the studies observe),
T time-bound (a deadline, after the start, not already past).
"""

from __future__ import annotations

import math
from datetime import date

from smplanner.domain.kpi_catalogue import KPIS_FOR_KIND, kpi
from smplanner.domain.strategy_findings import MISSING, WARNING, Finding
from smplanner.domain.strategy_refs import ObjectiveRef

DAYS_PER_MONTH = 30.44
SHORTEST_USEFUL_DAYS = 14  # below two weeks no trend can be read in the figures


def months_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_MONTH


def plausible_limit(kpi_id: str, baseline: float, months: float) -> float | None:
    """The furthest value a KPI can plausibly reach from ``baseline`` in ``months``.

    For a KPI where lower is better the limit is a floor. None for an unknown KPI.
    """
    item = kpi(kpi_id)
    if item is None:
        return None
    months = max(months, 0.5)
    if item.higher_is_better:
        return float(baseline * (1 + item.monthly_growth) ** months + item.monthly_slack * months)
    floor = baseline * (1 - item.monthly_growth) ** months - item.monthly_slack * months
    return max(0.0, float(floor))


# Wordings that name a wish, not a result (French and English), flagged unless the
# title also carries a figure ("être plus visible" vs "+20 % de portée d'ici juin").
VAGUE_WORDINGS = (
    "plus visible",
    "être visible",
    "gagner en visibilité",
    "plus de visibilité",
    "de la visibilité",
    "plus de notoriété",
    "gagner en notoriété",
    "développer la notoriété",
    "se faire connaître",
    "faire connaître",
    "améliorer l'image",
    "améliorer son image",
    "plus de clients",
    "plus d'engagement",
    "être présent",
    "more visible",
    "more visibility",
    "be visible",
    "more awareness",
    "raise awareness",
    "build awareness",
    "get known",
    "be known",
    "improve the image",
    "improve our image",
    "more customers",
    "more engagement",
    "be present",
)


def vague_words(title: str) -> str:
    """The vague wording in an objective's title ('' when none, or when a figure
    makes it precise)."""
    lowered = title.casefold().replace("’", "'")
    if any(character.isdigit() for character in lowered):
        return ""
    for wording in VAGUE_WORDINGS:
        if wording in lowered:
            return wording
    return ""


def check_objective(objective: ObjectiveRef, today: date) -> list[Finding]:
    """Every SMART letter the objective fails, each with its reason."""
    found: list[Finding] = []
    where = f"objectives:{objective.id}:"
    name = objective.title.strip() or "(untitled)"

    def add(letter: str, severity: str, column: str, template: str, **params: object) -> None:
        found.append(
            Finding(
                "objectives",
                severity,
                template,
                {"objective": name, **params},
                target=where + column,
                letter=letter,
            )
        )

    # S — specific
    if not objective.title.strip():
        add("S", MISSING, "title", "S: say in a few words what the objective is.")
    # A vague title is made precise by a KPI and a target in their columns.
    vague = vague_words(objective.title)
    if vague and (not objective.metric or objective.target is None):
        usual = KPIS_FOR_KIND.get(objective.kind, ("reach",))
        add(
            "S",
            WARNING,
            "title",
            "S: “{objective}” is vague (“{words}”): say what will change and by how much, "
            "e.g. “+20 % {kpi} by the deadline”, with the KPI, baseline and target in "
            "their columns.",
            words=vague,
            kpi=objective.metric or usual[0],
        )
    if not objective.network:
        add("S", MISSING, "network", "S: “{objective}” names no network: say where it happens.")
    if not objective.audience.strip():
        add("S", MISSING, "audience", "S: “{objective}” does not say for whom (which audience).")

    # M — measurable
    item = kpi(objective.metric) if objective.metric else None
    if not objective.metric:
        add("M", MISSING, "metric", "M: “{objective}” has no KPI: choose what will measure it.")
    if objective.baseline is None:
        add(
            "M",
            MISSING,
            "baseline",
            "M: “{objective}” has no baseline: note today's value to measure progress.",
        )
    if objective.target is None:
        add("M", MISSING, "target", "M: “{objective}” has no target value.")
    if objective.baseline is not None and objective.target is not None:
        better = item is None or item.higher_is_better
        improves = (
            objective.target > objective.baseline
            if better
            else (objective.target < objective.baseline)
        )
        if not improves:
            add(
                "M",
                WARNING,
                "target",
                "M: the target {target} of “{objective}” does not improve on the baseline "
                "{baseline}.",
                target=objective.target,
                baseline=objective.baseline,
            )

    # T — time-bound (computed first: A needs the duration)
    start = objective.start or today
    months: float | None = None
    if objective.deadline is None:
        add("T", MISSING, "deadline", "T: “{objective}” has no deadline.")
    elif objective.deadline <= start:
        add(
            "T",
            WARNING,
            "deadline",
            "T: the deadline of “{objective}” is not after its start ({start}).",
            start=start,
        )
    else:
        months = months_between(start, objective.deadline)
        if objective.deadline < today:
            add(
                "T",
                WARNING,
                "deadline",
                "T: the deadline of “{objective}” ({deadline}) is already past.",
                deadline=objective.deadline,
            )
        elif (objective.deadline - start).days < SHORTEST_USEFUL_DAYS:
            add(
                "T",
                WARNING,
                "deadline",
                "T: less than two weeks for “{objective}” leaves no time to see a trend.",
            )

    # A — achievable
    if (
        item is not None
        and months is not None
        and objective.baseline is not None
        and objective.target is not None
    ):
        limit = plausible_limit(item.id, objective.baseline, months)
        assert limit is not None
        too_far = objective.target > limit if item.higher_is_better else objective.target < limit
        if too_far:
            factor = objective.target / objective.baseline if objective.baseline else math.inf
            add(
                "A",
                WARNING,
                "target",
                "A: going from {baseline} to {target} {kpi} in {months} months is more than "
                "the data supports (about {limit} at most); lower the target or give more time.",
                baseline=objective.baseline,
                target=objective.target,
                kpi=item.id,
                months=round(months, 1),
                limit=round(limit, 1),
                factor=factor,
            )

    # R — realistic
    if item is not None:
        kind_kpis = KPIS_FOR_KIND.get(objective.kind)
        if kind_kpis is not None and item.id not in kind_kpis:
            add(
                "R",
                WARNING,
                "metric",
                "R: {kpi} does not measure a “{kind}” objective; use e.g. {usual}.",
                kpi=item.id,
                kind=objective.kind,
                usual=", ".join(kind_kpis[:3]),
            )
        if item.unit == "percent" and objective.target is not None and objective.target > 100:
            add(
                "R",
                WARNING,
                "target",
                "R: a rate cannot exceed 100 % (target {target}).",
                target=objective.target,
            )
        elif (
            item.realistic_max is not None
            and objective.target is not None
            and objective.target > item.realistic_max
        ):
            add(
                "R",
                WARNING,
                "target",
                "R: {target} for {kpi} is beyond what the studies observe (about {max} at best).",
                target=objective.target,
                kpi=item.id,
                max=item.realistic_max,
            )
    return found


def failing_letters(objective: ObjectiveRef, today: date) -> str:
    """The SMART letters that fail, in order, e.g. "MA" (empty when all pass)."""
    letters = {f.letter for f in check_objective(objective, today)}
    return "".join(letter for letter in "SMART" if letter in letters)
