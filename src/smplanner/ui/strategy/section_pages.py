"""The eight pages of the workshop, in the method's order, built on first view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from smplanner.domain.budget import document_envelope, lines_total
from smplanner.domain.editorial import mix_total
from smplanner.domain.smart import failing_letters
from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.services.strategy_queries import objective_from_row
from smplanner.ui.strategy import labels
from smplanner.ui.strategy.field_form import FieldForm, FieldSpec
from smplanner.ui.strategy.money import format_money, format_number
from smplanner.ui.strategy.network_roles_page import NetworkRolesGrid, RecommendationList
from smplanner.ui.strategy.record_table import ColumnSpec, RecordTable
from smplanner.ui.strategy.section_page import SectionPage, rows_with
from smplanner.ui.strategy.strategy_editor import StrategyEditor


def t(text: str) -> str:
    return QCoreApplication.translate("StrategyPages", text)


@dataclass
class PageContext:
    editor: StrategyEditor
    currency: str
    language: str
    today: date


def _page(ctx: PageContext, section: str) -> SectionPage:
    return SectionPage(ctx.editor, labels.tr(labels.SECTION_TITLES[section]))


def _form(ctx: PageContext, page: SectionPage, specs: list[FieldSpec]) -> FieldForm:
    return page.add_form(FieldForm(ctx.editor, specs, ctx.currency))


def _table(
    ctx: PageContext,
    page: SectionPage,
    table: str,
    title: str,
    item: str,
    columns: list[ColumnSpec],
    defaults: dict[str, Any] | None = None,
) -> RecordTable:
    return page.add_table(
        RecordTable(
            ctx.editor, table, title, item, columns, rows_with(defaults or {}), ctx.currency
        )
    )


def build_audit(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "audit")
    _table(
        ctx,
        page,
        "audit_networks",
        t("Networks already used"),
        t("account"),
        [
            ColumnSpec("network", t("Network"), "choice", labels.network_choices),
            ColumnSpec("handle", t("Account / handle")),
            ColumnSpec("followers", t("Followers"), "number"),
            ColumnSpec("posts_per_week", t("Posts per week"), "number"),
            ColumnSpec("last_post", t("Last post (YYYY-MM-DD)"), "date"),
            ColumnSpec("active", t("Active"), "bool"),
        ],
        {"network": "facebook", "active": 1},
    )
    _form(
        ctx,
        page,
        [
            FieldSpec("audit.from_scratch", t("Starting from scratch (no account yet)"), "bool"),
            FieldSpec("audit.who_runs", t("Who runs the accounts")),
            FieldSpec("audit.team_hours", t("Hours a week for social media"), "number"),
            FieldSpec(
                "audit.skills",
                t("Skills in-house"),
                placeholder=t("e.g. no social media manager; the owner takes photos"),
            ),
            FieldSpec(
                "audit.tools",
                t("Tools already used"),
                placeholder=t("native analytics, a scheduler…"),
            ),
            FieldSpec("audit.learnings", t("What worked, what did not"), "text"),
        ],
    )
    page.finish()
    return page


def build_budget(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "budget")
    _form(
        ctx,
        page,
        [
            FieldSpec("budget.revenue", t("Annual revenue"), "money"),
            FieldSpec(
                "budget.communication_percent",
                t("Communication, % of revenue (usually 2–10)"),
                "percent",
            ),
            FieldSpec("budget.digital_percent", t("Digital, % of communication"), "percent"),
            FieldSpec("budget.social_percent", t("Social media, % of digital"), "percent"),
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
            t("Communication: %1 · digital: %2 · social media: %3 · budget lines: %4 a year")
            .replace("%1", money(amounts.communication))
            .replace("%2", money(amounts.digital))
            .replace("%3", money(amounts.social))
            .replace("%4", money(lines_total(doc.budget_lines)))
        )

    page.add_widget(totals, refresh)
    _table(
        ctx,
        page,
        "budget_lines",
        t("Budget lines"),
        t("budget line"),
        [
            ColumnSpec("kind", t("Item"), "choice", labels.choices(labels.BUDGET_KINDS)),
            ColumnSpec("label", t("Details")),
            ColumnSpec("amount", t("Amount"), "money"),
            ColumnSpec("period", t("Period"), "choice", labels.choices(labels.PERIODS)),
        ],
        {"kind": "ads", "period": "month"},
    )
    page.finish()
    return page


def build_objectives(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "objectives")

    def smart(row: dict[str, Any]) -> str:
        letters = failing_letters(objective_from_row(row), ctx.today)
        return "✔ SMART" if not letters else "✘ " + " ".join(letters)

    _table(
        ctx,
        page,
        "objectives",
        t("Objectives"),
        t("objective"),
        [
            ColumnSpec("kind", t("Kind"), "choice", labels.choices(labels.OBJECTIVE_KINDS)),
            ColumnSpec("title", t("What (specific)")),
            ColumnSpec("audience", t("For whom")),
            ColumnSpec("network", t("Network"), "choice", labels.network_choices),
            ColumnSpec("metric", t("KPI"), "choice", labels.choices(labels.KPIS), free_text=True),
            ColumnSpec("baseline", t("Baseline"), "number"),
            ColumnSpec("target", t("Target"), "number"),
            ColumnSpec("start", t("Start (YYYY-MM-DD)"), "date"),
            ColumnSpec("deadline", t("Deadline (YYYY-MM-DD)"), "date"),
            ColumnSpec("smart", t("SMART check"), "computed", compute=smart),
        ],
        {"kind": "awareness", "start": ctx.today.isoformat()},
    ).view.setMinimumHeight(220)
    hint = QLabel(
        t(
            "The SMART column names the letters that fail; the panel on the right "
            "says why. Double-click a cell or start typing to edit it."
        )
    )
    hint.setWordWrap(True)
    page.add_widget(hint)
    page.finish()
    return page


def build_audience(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "audience")
    _table(
        ctx,
        page,
        "personas",
        t("Personas"),
        t("persona"),
        [
            ColumnSpec("name", t("Name")),
            ColumnSpec("age_min", t("Age from"), "number"),
            ColumnSpec("age_max", t("Age to"), "number"),
            ColumnSpec("gender", t("Gender")),
            ColumnSpec("place", t("Place")),
            ColumnSpec("occupation", t("Occupation")),
            ColumnSpec("interests", t("Interests")),
            ColumnSpec("networks", t("Networks they use"), "networks", labels.network_choices),
            ColumnSpec("expectations", t("What they expect")),
        ],
        {"name": t("New persona")},
    )
    _form(
        ctx,
        page,
        [
            FieldSpec("audience.positioning", t("Positioning statement"), "text"),
            FieldSpec("audience.differentiators", t("Differentiators"), "text"),
        ],
    )
    _table(
        ctx,
        page,
        "competitors",
        t("Competitors"),
        t("competitor"),
        [
            ColumnSpec("name", t("Name")),
            ColumnSpec("networks", t("Networks")),
            ColumnSpec("strengths", t("What they do well")),
        ],
        {"name": t("New competitor")},
    )
    page.finish()
    return page


def build_networks(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "networks")
    grid = NetworkRolesGrid(ctx.editor, ctx.language)
    page.add_widget(grid, grid.reload, grid.focus_target)
    recommendations = RecommendationList(ctx.language)
    page.add_widget(recommendations, recommendations.reload)
    page.finish()
    return page


def build_editorial(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "editorial")
    _table(
        ctx,
        page,
        "content_pillars",
        t("Content pillars"),
        t("pillar"),
        [
            ColumnSpec("name", t("Pillar")),
            ColumnSpec("kind", t("Kind"), "choice", labels.choices(labels.PILLAR_KINDS)),
            ColumnSpec("share_percent", t("Share of posts (%)"), "number"),
        ],
        {"name": t("New pillar"), "kind": "expertise"},
    )
    mix = QLabel()
    mix.setObjectName("mixTotal")
    page.add_widget(
        mix,
        lambda doc: mix.setText(
            t("Mix total: %1 %").replace("%1", format_number(round(mix_total(doc), 1)))
        ),
    )
    _form(
        ctx,
        page,
        [
            FieldSpec("editorial.tone", t("Tone of voice"), "text"),
            FieldSpec("editorial.dos", t("Do's"), "text"),
            FieldSpec("editorial.donts", t("Don'ts"), "text"),
            FieldSpec("editorial.hashtags", t("Hashtags")),
            FieldSpec(
                "editorial.same_message_everywhere", t("Same message on every network"), "bool"
            ),
            FieldSpec("editorial.major_event", t("Major event that justifies it")),
        ],
    )
    page.finish()
    return page


def build_community(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "community")
    _form(
        ctx,
        page,
        [
            FieldSpec(
                "community.moderation",
                t("Moderation"),
                "choice",
                labels.choices(labels.MODERATION_MODES),
            ),
            FieldSpec("community.response_hours", t("Answer within (hours)"), "number"),
            FieldSpec("community.who_answers", t("Who answers")),
            FieldSpec("community.response_tone", t("Tone of answers")),
            FieldSpec("community.criticism", t("Answering criticism constructively"), "text"),
            FieldSpec(
                "community.troll_policy", t("Troll policy (ignore, hide, ban, escalate)"), "text"
            ),
            FieldSpec("community.escalation", t("Escalation (who, when)"), "text"),
        ],
    )
    _table(
        ctx,
        page,
        "reply_templates",
        t("Reply templates"),
        t("reply template"),
        [
            ColumnSpec("title", t("Situation")),
            ColumnSpec("text", t("Reply")),
        ],
        {"title": t("New reply")},
    )
    page.finish()
    return page


def build_kpis(ctx: PageContext) -> SectionPage:
    page = _page(ctx, "kpis")
    objective_names: dict[int, str] = {}

    def objective_choices() -> list[tuple[str, str]]:
        return [(str(i), name) for i, name in objective_names.items()]

    def first_objective() -> dict[str, Any] | None:
        if not objective_names:
            ctx.editor.refused.emit("objective_kpis", t("Add an objective first."))
            return None
        return {"objective_id": next(iter(objective_names)), "kpi": "reach"}

    table = page.add_table(
        RecordTable(
            ctx.editor,
            "objective_kpis",
            t("KPIs per objective"),
            t("KPI"),
            [
                ColumnSpec("objective_id", t("Objective"), "choice", objective_choices),
                ColumnSpec("kpi", t("KPI"), "choice", labels.choices(labels.KPIS), free_text=True),
                ColumnSpec(
                    "denominator",
                    t("Rate divided by"),
                    "choice",
                    labels.choices(labels.DENOMINATORS),
                ),
                ColumnSpec("source", t("Source (export or manual entry)")),
                ColumnSpec("review", t("Review rhythm")),
            ],
            first_objective,
            ctx.currency,
        ),
        220,
    )

    def refresh(doc: StrategyDocument) -> None:
        objective_names.clear()
        objective_names.update({o.id: o.title or "?" for o in doc.objectives})

    page.add_widget(
        QLabel(""),
        refresh,
        lambda target: target.startswith("kpis_for:") and table.view.setFocus() is None,
    )
    page.finish()
    return page


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
