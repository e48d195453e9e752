"""The eight pages of the workshop, in the method's order, built on first view."""

from __future__ import annotations

from smplanner.ui.strategy.action_pages import (
    build_community,
    build_editorial,
    build_kpis,
    build_networks,
)
from smplanner.ui.strategy.diagnosis_pages import (
    build_audience,
    build_audit,
    build_budget,
    build_objectives,
)
from smplanner.ui.strategy.page_building import PageContext

BUILDERS = {
    "audit": build_audit,
    "budget": build_budget,
    "objectives": build_objectives,
    "audience": build_audience,
    "networks": build_networks,
    "editorial": build_editorial,
    "community": build_community,
    "kpis": build_kpis,
}

__all__ = ["BUILDERS", "PageContext"]
