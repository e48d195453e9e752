"""The plan's rule settings and time slots: domain, services, and their live dialogs."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain import timing
from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.rule_warnings import NIGHT, WEEKEND, RuleContext, RuleSettings
from smplanner.services import calendar_posts, calendar_rules, time_slots
from smplanner.services.calendar_rules import RuleSettingsError
from smplanner.ui.document import PlanDocument

PARIS = ZoneInfo("Europe/Paris")
SATURDAY_NOON = datetime(2026, 10, 17, 12, tzinfo=PARIS)


def _kinds(settings: RuleSettings, network: str = "instagram") -> list[str]:
    post = PostRef(1, network, SATURDAY_NOON, "draft", "", "text")
    return sorted(w.kind for w in timing.timing_warnings([post], RuleContext(settings=settings)))


def test_the_weekend_can_be_allowed_for_one_network_only() -> None:
    relaxed = RuleSettings(weekend_ok_networks=("instagram",))
    assert WEEKEND not in _kinds(relaxed, "instagram")
    assert WEEKEND in _kinds(relaxed, "linkedin")
    assert WEEKEND not in _kinds(RuleSettings(warn_weekend=False), "linkedin")


def test_rule_settings_round_trip_through_the_plan_and_refuse_bad_values(plan) -> None:  # type: ignore[no-untyped-def]
    chosen = RuleSettings(night_start=21, night_end=6, weekend_ok_networks=("tiktok",), gap_days=10)
    calendar_rules.set_rule_settings(plan, chosen)
    assert calendar_rules.rule_settings(plan) == chosen
    with pytest.raises(RuleSettingsError, match="night_start"):
        calendar_rules.set_rule_settings(plan, RuleSettings(night_start=30))
    with pytest.raises(RuleSettingsError, match="myspace"):
        calendar_rules.set_rule_settings(plan, RuleSettings(weekend_ok_networks=("myspace",)))
    assert calendar_rules.rule_settings(plan) == chosen


@pytest.fixture
def document(plan):  # type: ignore[no-untyped-def]
    return PlanDocument(plan)


def test_the_rules_dialog_applies_each_change_live_as_one_undo_step(document, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.rules_dialog import RulesDialog

    plan = document.plan
    _ids, _ = calendar_posts.create_posts(
        plan,
        [PostDraft("instagram", "evening", scheduled_at=datetime(2026, 10, 14, 21, tzinfo=PARIS))],
    )
    night = [
        w
        for w in calendar_rules.warnings_between(plan, date(2026, 10, 1), date(2026, 11, 1))
        if w.kind == NIGHT
    ]
    assert night == []
    dialog = RulesDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[object] = []
    document.changed.connect(seen.append)
    dialog.night_start.setValue(21)
    assert calendar_rules.rule_settings(plan).night_start == 21
    assert seen and seen[-1].touches("calendar_settings")
    warnings = calendar_rules.warnings_between(plan, date(2026, 10, 1), date(2026, 11, 1))
    assert any(w.kind == NIGHT for w in warnings)

    # A bakery's weekend suits every network by default (its customers come then).
    assert dialog.weekend_ok["instagram"].isChecked()
    dialog.weekend_ok["instagram"].setChecked(False)
    assert "instagram" not in calendar_rules.rule_settings(plan).weekend_ok_networks
    assert "facebook" in calendar_rules.rule_settings(plan).weekend_ok_networks
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Change the method's rules"

    document.undo_stack.undo()
    assert dialog.weekend_ok["instagram"].isChecked()
    document.undo_stack.undo()
    assert dialog.night_start.value() == 22
    assert calendar_rules.rule_settings(plan) == RuleSettings(
        weekend_ok_networks=calendar_rules.default_weekend_networks(plan)
    )
    dialog.close()


def test_the_time_slot_grid_edits_the_plan_slots_and_resets_to_the_sources(document, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.time_slots_dialog import TimeSlotsDialog

    plan = document.plan
    dialog = TimeSlotsDialog(document, "linkedin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "sources" in dialog.source_note.text()
    assert not dialog.reset_button.isEnabled()
    # Sunday 3 o'clock is nobody's recommended hour: make it the best, by selecting it.
    index = dialog.model.index(6, 3)
    assert dialog.model.score(index) == 0
    dialog.grid.selectionModel().select(index, dialog.grid.selectionModel().SelectionFlag.Select)
    dialog.best_button.click()
    slots, source = time_slots.effective_slots(plan, "linkedin")
    assert source == time_slots.SOURCE_PLAN
    assert {(s.weekday, s.hour) for s in slots if s.score == 1.0} >= {(6, 3)}
    assert dialog.model.score(dialog.model.index(6, 3)) == 1.0
    assert dialog.source_note.text() == "In use: the slots edited for this plan."
    # Double-click cycles best -> not recommended.
    dialog.cycle(dialog.model.index(6, 3))
    assert dialog.model.score(dialog.model.index(6, 3)) == 0
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert dialog.model.score(dialog.model.index(6, 3)) == 1.0

    dialog.reset_button.click()
    assert time_slots.effective_slots(plan, "linkedin")[1] == time_slots.SOURCE_DEFAULT
    assert dialog.model.score(dialog.model.index(6, 3)) == 0
    document.undo_stack.undo()
    assert time_slots.effective_slots(plan, "linkedin")[1] == time_slots.SOURCE_PLAN
    dialog.close()


def test_the_grid_says_when_the_clients_own_best_hours_are_in_use(document, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.time_slots_dialog import TimeSlotsDialog

    time_slots.set_client_best_hours(document.plan, "instagram", [(2, 18, 40.0), (4, 12, 20.0)])
    dialog = TimeSlotsDialog(document, "instagram")
    qtbot.addWidget(dialog)
    assert "client's own best hours" in dialog.source_note.text()
    assert dialog.model.score(dialog.model.index(2, 18)) == 1.0
    assert dialog.model.score(dialog.model.index(4, 12)) == 0.5
    assert dialog.reset_button.isEnabled()
    dialog.close()


def test_the_calendar_bar_opens_both_settings_dialogs(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.calendar_tab import CalendarTab

    tab = CalendarTab(PlanDocument(plan))
    qtbot.addWidget(tab)
    try:
        tab.network_filter.setCurrentIndex(tab.network_filter.findData("tiktok"))
        tab.toolbar.time_slots_action.trigger()
        assert tab.dialogs.time_slots_dialog.isVisible()
        assert tab.dialogs.time_slots_dialog.network_id() == "tiktok"
        tab.toolbar.rules_action.trigger()
        assert tab.dialogs.rules_dialog.isVisible()
        tab.dialogs.time_slots_dialog.close()
        tab.dialogs.rules_dialog.close()
    finally:
        tab.stop_background_work()
