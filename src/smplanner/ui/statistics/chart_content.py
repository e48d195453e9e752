"""What the Statistics chart draws: the ticked series read over the period, styled so
each can be told apart, and the selected objective against its target and pace.

Styling rule: a network keeps its own colour everywhere (the calendar's). In one
chart, a network's second, third… metric gets another shade and dash; split into
one chart per metric, each chart has one line per network in its plain colour.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from smplanner.domain import kpi
from smplanner.domain.networks import network as network_info
from smplanner.domain.period_totals import LEVEL_METRICS
from smplanner.services import statistics_queries as queries
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.statistics.chart_series import ChartSeries, ObjectiveDrawing
from smplanner.ui.statistics.metric_names import (
    kpi_label,
    metric_name,
    network_name,
)
from smplanner.ui.statistics.objectives_panel import number

if TYPE_CHECKING:
    from smplanner.services.statistics_progress import ObjectiveStatus

# Shade factors (QColor.darker) for a network's 1st, 2nd, 3rd… metric in one chart.
SHADES = (100, 160, 65, 220, 45)


def series_color(network_id: str, shade: int = 0) -> str:
    """The network's colour, in another shade for its second, third… metric."""
    try:
        base = QColor(network_info(network_id).color)
    except KeyError:
        base = QColor("#566573")
    factor = SHADES[shade % len(SHADES)]
    return (base.darker(factor) if factor >= 100 else base.lighter(10_000 // factor)).name()


def series_label(network_id: str, metric: str) -> str:
    """'Instagram · followers', in the interface language."""
    return f"{network_name(network_id)} · {metric_name(metric)}"


def chart_series(
    plan: PlanFile,
    keys: list[tuple[str, str]],
    *,
    start: date | None,
    end: date | None,
    grouping: str,
    split: bool,
) -> list[ChartSeries]:
    """The (network, metric) series over [start, end], by day, week or month."""
    result = []
    per_network: dict[str, int] = {}
    for network, metric in keys:
        points = queries.daily_series(plan, network, metric, start, end)
        if grouping != "day":
            points = kpi.aggregate(points, grouping, "last" if metric in LEVEL_METRICS else "sum")
        index = 0 if split else per_network.get(network, 0)
        per_network[network] = index + 1
        result.append(
            ChartSeries(
                series_label(network, metric),
                series_color(network, index),
                points,
                group=metric_name(metric),
                short_name=network_name(network),
                dash=index,
            )
        )
    return result


def objective_drawing(status: ObjectiveStatus, status_text: str) -> ObjectiveDrawing:
    """The objective's measured series, target line and expected straight pace from
    its starting value (at its start) to its target (at its deadline)."""
    from smplanner.services.statistics_progress import SUMMED_KPIS

    objective = status.objective
    baseline = objective.baseline
    if baseline is None and objective.metric in SUMMED_KPIS:
        baseline = 0.0  # counts add up from the objective's start
    pace: list[tuple[date, float]] = []
    if (
        baseline is not None
        and objective.target is not None
        and objective.start is not None
        and objective.deadline is not None
        and objective.deadline > objective.start
    ):
        pace = [(objective.start, baseline), (objective.deadline, objective.target)]
    measured = kpi_label(objective.metric) if objective.metric else objective.title
    if objective.network:
        measured = f"{network_name(objective.network)} · {measured}"
    target = ""
    if objective.target is not None:
        target = QCoreApplication.translate("ChartContent", "Target: %1").replace(
            "%1", number(objective.target)
        )
    return ObjectiveDrawing(
        title=f"{objective.title} — {status_text}",
        points=list(status.series),
        target=objective.target,
        labels={
            "measured": measured,
            "target": target,
            "pace": QCoreApplication.translate("ChartContent", "Expected pace"),
        },
        pace=pace,
    )
