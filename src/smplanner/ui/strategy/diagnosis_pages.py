"""Workshop pages 2–4: where the client is (budget, objectives, audience); the audit,
page 1 and the first frame's, is in audit_page.py with only what it needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from smplanner.domain.budget import document_envelope, lines_total
from smplanner.domain.smart import failing_letters
from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.services.strategy_queries import objective_from_row
from smplanner.texts import strategy_labels as labels
from smplanner.texts.money import format_money
from smplanner.ui.strategy.field_form import FieldSpec
from smplanner.ui.strategy.page_building import PageContext, form, new_page, table
from smplanner.ui.strategy.persona_cards import PersonaCards
from smplanner.ui.strategy.record_table import ColumnSpec
from smplanner.ui.strategy.section_page import SectionPage


def build_budget(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "budget")
    form(
        ctx,
        page,
        [
            FieldSpec(
                "budget.revenue",
                QCoreApplication.translate("StrategyPages", "Annual revenue"),
                "money",
            ),
            FieldSpec(
                "budget.communication_percent",
                QCoreApplication.translate(
                    "StrategyPages", "Communication, % of revenue (usually 2–10)"
                ),
                "percent",
            ),
            FieldSpec(
                "budget.digital_percent",
                QCoreApplication.translate("StrategyPages", "Digital, % of communication"),
                "percent",
            ),
            FieldSpec(
                "budget.social_percent",
                QCoreApplication.translate("StrategyPages", "Social media, % of digital"),
                "percent",
            ),
        ],
    )
    totals = QLabel()
    totals.setObjectName("budgetTotals")
    totals.setWordWrap(True)

    def refresh(doc: StrategyDocument) -> None:
        amounts = document_envelope(doc)

        def money(value: float | None) -> str:
            return "—" if value is None else format_money(value, ctx.currency)

        totals.setText(
            QCoreApplication.translate(
                "StrategyPages",
                "Communication: %1 · digital: %2 · social media: %3 · budget lines: %4 a year",
            )
            .replace("%1", money(amounts.communication))
            .replace("%2", money(amounts.digital))
            .replace("%3", money(amounts.social))
            .replace("%4", money(lines_total(doc.budget_lines)))
        )

    page.add_widget(totals, refresh)
    table(
        ctx,
        page,
        "budget_lines",
        QCoreApplication.translate("StrategyPages", "Budget lines"),
        QCoreApplication.translate("StrategyPages", "budget line"),
        [
            ColumnSpec(
                "kind",
                QCoreApplication.translate("StrategyPages", "Item"),
                "choice",
                labels.choices(labels.BUDGET_KINDS),
            ),
            ColumnSpec("label", QCoreApplication.translate("StrategyPages", "Details")),
            ColumnSpec("amount", QCoreApplication.translate("StrategyPages", "Amount"), "money"),
            ColumnSpec(
                "period",
                QCoreApplication.translate("StrategyPages", "Period"),
                "choice",
                labels.choices(labels.PERIODS),
            ),
        ],
        {"kind": "ads", "period": "month"},
        movable=True,
    )
    page.finish()
    return page


def build_objectives(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "objectives")

    def smart(row: dict[str, Any]) -> str:
        letters = failing_letters(objective_from_row(row), ctx.today)
        return "✔ SMART" if not letters else "✘ " + " ".join(letters)

    objectives = table(
        ctx,
        page,
        "objectives",
        QCoreApplication.translate("StrategyPages", "Objectives"),
        QCoreApplication.translate("StrategyPages", "objective"),
        [
            ColumnSpec(
                "kind",
                QCoreApplication.translate("StrategyPages", "Kind"),
                "choice",
                labels.choices(labels.OBJECTIVE_KINDS),
            ),
            ColumnSpec("title", QCoreApplication.translate("StrategyPages", "What (specific)")),
            ColumnSpec(
                "smart",
                QCoreApplication.translate("StrategyPages", "SMART check"),
                "computed",
                tooltip=QCoreApplication.translate(
                    "StrategyPages", "The letters that fail; the panel on the right says why."
                ),
                compute=smart,
            ),
            ColumnSpec("audience", QCoreApplication.translate("StrategyPages", "For whom")),
            ColumnSpec(
                "network",
                QCoreApplication.translate("StrategyPages", "Network"),
                "choice",
                labels.network_choices,
            ),
            ColumnSpec(
                "metric",
                QCoreApplication.translate("StrategyPages", "KPI"),
                "choice",
                labels.choices(labels.KPIS),
                free_text=True,
            ),
            ColumnSpec(
                "baseline", QCoreApplication.translate("StrategyPages", "Baseline"), "number"
            ),
            ColumnSpec("target", QCoreApplication.translate("StrategyPages", "Target"), "number"),
            ColumnSpec("start", QCoreApplication.translate("StrategyPages", "Start"), "date"),
            ColumnSpec("deadline", QCoreApplication.translate("StrategyPages", "Deadline"), "date"),
        ],
        {"kind": "awareness", "start": ctx.today.isoformat()},
        movable=True,
    )
    objectives.view.setMinimumHeight(220)
    objectives.fit_to_width()  # ten columns read at 1366×768 without scrolling sideways
    hint = QLabel(
        QCoreApplication.translate(
            "StrategyPages",
            "The SMART column names the letters that fail; the panel on the right says why. Type in a cell to edit it; Delete clears it; Ctrl+Up and Ctrl+Down reorder the objectives.",  # noqa: E501
        )
    )
    hint.setWordWrap(True)
    page.add_widget(hint)
    page.finish()
    return page


def build_audience(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "audience")
    cards = PersonaCards(ctx.editor)  # personas as cards, not a one-row spreadsheet
    page.add_widget(cards, cards.reload, cards.focus_target)
    form(
        ctx,
        page,
        [
            FieldSpec(
                "audience.positioning",
                QCoreApplication.translate("StrategyPages", "Positioning statement"),
                "text",
            ),
            FieldSpec(
                "audience.differentiators",
                QCoreApplication.translate("StrategyPages", "Differentiators"),
                "text",
            ),
        ],
    )
    table(
        ctx,
        page,
        "competitors",
        QCoreApplication.translate("StrategyPages", "Competitors"),
        QCoreApplication.translate("StrategyPages", "competitor"),
        [
            ColumnSpec("name", QCoreApplication.translate("StrategyPages", "Name")),
            ColumnSpec(
                "networks",
                QCoreApplication.translate("StrategyPages", "Networks"),
                "networks",
                labels.network_choices,
            ),
            ColumnSpec(
                "strengths", QCoreApplication.translate("StrategyPages", "What they do well")
            ),
        ],
        {"name": QCoreApplication.translate("StrategyPages", "New competitor")},
    )
    page.finish()
    return page
