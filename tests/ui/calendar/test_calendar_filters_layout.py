"""Calendar tab: every filter narrows grid, ideas and warnings alike; warning dates
read in the interface's language; the tab fits a 1024-pixel screen in French."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.rule_warnings import CAP, GAP, RuleWarning
from smplanner.services import calendar_posts

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def tab(calendar_tab):  # type: ignore[no-untyped-def]
    return calendar_tab


def _texts(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.warnings_model.text(r) for r in range(tab.warnings_model.rowCount())]


def test_the_network_filter_narrows_the_ideas_and_the_warnings_too(tab, plan, qtbot) -> None:
    drafts = [
        PostDraft("x", "late", scheduled_at=datetime(2026, 10, 13, 23, tzinfo=PARIS)),
        PostDraft("instagram", "late too", scheduled_at=datetime(2026, 10, 14, 23, tzinfo=PARIS)),
        PostDraft("x", "an idea for X", status="idea"),
        PostDraft("instagram", "an idea for Instagram", status="idea"),
    ]
    _ids, changes = calendar_posts.create_posts(plan, drafts)
    tab.on_changes(changes)
    qtbot.waitUntil(lambda: any("Instagram: posted at night" in t for t in _texts(tab)))
    assert tab.backlog_model.rowCount() == 2

    tab.network_filter.setCurrentIndex(tab.network_filter.findData("x"))
    # The grid is filtered at once; the ideas and warnings just after that frame.
    qtbot.waitUntil(lambda: tab.backlog_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not any("Instagram" in t for t in _texts(tab)))
    assert tab.backlog_model.post_at(tab.backlog_model.index(0)).network == "x"
    texts = _texts(tab)
    assert any(t.startswith("X (Twitter): posted at night") for t in texts)
    assert not any("Instagram" in t for t in texts)
    assert tab.toolbar.filters_button.text() == "Filters (1)"
    assert tab.toolbar.filters_button.toolTip() == "X (Twitter)"

    tab.toolbar.clear_filters()
    qtbot.waitUntil(lambda: tab.backlog_model.rowCount() == 2)
    qtbot.waitUntil(lambda: any("Instagram" in t for t in _texts(tab)))
    assert tab.toolbar.filters_button.text() == "Filters"


def test_a_status_filter_keeps_only_the_warnings_of_the_posts_shown(tab, qtbot) -> None:
    from smplanner.domain.post_refs import PostRef
    from smplanner.ui.calendar.calendar_toolbar import warning_filter

    moment = datetime(2026, 10, 13, 23, tzinfo=PARIS)
    posts = {
        1: PostRef(1, "x", moment, "draft", "", "", None, None, None, None),
        2: PostRef(2, "x", moment, "ready", "", "", None, None, None, None),
    }
    on_draft = RuleWarning(CAP, (1,), "x")
    on_ready = RuleWarning(CAP, (2,), "x")
    gap = RuleWarning(GAP, (), "x")
    shows = warning_filter(tab.toolbar, posts)
    assert [shows(w) for w in (on_draft, on_ready, gap)] == [True, True, True]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("ready"))
    shows = warning_filter(tab.toolbar, posts)
    # A gap is about a whole network, not about ready posts: hidden while narrowed.
    assert [shows(w) for w in (on_draft, on_ready, gap)] == [False, True, False]


def test_warning_dates_use_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from smplanner.texts.warning_texts import warning_text

    gap = RuleWarning(
        GAP, (), "linkedin", {"days": 12, "from": date(2026, 10, 26), "to": date(2026, 11, 6)}
    )
    cap = RuleWarning(CAP, (1,), "x", {"count": 5, "week": date(2026, 10, 26), "cap": 4})
    assert warning_text(gap) == "LinkedIn: nothing planned for 12 days (Mon 26 Oct – Fri 6 Nov)"
    assert "week of Mon 26 Oct" in warning_text(cap)


def test_warning_dates_in_french(french_ui) -> None:  # type: ignore[no-untyped-def]
    from smplanner.texts.warning_texts import warning_text

    cap = RuleWarning(CAP, (1,), "x", {"count": 5, "week": date(2026, 10, 26), "cap": 4})
    assert "semaine du lun. 26 oct." in warning_text(cap)


def test_the_calendar_tab_fits_a_1024_pixel_window_in_french(french_ui, qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.calendar_tab import CalendarTab
    from smplanner.ui.document import PlanDocument

    widget = CalendarTab(PlanDocument(plan))
    qtbot.addWidget(widget)
    try:
        assert widget.toolbar.today_button.text() == "Aujourd'hui"
        assert widget.minimumSizeHint().width() <= 1000
    finally:
        widget.stop_background_work()


def test_an_idea_dropped_on_a_day_lands_in_a_good_hour_that_is_not_the_peak(tab, plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.rule_warnings import PEAK
    from smplanner.domain.slots import as_table, peak_hours
    from smplanner.services import calendar_queries, calendar_rules
    from smplanner.services.time_slots import effective_slots
    from smplanner.ui.calendar.cells_model import Cell

    [idea], _ = calendar_posts.create_posts(plan, [PostDraft("linkedin", "idea", status="idea")])
    assert tab.calendar_actions.drop([idea], Cell(date(2026, 10, 13)), False)
    [post] = calendar_queries.posts_by_id(plan, [idea])
    table = as_table(effective_slots(plan, "linkedin")[0])
    assert post.scheduled_at is not None
    assert (1, post.scheduled_at.hour) not in peak_hours(table)
    assert table[(1, post.scheduled_at.hour)] > 0
    warnings = calendar_rules.warnings_between(plan, date(2026, 10, 12), date(2026, 10, 19))
    assert not [w for w in warnings if w.kind == PEAK]


def test_the_menu_buttons_arrows_leave_their_french_words_whole(
    french_ui, calendar_tab, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Qt draws an instant-popup button's arrow in its corner: the button is wide enough
    that "Filtres (1)", "Réglages", "Statut", "Exporter / importer" end before it."""
    from PySide6.QtWidgets import QToolButton

    from smplanner.ui.calendar.menu_tool_button import INSTANT, arrow_left, text_right

    calendar_tab.toolbar.label_filter.set_labels([])
    calendar_tab.status_filter.setCurrentIndex(1)  # "Filtres (1)": a longer word
    qtbot.waitUntil(lambda: calendar_tab.toolbar.filters_button.text() == "Filtres (1)")
    buttons = [
        b
        for b in calendar_tab.findChildren(QToolButton)
        if b.isVisible() and b.popupMode() == INSTANT and b.text()
    ]
    words = sorted(b.text() for b in buttons)
    assert words == ["Exporter / importer", "Filtres (1)", "Réglages", "Statut"]
    for button in buttons:  # once the bar has laid out the new words
        qtbot.waitUntil(lambda b=button: text_right(b) + 2 <= arrow_left(b))
