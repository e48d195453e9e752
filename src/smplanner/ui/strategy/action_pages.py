"""Workshop pages 5–8: how the client acts (networks, editorial line, community, KPIs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from smplanner.domain.editorial import mix_total
from smplanner.domain.kpi_catalogue import KPIS_FOR_KIND
from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.texts import strategy_labels as labels
from smplanner.texts.money import format_number
from smplanner.ui.strategy.field_form import FieldSpec
from smplanner.ui.strategy.network_roles_page import NetworkRolesGrid, RecommendationList
from smplanner.ui.strategy.page_building import PageContext, form, new_page, table
from smplanner.ui.strategy.pillar_mix_panel import add_pillar_mix
from smplanner.ui.strategy.record_table import ColumnSpec, RecordTable
from smplanner.ui.strategy.section_page import SectionPage
from smplanner.ui.strategy.strategy_editor import kpi_row_for


def build_networks(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "networks")
    grid = NetworkRolesGrid(ctx.editor, ctx.language)
    page.add_widget(grid, grid.reload, grid.focus_target)
    recommendations = RecommendationList(ctx.language)
    page.add_widget(recommendations, recommendations.reload)
    page.finish()
    return page


def build_editorial(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "editorial")
    table(
        ctx,
        page,
        "content_pillars",
        QCoreApplication.translate("StrategyPages", "Content pillars"),
        QCoreApplication.translate("StrategyPages", "pillar"),
        [
            ColumnSpec("name", QCoreApplication.translate("StrategyPages", "Pillar")),
            ColumnSpec(
                "kind",
                QCoreApplication.translate("StrategyPages", "Kind"),
                "choice",
                labels.choices(labels.PILLAR_KINDS),
            ),
            ColumnSpec(
                "share_percent",
                QCoreApplication.translate("StrategyPages", "Share of posts (%)"),
                "number",
            ),
        ],
        {"name": QCoreApplication.translate("StrategyPages", "New pillar"), "kind": "expertise"},
        movable=True,
    )
    mix = QLabel()
    mix.setObjectName("mixTotal")
    page.add_widget(
        mix,
        lambda doc: mix.setText(
            QCoreApplication.translate("StrategyPages", "Mix total: %1 %").replace(
                "%1", format_number(round(mix_total(doc), 1))
            )
        ),
    )
    add_pillar_mix(page, ctx.editor, ctx.currency)  # the calendar against the mix
    form(
        ctx,
        page,
        [
            FieldSpec(
                "editorial.tone",
                QCoreApplication.translate("StrategyPages", "Tone of voice"),
                "text",
            ),
            FieldSpec("editorial.dos", QCoreApplication.translate("StrategyPages", "Do's"), "text"),
            FieldSpec(
                "editorial.donts", QCoreApplication.translate("StrategyPages", "Don'ts"), "text"
            ),
            FieldSpec(
                "editorial.hashtags", QCoreApplication.translate("StrategyPages", "Hashtags")
            ),
            FieldSpec(
                "editorial.same_message_everywhere",
                QCoreApplication.translate("StrategyPages", "Same message on every network"),
                "bool",
            ),
            FieldSpec(
                "editorial.major_event",
                QCoreApplication.translate("StrategyPages", "Major event that justifies it"),
            ),
        ],
    )
    page.finish()
    return page


def build_community(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "community")
    form(
        ctx,
        page,
        [
            FieldSpec(
                "community.moderation",
                QCoreApplication.translate("StrategyPages", "Moderation"),
                "choice",
                labels.choices(labels.MODERATION_MODES),
            ),
            FieldSpec(
                "community.response_hours",
                QCoreApplication.translate("StrategyPages", "Answer within (hours)"),
                "number",
            ),
            FieldSpec(
                "community.who_answers", QCoreApplication.translate("StrategyPages", "Who answers")
            ),
            FieldSpec(
                "community.response_tone",
                QCoreApplication.translate("StrategyPages", "Tone of answers"),
            ),
            FieldSpec(
                "community.criticism",
                QCoreApplication.translate("StrategyPages", "Answering criticism constructively"),
                "text",
            ),
            FieldSpec(
                "community.troll_policy",
                QCoreApplication.translate(
                    "StrategyPages", "Troll policy (ignore, hide, ban, escalate)"
                ),
                "text",
            ),
            FieldSpec(
                "community.escalation",
                QCoreApplication.translate("StrategyPages", "Escalation (who, when)"),
                "text",
            ),
        ],
    )
    table(
        ctx,
        page,
        "reply_templates",
        QCoreApplication.translate("StrategyPages", "Reply templates"),
        QCoreApplication.translate("StrategyPages", "reply template"),
        [
            ColumnSpec("title", QCoreApplication.translate("StrategyPages", "Situation")),
            ColumnSpec("text", QCoreApplication.translate("StrategyPages", "Reply")),
        ],
        {"title": QCoreApplication.translate("StrategyPages", "New reply")},
        movable=True,
    )
    page.finish()
    return page


def build_kpis(ctx: PageContext) -> SectionPage:
    page = new_page(ctx, "kpis")
    objective_names: dict[int, str] = {}
    objective_metrics: dict[int, str] = {}
    objective_kinds: dict[int, str] = {}

    def objective_choices() -> list[tuple[str, str]]:
        return [(str(i), name) for i, name in objective_names.items()]

    def first_objective() -> dict[str, Any] | None:
        """A new KPI row takes the objective of the selected row (else the first one
        with no KPI yet) and that objective's own KPI, or the usual one for its kind."""
        if not objective_names:
            ctx.editor.refused.emit(
                "objective_kpis",
                QCoreApplication.translate("StrategyPages", "Add an objective first."),
            )
            return None
        chosen: int | None = None
        index = kpi_table.view.currentIndex()
        if index.isValid():
            chosen = int(kpi_table.model.rows[index.row()]["objective_id"])
        if chosen is None:
            measured = {int(r["objective_id"]) for r in kpi_table.model.rows}
            chosen = next((i for i in objective_names if i not in measured), None)
        if chosen is None:
            chosen = next(iter(objective_names))
        metric = objective_metrics.get(chosen) or ""
        if not metric:
            usual = KPIS_FOR_KIND.get(objective_kinds.get(chosen, ""), ("reach",))
            metric = usual[0]
        return kpi_row_for(chosen, metric)

    kpi_table = page.add_table(
        RecordTable(
            ctx.editor,
            "objective_kpis",
            QCoreApplication.translate("StrategyPages", "KPIs per objective"),
            QCoreApplication.translate("StrategyPages", "KPI"),
            [
                ColumnSpec(
                    "objective_id",
                    QCoreApplication.translate("StrategyPages", "Objective"),
                    "choice",
                    objective_choices,
                ),
                ColumnSpec(
                    "kpi",
                    QCoreApplication.translate("StrategyPages", "KPI"),
                    "choice",
                    labels.choices(labels.KPIS),
                    free_text=True,
                ),
                ColumnSpec(
                    "denominator",
                    QCoreApplication.translate("StrategyPages", "Rate divided by"),
                    "choice",
                    labels.choices(labels.DENOMINATORS),
                ),
                ColumnSpec(
                    "source",
                    QCoreApplication.translate("StrategyPages", "Source (export or manual entry)"),
                ),
                ColumnSpec("review", QCoreApplication.translate("StrategyPages", "Review rhythm")),
            ],
            first_objective,
            ctx.currency,
        ),
        220,
    )

    def refresh(doc: StrategyDocument) -> None:
        objective_names.clear()
        objective_names.update({o.id: o.title or "?" for o in doc.objectives})
        objective_metrics.clear()
        objective_metrics.update({o.id: o.metric or "" for o in doc.objectives})
        objective_kinds.clear()
        objective_kinds.update({o.id: o.kind for o in doc.objectives})

    page.add_widget(
        QLabel(""),
        refresh,
        lambda target: target.startswith("kpis_for:") and kpi_table.view.setFocus() is None,
    )
    page.finish()
    return page
