"""Results: a chart per followed series and each objective's progress toward its target.

Only when statistics exist: with no imported or typed figures the section is left
out. Charts are images (see reports/charts.py), embedded in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from smplanner.domain.strategy_refs import ObjectiveRef
from smplanner.reports.html_blocks import network_badge, network_name, paragraph, table, text
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_labels import label

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

CHART_DAYS = 180  # at most the last six months: a client reads trends, not history
MAX_CHARTS = 6
# KPIs read as "where we are now" (the last value); the others add up over 30 days.
LEVEL_KPIS = {
    "followers",
    "engagement_rate",
    "ctr",
    "completion_rate",
    "avg_watch_time",
    "average_rating",
    "response_time_hours",
}
METRICS_FOR_KPI = {"video_views": ("video_views", "views"), "clicks": ("clicks", "link_clicks")}


@dataclass(frozen=True)
class Progress:
    """How far an objective has come: its current value and the share of the way done."""

    current: float
    share: float | None  # 0.0 at the baseline, 1.0 at the target (may pass 1)


def objective_progress(
    objective: ObjectiveRef, series: list[tuple[date, float]]
) -> Progress | None:
    """Progress of ``objective`` given its daily series (None without figures)."""
    if not series:
        return None
    if objective.metric in LEVEL_KPIS:
        current = series[-1][1]
    else:
        since = series[-1][0] - timedelta(days=30)
        current = sum(value for day, value in series if day > since)
    share = None
    if objective.target is not None and objective.baseline is not None:
        distance = objective.target - objective.baseline
        if distance:
            share = (current - objective.baseline) / distance
    return Progress(current, share)


def _series_for(
    context: ReportContext, network: str, kpi: str
) -> tuple[str, list[tuple[date, float]]]:
    from smplanner.services.statistics_queries import daily_series

    start = context.options.today - timedelta(days=CHART_DAYS)
    for metric in METRICS_FOR_KPI.get(kpi, (kpi,)):
        points = daily_series(context.plan, network, metric, start, context.options.today)
        if points:
            return metric, points
    return kpi, []


def statistics(context: ReportContext) -> SectionContent | None:
    """Charts of the objectives' series (then followers and reach), and progress."""
    from smplanner.domain.networks import network as find_network
    from smplanner.reports.charts import line_chart
    from smplanner.services.statistics_queries import series_keys

    keys = series_keys(context.plan)
    if not keys:
        return None
    lang = context.lang
    doc = context.strategy
    charts: list[tuple[str, str, ObjectiveRef | None]] = []
    for goal in doc.objectives:
        if goal.network and goal.metric:
            charts.append((goal.network, goal.metric, goal))
    for key in keys:
        if key.metric in ("followers", "reach") and not any(
            c[0] == key.network and c[1] == key.metric for c in charts
        ):
            charts.append((key.network, key.metric, None))
    html = ""
    images: dict[str, QImage] = {}
    progress_rows = []
    for network, kpi, objective in charts:
        metric, points = _series_for(context, network, kpi)
        if objective is not None:
            progress = objective_progress(objective, points)
            progress_rows.append(
                (
                    f"<b>{text(objective.title or label(lang, objective.kind))}</b>",
                    network_badge(network),
                    text(label(lang, kpi)),
                    text(lang.number(objective.baseline)),
                    text(lang.number(progress.current) if progress else "—"),
                    text(lang.number(objective.target)),
                    text(
                        lang.percent(progress.share * 100)
                        if progress and progress.share is not None
                        else "—"
                    ),
                )
            )
        if len(points) < 2 or len(images) >= MAX_CHARTS:
            continue
        name = f"chart:{network}-{metric}-{len(images)}"
        try:
            colour = find_network(network).color
        except KeyError:
            colour = "#374151"
        target = objective.target if objective is not None else None
        images[name] = line_chart(
            points,
            lang,
            colour=colour,
            target=target,
            target_label=lang.translate("Report", "Target: {value}").format(
                value=lang.number(target)
            )
            if target is not None
            else "",
        )
        caption = lang.translate("Report", "{metric} on {network}, {start} to {end}").format(
            metric=label(lang, metric),
            network=network_name(network),
            start=lang.long_date(points[0][0]),
            end=lang.long_date(points[-1][0]),
        )
        html += (
            '<p style="font-weight: 600; margin-top: 10pt; margin-bottom: 2pt;">'
            f"{text(caption)}</p>"
            f'<p><img src="{name}" width="620"/></p>'
        )
    body = ""
    if progress_rows:
        body += table(
            [
                lang.translate("Report", "Objective"),
                lang.translate("Report", "Network"),
                lang.translate("Report", "KPI"),
                lang.translate("Report", "Start"),
                lang.translate("Report", "Now"),
                lang.translate("Report", "Target"),
                lang.translate("Report", "Progress"),
            ],
            progress_rows,
            numeric=(3, 4, 5, 6),
            widths=(30, 14, 14, 10, 10, 10, 12),
            raw=True,
        )
        body += paragraph(
            lang.translate(
                "Report",
                "Progress: the share of the way from the starting value to the target. "
                "Counts such as reach add up over the last 30 days; followers and rates "
                "are the latest value.",
            ),
            "muted small",
        )
    if not body and not html:
        return None
    return SectionContent(body + html, images)
