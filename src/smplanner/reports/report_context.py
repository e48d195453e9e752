"""Everything a report section reads, gathered once through the features' read APIs."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from smplanner.domain.plan_properties import PlanProperties
from smplanner.reports.report_language import ReportLanguage
from smplanner.reports.report_options import ReportOptions
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_properties

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from smplanner.domain.post_refs import CampaignRef, PostRef
    from smplanner.domain.strategy_refs import StrategyDocument


@dataclass
class SectionContent:
    """The body of one section (HTML for QTextDocument) and the images it shows."""

    html: str
    images: dict[str, QImage] = field(default_factory=dict)


class ReportContext:
    """Read-only view of a plan for the sections; each source is read at most once."""

    def __init__(self, plan: PlanFile, options: ReportOptions) -> None:
        self.plan = plan
        self.options = options
        self.lang = ReportLanguage(options.language)

    @cached_property
    def properties(self) -> PlanProperties:
        return read_properties(self.plan)

    @cached_property
    def strategy(self) -> StrategyDocument:
        from smplanner.services.strategy_queries import strategy_document

        return strategy_document(self.plan)

    @cached_property
    def posts_in_period(self) -> list[PostRef]:
        from smplanner.services.calendar_queries import posts_between

        return posts_between(self.plan, self.options.start, self.options.end)

    @cached_property
    def campaigns(self) -> list[CampaignRef]:
        from smplanner.services.calendar_queries import campaigns

        return campaigns(self.plan)

    def money(self, value: float | None) -> str:
        return self.lang.money(value, self.properties.currency)
