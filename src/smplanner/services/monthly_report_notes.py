"""The community manager's commentary on each section of a client report, kept in
the plan (a setting per period: a month, a quarter, a campaign), so that the report
of a period can be made again."""

from __future__ import annotations

from datetime import date

from smplanner.services.changes import Changes, Edit, Topic, replacing
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

NOTES_KEY = "report.monthly_comments"
SECTIONS = ("objectives", "published", "results", "pillars", "slots", "key_dates")
MAX_CHARS = 4000


def _all(plan: PlanFile) -> dict[str, dict[str, str]]:
    stored = read_setting(plan, NOTES_KEY, {}) or {}
    return {str(k): dict(v) for k, v in stored.items() if isinstance(v, dict)}


def month_comments(plan: PlanFile, month: date) -> dict[str, str]:
    """Section id -> the commentary written for that month's report."""
    return period_comments(plan, month.isoformat()[:7])


def period_comments(plan: PlanFile, key: str) -> dict[str, str]:
    """The commentary of the report of the period named ``key`` ("2027-01", "2027-Q1",
    "campaign-4": domain/report_periods.ReportPeriod.key)."""
    return _all(plan).get(key, {})


def set_month_comments(plan: PlanFile, month: date, comments: dict[str, str]) -> Edit:
    """Replace the month's commentary (unknown sections refused with ValueError)."""
    return set_period_comments(plan, month.isoformat()[:7], comments)


def set_period_comments(plan: PlanFile, key: str, comments: dict[str, str]) -> Edit:
    """Replace the commentary of the period named ``key`` (one undoable Edit)."""
    unknown = set(comments) - set(SECTIONS)
    if unknown:
        raise ValueError(
            f"unknown report section {sorted(unknown)[0]!r}: use one of {', '.join(SECTIONS)}"
        )
    cleaned = {k: v.strip()[:MAX_CHARS] for k, v in comments.items() if v.strip()}

    def write(value: dict[str, str]) -> Changes:
        every = _all(plan)
        every[key] = value
        write_setting(plan, NOTES_KEY, every)
        # A property of the plan's deliverables: nothing on screen shows it, but an
        # Edit that names no topic is taken for no change (no undo step).
        return Changes.of(Topic.PLAN_PROPERTIES)

    return replacing(lambda: period_comments(plan, key), write, cleaned)
