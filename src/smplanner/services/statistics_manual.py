"""Figures typed in by hand: what exports lack (TikTok watch time and completion rate,
leads, applications, sales from social). Stored through ``ingest`` like any import,
so that they are undoable and a later export of the same figure updates them."""

from __future__ import annotations

from datetime import date

from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.errors import UserError
from smplanner.services.statistics_ingest import IngestResult, ingest
from smplanner.storage.plan_file import PlanFile

MANUAL = "manual"
MANUAL_DAILY_METRICS = ("leads", "applications", "sales", "followers", "reach", "impressions")
MANUAL_POST_METRICS = ("average_watch_seconds", "completion_rate", "watch_time_seconds")


class ManualFigureError(UserError, ValueError):
    """A typed figure the plan cannot take (negative, not a number, unknown metric)."""


def _check(figures: dict[str, float], allowed: tuple[str, ...]) -> None:
    for metric, value in figures.items():
        if metric not in allowed:
            raise ManualFigureError(
                f"'{metric}' cannot be typed in here: use {', '.join(allowed)}."
            )
        if value < 0:
            raise ManualFigureError(f"{metric}: {value} is negative; type 0 or more.")
        if metric == "completion_rate" and value > 100:
            raise ManualFigureError("The completion rate is a percentage: type 0 to 100.")


def enter_daily_figures(
    plan: PlanFile, network: str, day: date, figures: dict[str, float]
) -> IngestResult:
    """Record an account's figures for one day (e.g. leads from social that week)."""
    _check(figures, MANUAL_DAILY_METRICS)
    daily = [DailyValue(network, "", day, metric, value) for metric, value in figures.items()]
    return ingest(plan, source_label="Typed in", source_kind=MANUAL, daily=daily)


def enter_post_figures(
    plan: PlanFile, network: str, external_id: str, figures: dict[str, float]
) -> IngestResult:
    """Add figures to an imported post (TikTok's watch time and completion rate)."""
    _check(figures, MANUAL_POST_METRICS)
    post = StatPost(network=network, account="", external_id=external_id, metrics=figures)
    return ingest(plan, source_label="Typed in", source_kind=MANUAL, posts=[post])
