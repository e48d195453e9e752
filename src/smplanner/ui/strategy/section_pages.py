"""The eight pages of the workshop, in the method's order, built on first view.

Each page's module is imported only when that page is first shown: the first frame
needs the audit page alone.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from smplanner.ui.strategy.page_building import PageContext
from smplanner.ui.strategy.section_page import SectionPage

# section -> (module holding its builder, builder name)
_BUILDERS = {
    "audit": ("audit_page", "build_audit"),
    "budget": ("diagnosis_pages", "build_budget"),
    "objectives": ("diagnosis_pages", "build_objectives"),
    "audience": ("diagnosis_pages", "build_audience"),
    "networks": ("action_pages", "build_networks"),
    "editorial": ("action_pages", "build_editorial"),
    "community": ("action_pages", "build_community"),
    "kpis": ("action_pages", "build_kpis"),
}


def builder(section: str) -> Callable[[PageContext], SectionPage]:
    """The function that builds ``section``'s page."""
    module_name, function_name = _BUILDERS[section]
    module = import_module(f"smplanner.ui.strategy.{module_name}")
    built: Callable[[PageContext], SectionPage] = getattr(module, function_name)
    return built


SECTIONS_WITH_PAGES = tuple(_BUILDERS)

__all__ = ["SECTIONS_WITH_PAGES", "PageContext", "builder"]
