"""What every workshop page is built from: the context and small builders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from smplanner.texts import strategy_labels as labels
from smplanner.ui.strategy.field_form import FieldForm, FieldSpec
from smplanner.ui.strategy.record_table import ColumnSpec, RecordTable
from smplanner.ui.strategy.section_page import SectionPage, rows_with
from smplanner.ui.strategy.strategy_editor import StrategyEditor


@dataclass
class PageContext:
    editor: StrategyEditor
    currency: str
    language: str
    today: date


def new_page(ctx: PageContext, section: str) -> SectionPage:
    return SectionPage(ctx.editor, labels.tr(labels.SECTION_TITLES[section]))


def form(ctx: PageContext, page: SectionPage, specs: list[FieldSpec]) -> FieldForm:
    return page.add_form(FieldForm(ctx.editor, specs, ctx.currency))


def table(
    ctx: PageContext,
    page: SectionPage,
    table: str,
    title: str,
    item: str,
    columns: list[ColumnSpec],
    defaults: dict[str, Any] | None = None,
    movable: bool = False,
) -> RecordTable:
    """A list table on ``page``; ``movable`` adds Move up/down where the order matters."""
    return page.add_table(
        RecordTable(
            ctx.editor,
            table,
            title,
            item,
            columns,
            rows_with(defaults or {}),
            ctx.currency,
            movable=movable,
        )
    )
