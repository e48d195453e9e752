"""Personas are drawn as cards (name, age, place, needs, frustrations, networks, a
quote), typed in with the keyboard and saved as they are typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smplanner.domain.strategy_findings import SECTIONS
from smplanner.services import strategy_queries
from smplanner.ui.document import PlanDocument
from smplanner.ui.strategy.live_text import PAUSE_MS
from smplanner.ui.strategy.persona_cards import PersonaCards
from smplanner.ui.strategy.strategy_tab import StrategyTab
from tests.keyboard_typing import focused, press, type_keys


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")


def open_cards(qtbot, plan) -> tuple[StrategyTab, PlanDocument, PersonaCards]:  # type: ignore[no-untyped-def]
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.sections.setCurrentRow(SECTIONS.index("audience"))
    cards = tab.page("audience").findChild(PersonaCards)
    assert cards is not None
    return tab, document, cards


def persona(plan, number: int = 0):  # type: ignore[no-untyped-def]
    return strategy_queries.strategy_document(plan).personas[number]


def test_a_persona_card_is_typed_in_with_the_keyboard(qtbot, plan):
    _, document, cards = open_cards(qtbot, plan)
    qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    card = cards.cards[0]
    assert focused() is card.name and card.name.selectedText() == "New persona"
    type_keys(qtbot, "Léa, apprentice baker")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.quote
    type_keys(qtbot, "I want to learn a real trade")
    press(qtbot, Qt.Key.Key_Tab)
    for typed in ("16", "20"):  # age from, to
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
    for typed in (
        "Woman",
        "Lyon 7e",
        "CAP baker student",
        "Baking, TikTok videos",
        "tik, insta, snap",
    ):
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "A master who explains")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Offers that ask for experience")
    press(qtbot, Qt.Key.Key_Tab)
    stored = persona(plan)
    assert stored.name == "Léa, apprentice baker"
    assert stored.quote == "I want to learn a real trade"
    assert (stored.age_min, stored.age_max) == (16, 20)
    assert (stored.gender, stored.place, stored.occupation) == (
        "Woman",
        "Lyon 7e",
        "CAP baker student",
    )
    assert stored.networks == ("tiktok", "instagram", "snapchat")
    assert stored.expectations == "A master who explains"
    assert stored.frustrations == "Offers that ask for experience"
    assert card.fields["networks"].text() == "TikTok, Instagram, Snapchat"
    assert document.undo_stack.count() == 12  # the card, then one step per field


def test_a_card_is_saved_while_typed_and_undone_field_by_field(qtbot, plan):
    tab, _, cards = open_cards(qtbot, plan)
    assert tab.isVisible()
    cards.add()
    card = cards.cards[0]
    needs = card.fields["expectations"]
    needs.setFocus()
    qtbot.waitUntil(needs.hasFocus)
    type_keys(qtbot, "Fresh bread before school")
    qtbot.waitUntil(
        lambda: persona(plan).expectations == "Fresh bread before school", timeout=PAUSE_MS * 4
    )
    type_keys(qtbot, ", at 7")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert needs.toPlainText() == "Fresh bread before school"
    assert persona(plan).name == "New persona"  # the other fields are untouched


def test_an_upside_down_age_range_is_said_under_the_cards_in_french(qtbot, plan, french_ui):
    tab, _, cards = open_cards(qtbot, plan)
    cards.add()
    card = cards.cards[0]
    for column, typed in (("age_min", "30"), ("age_max", "18")):
        card.fields[column].setFocus()
        qtbot.waitUntil(card.fields[column].hasFocus)
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
    assert persona(plan).age_max is None
    assert cards.error_label.isVisibleTo(tab)
    assert "à l'envers" in cards.error_label.text()
    assert cards.add_button.text() == "Ajouter un persona"


def test_a_card_is_removed_and_undo_brings_it_back(qtbot, plan):
    _, document, cards = open_cards(qtbot, plan)
    cards.add()
    cards.add()
    first = cards.cards[0].row_id
    qtbot.mouseClick(cards.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert [c.row_id for c in cards.cards] == [cards.cards[0].row_id] and cards.cards[
        0
    ].row_id != first
    document.undo_stack.undo()
    assert first in [c.row_id for c in cards.cards]


def test_a_finding_on_a_persona_puts_the_cursor_in_its_card(qtbot, plan):
    tab, _, cards = open_cards(qtbot, plan)
    row_id = cards.add()
    assert row_id is not None
    tab.jump_to("audience", f"personas:{row_id}:age_min")
    qtbot.waitUntil(lambda: focused() is cards.cards[0].fields["age_min"])


def test_the_objectives_table_fits_a_1366_screen_without_scrolling_sideways(qtbot, plan, french_ui):
    tab, _, _ = open_cards(qtbot, plan)
    tab.sections.setCurrentRow(SECTIONS.index("objectives"))
    table = tab.page("objectives").tables["objectives"]  # type: ignore[attr-defined]
    table.add()
    qtbot.waitUntil(lambda: table.view.viewport().width() > 0)
    header = table.view.horizontalHeader()
    used = sum(header.sectionSize(n) for n in range(table.model.columnCount()))
    assert used <= table.view.viewport().width()
    assert not table.view.horizontalScrollBar().isVisible()
    dates = [n for n, c in enumerate(table.model.columns) if c.kind == "date"]
    metrics = table.view.fontMetrics()
    assert all(header.sectionSize(n) >= metrics.horizontalAdvance("31/12/2026") for n in dates)
