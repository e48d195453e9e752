"""The client report's "Objectives' progress": each SMART objective's target against the
imported figures, as of the period's last day (today for a period still running).

The figures and statuses come from services/statistics_progress.objectives_progress,
which the Statistics tab's objectives panel and the strategy report use too, and the
table is the strategy report's: the client reads the same numbers everywhere.
"""

from __future__ import annotations

from datetime import date

from smplanner.reports.html_blocks import paragraph
from smplanner.reports.report_context import ReportContext
from smplanner.reports.report_options import ReportOptions
from smplanner.reports.sections.statistics_section import progress_table
from smplanner.storage.plan_file import PlanFile

# Eight columns in the monthly report's larger type broke "20 000" and "Instagram" in
# two: the cells are set a size smaller, the number columns a little wider.
WIDTHS = (15, 15, 10, 9, 10, 10, 15, 16)
CELL_TYPE = ' style="font-size: 8pt;"'


def objectives_progress_html(plan: PlanFile, language: str, last_day: date, today: date) -> str:
    """The table of every objective's progress as of ``min(last_day, today)`` and the
    day it is measured on; '' when the strategy sets no objective."""
    from smplanner.services.statistics_progress import objectives_progress

    as_of = min(last_day, today)
    statuses = objectives_progress(plan, as_of)
    if not statuses:
        return ""
    context = ReportContext(plan, ReportOptions(language=language, today=as_of))
    lang = context.lang
    when = paragraph(
        lang.translate("MonthlyReport", "Measured on %1 with the imported figures.").replace(
            "%1", lang.long_date(as_of)
        )
    )
    cells = progress_table(context, statuses, WIDTHS)
    cells = cells.replace("<td ", f"<td{CELL_TYPE} ").replace("<th ", f"<th{CELL_TYPE} ")
    return when + cells
