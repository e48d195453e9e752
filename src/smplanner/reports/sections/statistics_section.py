"""Results: each objective's progress toward its target, and a chart per followed series.

Only when statistics exist: with no imported or typed figures the section is left
out. Progress comes from the statistics feature (services/statistics_progress), so
the report, the Statistics tab and the presentation mode give the same figures and
the same status (reached, on track, late). Charts are images (reports/charts.py).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from smplanner.domain.objective_progress import LATE, NO_DATA, ON_TRACK, REACHED
from smplanner.reports.html_blocks import network_badge, network_name, paragraph, table, text
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_labels import label

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from smplanner.services.statistics_progress import ObjectiveStatus

CHART_DAYS = 180  # at most the last six months: a client reads trends, not history
MAX_CHARTS = 6
CHART_WIDTH_PX = 620  # the page's text width at 96 dpi; presentation mode rescales
# The words of the Statistics tab's objectives panel, in the report's language.
STATUS_WORDS = {
    REACHED: str(QT_TRANSLATE_NOOP("Report", "Reached")),
    ON_TRACK: str(QT_TRANSLATE_NOOP("Report", "On track")),
    LATE: str(QT_TRANSLATE_NOOP("Report", "Late")),
    NO_DATA: str(QT_TRANSLATE_NOOP("Report", "No data yet")),
}
# Status colours of the Statistics tab; the word is printed too (black and white).
STATUS_COLOURS = {REACHED: "#1e8449", ON_TRACK: "#2874a6", LATE: "#c0392b"}
# Extra charts shown for every network that has them, after the objectives' own.
CONTEXT_METRICS = ("followers", "reach")
CONTEXT_MIN_DAYS = 7  # a trend of two or three days is not worth a chart of its own


def _progress_row(context: ReportContext, status: ObjectiveStatus) -> tuple[str, ...]:
    lang = context.lang
    objective = status.objective
    progress = status.progress
    word = lang.translate("Report", STATUS_WORDS.get(progress.status, STATUS_WORDS[NO_DATA]))
    colour = STATUS_COLOURS.get(progress.status)
    status_cell = (
        f'<span style="color: {colour}; font-weight: 600;">{text(word)}</span>'
        if colour
        else text(word)
    )
    now = "—" if status.current is None else lang.number(round(status.current, 2))
    if status.denominator:
        now += "<br/>" + text(
            lang.translate("Report", "(base: {denominator})").format(
                denominator=label(lang, status.denominator).lower()
            )
        )
    return (
        f"<b>{text(objective.title or label(lang, objective.kind))}</b>",
        network_badge(objective.network)
        if objective.network
        else text(lang.translate("Report", "all networks")),
        text(label(lang, objective.metric)),
        text(lang.number(objective.baseline)),
        now,
        text(lang.number(objective.target)),
        # Whole percents, rounded like the Statistics tab's, so both read the same.
        text(
            lang.percent(round(progress.achieved * 100)) if progress.achieved is not None else "—"
        ),
        status_cell,
    )


PROGRESS_WIDTHS = (17, 14, 14, 8, 8, 8, 14, 17)


def progress_table(
    context: ReportContext,
    statuses: list[ObjectiveStatus],
    widths: tuple[int, ...] = PROGRESS_WIDTHS,
) -> str:
    """The objectives' progress as a table with how to read it (the monthly report's
    objectives section prints the same, with its own column widths)."""
    lang = context.lang
    body = table(
        [
            lang.translate("Report", "Objective"),
            lang.translate("Report", "Network"),
            lang.translate("Report", "KPI"),
            lang.translate("Report", "Start"),
            lang.translate("Report", "Now"),
            lang.translate("Report", "Target"),
            lang.translate("Report", "Progress"),
            lang.translate("Report", "Status"),
        ],
        [_progress_row(context, status) for status in statuses],
        numeric=(3, 4, 5, 6),
        widths=widths,
        raw=True,
    )
    return body + paragraph(
        lang.translate(
            "Report",
            "Progress: the share of the way from the starting value to the target. Counts "
            "such as reach add up from the objective's start; followers are the latest "
            "count; rates are the mean over the period's posts. On track: at least as far "
            "along as the time elapsed toward the deadline.",
        ),
        "muted small",
    )


def _chart(
    context: ReportContext,
    name: str,
    network: str | None,
    metric: str,
    points: list[tuple[date, float]],
    target: float | None,
) -> tuple[str, QImage]:
    from smplanner.domain.networks import network as find_network
    from smplanner.reports.charts import line_chart

    lang = context.lang
    try:
        colour = find_network(network).color if network else "#374151"
    except KeyError:
        colour = "#374151"
    image = line_chart(
        points,
        lang,
        colour=colour,
        target=target,
        target_label=lang.translate("Report", "Target: {value}").format(value=lang.number(target))
        if target is not None
        else "",
    )
    caption = lang.translate("Report", "{metric} on {network}, {start} to {end}").format(
        metric=label(lang, metric),
        network=network_name(network) if network else lang.translate("Report", "all networks"),
        start=lang.long_date(points[0][0]),
        end=lang.long_date(points[-1][0]),
    )
    # Caption and chart in one paragraph: the PDF keeps an image's paragraph on one page.
    html = (
        f'<p style="margin-top: 10pt;"><b>{text(caption)}</b><br/>'
        f'<img src="{name}" width="{CHART_WIDTH_PX}"/></p>'
    )
    return html, image


def statistics(context: ReportContext) -> SectionContent | None:
    """Each objective's progress, then charts: the objectives' series, followers, reach."""
    from smplanner.services.statistics_progress import objectives_progress
    from smplanner.services.statistics_queries import daily_series, series_keys

    keys = series_keys(context.plan)
    if not keys:
        return None
    today = context.options.today
    since = today - timedelta(days=CHART_DAYS)
    statuses = objectives_progress(context.plan, today)
    charts: list[tuple[str | None, str, list[tuple[date, float]], float | None]] = []
    for status in statuses:
        objective = status.objective
        points = [(day, value) for day, value in status.series if day >= since]
        if objective.metric and len(points) >= 2:
            charts.append((objective.network, objective.metric, points, objective.target))
    for key in keys:
        if key.metric in CONTEXT_METRICS and not any(
            network == key.network and metric == key.metric for network, metric, _, _ in charts
        ):
            points = daily_series(context.plan, key.network, key.metric, since, today)
            if len(points) >= CONTEXT_MIN_DAYS:
                charts.append((key.network, key.metric, points, None))
    body = progress_table(context, statuses) if statuses else ""
    images: dict[str, QImage] = {}
    for network, metric, points, target in charts[:MAX_CHARTS]:
        name = f"chart:{network or 'all'}-{metric}-{len(images)}"
        html, images[name] = _chart(context, name, network, metric, points, target)
        body += html
    if not body:
        return None
    return SectionContent(body, images)
