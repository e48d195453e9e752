"""The report's sections: id, title and the function that builds each.

A builder takes the ReportContext and returns a SectionContent, or None when its
source is empty (an empty budget prints no budget page). Builders load lazily, so
that asking for two sections imports only those two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP

from smplanner.reports.report_context import ReportContext, SectionContent

_S = "smplanner.reports.sections."


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str  # English source, translated through the report's language
    builder: str  # "module:function"

    def build(self, context: ReportContext) -> SectionContent | None:
        module, function = self.builder.split(":")
        call: Callable[[ReportContext], SectionContent | None] = getattr(
            import_module(module), function
        )
        return call(context)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "summary", str(QT_TRANSLATE_NOOP("Report", "Summary")), _S + "strategy_sections:summary"
    ),
    SectionSpec("audit", str(QT_TRANSLATE_NOOP("Report", "Audit")), _S + "strategy_sections:audit"),
    SectionSpec(
        "budget", str(QT_TRANSLATE_NOOP("Report", "Budget")), _S + "strategy_sections:budget"
    ),
    SectionSpec(
        "objectives",
        str(QT_TRANSLATE_NOOP("Report", "SMART objectives")),
        _S + "strategy_sections:objectives",
    ),
    SectionSpec(
        "audience",
        str(QT_TRANSLATE_NOOP("Report", "Audience and positioning")),
        _S + "positioning_sections:audience",
    ),
    SectionSpec(
        "networks",
        str(QT_TRANSLATE_NOOP("Report", "Networks and their roles")),
        _S + "positioning_sections:networks",
    ),
    SectionSpec(
        "editorial",
        str(QT_TRANSLATE_NOOP("Report", "Editorial line")),
        _S + "positioning_sections:editorial",
    ),
    SectionSpec(
        "community",
        str(QT_TRANSLATE_NOOP("Report", "Community management charter")),
        _S + "positioning_sections:community",
    ),
    SectionSpec(
        "calendar",
        str(QT_TRANSLATE_NOOP("Report", "Editorial calendar")),
        _S + "calendar_section:calendar",
    ),
    SectionSpec(
        "key_dates",
        str(QT_TRANSLATE_NOOP("Report", "Key dates")),
        _S + "key_dates_section:key_dates",
    ),
    SectionSpec(
        "kpis", str(QT_TRANSLATE_NOOP("Report", "KPIs to follow")), _S + "positioning_sections:kpis"
    ),
    SectionSpec(
        "statistics",
        str(QT_TRANSLATE_NOOP("Report", "Results and progress")),
        _S + "statistics_section:statistics",
    ),
)


def section_spec(section_id: str) -> SectionSpec:
    for spec in SECTIONS:
        if spec.id == section_id:
            return spec
    raise KeyError(section_id)


@dataclass
class BuiltSection:
    id: str
    title: str
    content: SectionContent


def build_sections(context: ReportContext) -> list[BuiltSection]:
    """The chosen sections that have something to show, in reading order."""
    built = []
    for spec in SECTIONS:
        if spec.id not in context.options.sections:
            continue
        content = spec.build(context)
        if content is not None and content.html.strip():
            built.append(
                BuiltSection(spec.id, context.lang.translate("Report", spec.title), content)
            )
    return built
