"""Workshop page 1, the audit: the networks already used and the team's means.

Alone in its module: it is the page of the first frame, and the other pages' imports
(persona cards, budget and SMART checks) need not load for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smplanner.texts import strategy_labels as labels
from smplanner.ui.strategy.field_form import FieldSpec
from smplanner.ui.strategy.page_building import PageContext, form, new_page, table
from smplanner.ui.strategy.record_table import ColumnSpec
from smplanner.ui.strategy.section_page import SectionPage


def build_audit(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "audit")
    table(
        ctx,
        page,
        "audit_networks",
        QCoreApplication.translate("StrategyPages", "Networks already used"),
        QCoreApplication.translate("StrategyPages", "account"),
        [
            ColumnSpec(
                "network",
                QCoreApplication.translate("StrategyPages", "Network"),
                "choice",
                labels.network_choices,
            ),
            ColumnSpec("handle", QCoreApplication.translate("StrategyPages", "Account")),
            ColumnSpec(
                "followers", QCoreApplication.translate("StrategyPages", "Followers"), "number"
            ),
            ColumnSpec(
                "posts_per_week",
                QCoreApplication.translate("StrategyPages", "Posts/week"),
                "number",
                tooltip=QCoreApplication.translate("StrategyPages", "Posts per week"),
            ),
            ColumnSpec(
                "last_post",
                QCoreApplication.translate("StrategyPages", "Last post"),
                "date",
            ),
            ColumnSpec("active", QCoreApplication.translate("StrategyPages", "Active"), "bool"),
        ],
        {"network": "facebook", "active": 1},
    )
    form(
        ctx,
        page,
        [
            FieldSpec(
                "audit.from_scratch",
                QCoreApplication.translate(
                    "StrategyPages", "Starting from scratch (no account yet)"
                ),
                "bool",
            ),
            FieldSpec(
                "audit.who_runs",
                QCoreApplication.translate("StrategyPages", "Who runs the accounts"),
            ),
            FieldSpec(
                "audit.team_hours",
                QCoreApplication.translate("StrategyPages", "Hours a week for social media"),
                "number",
            ),
            FieldSpec(
                "audit.skills",
                QCoreApplication.translate("StrategyPages", "Skills in-house"),
                placeholder=QCoreApplication.translate(
                    "StrategyPages", "e.g. no social media manager; the owner takes photos"
                ),
            ),
            FieldSpec(
                "audit.tools",
                QCoreApplication.translate("StrategyPages", "Tools already used"),
                placeholder=QCoreApplication.translate(
                    "StrategyPages", "native analytics, a scheduler…"
                ),
            ),
            FieldSpec(
                "audit.learnings",
                QCoreApplication.translate("StrategyPages", "What worked, what did not"),
                "text",
            ),
        ],
    )
    page.finish()
    return page
