"""Hashtag sets (issue #15): saved from the composer, inserted into a post (the post's
campaign's sets first), kept in the plan, each save one undo step."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from smplanner.domain.hashtag_sets import HashtagSet, merged, normalised, ordered_for
from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.services import calendar_edits, calendar_queries, hashtag_sets
from tests.ui.composer.test_composer_limits import type_text

PARIS = ZoneInfo("Europe/Paris")


def test_hashtags_are_normalised_once_each_with_their_sign() -> None:
    assert normalised("galette, #Épiphanie #galette  #2027 #") == "#galette #Épiphanie"
    assert merged("#galette #lyon", "#Lyon #artisan") == "#galette #lyon #artisan"


def test_the_posts_campaign_and_pillar_sets_come_first() -> None:
    sets = [
        HashtagSet("B général", "#a"),
        HashtagSet("A pilier", "#b", pillar_id=2),
        HashtagSet("C campagne", "#c", campaign_id=7),
    ]
    assert [s.name for s in ordered_for(sets, 2, 7)] == ["C campagne", "A pilier", "B général"]


def test_saving_a_set_is_undoable_and_refuses_an_empty_one(plan) -> None:  # type: ignore[no-untyped-def]
    edit = hashtag_sets.save_set(plan, HashtagSet("Épiphanie", "galette épiphanie"))
    assert hashtag_sets.hashtag_sets(plan) == [HashtagSet("Épiphanie", "#galette #épiphanie")]
    edit.undo()
    assert hashtag_sets.hashtag_sets(plan) == []
    edit.redo()
    hashtag_sets.save_set(plan, HashtagSet("épiphanie", "#fève"))  # same name: replaced
    assert [s.tags for s in hashtag_sets.hashtag_sets(plan)] == ["#fève"]
    with pytest.raises(hashtag_sets.HashtagSetError, match="no hashtag"):
        hashtag_sets.save_set(plan, HashtagSet("Vide", "  #  "))


def test_the_composer_saves_and_inserts_sets(calendar_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.post_dialog import PostDialog

    plan = calendar_tab.plan
    calendar_edits.new_campaign(
        plan, CampaignRef(0, "Épiphanie", "campaign", date(2027, 1, 2), date(2027, 1, 12))
    )
    [campaign] = calendar_queries.campaigns(plan)
    dialog = PostDialog(plan, PostDraft("instagram", campaign_id=campaign.id), PARIS, calendar_tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.hashtags, "#galette #frangipane")
    button = dialog.hashtag_sets
    button.menu().aboutToShow.emit()
    [save] = [a for a in button.menu().actions() if a.text().startswith("Save these")]
    save.trigger()
    question = button.name_question
    assert question is not None and question.isVisible()
    field = question.findChild(type(dialog.hashtags))
    type_text(qtbot, field, "Épiphanie")
    assert question.textValue() == "Épiphanie"
    [ok] = [b for b in question.findChildren(QPushButton) if b.text() in ("OK", "&OK")]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert hashtag_sets.hashtag_sets(plan) == [
        HashtagSet("Épiphanie", "#galette #frangipane", None, campaign.id)
    ]
    assert calendar_tab.document.undo_stack.undoText() == "Save the hashtag set “Épiphanie”"
    dialog.hashtags.clear()
    qtbot.keyClicks(dialog.hashtags, "#lyon")
    button.menu().aboutToShow.emit()
    [insert] = [a for a in button.menu().actions() if a.text().startswith("Épiphanie")]
    insert.trigger()
    assert dialog.hashtags.text() == "#lyon #galette #frangipane"
    calendar_tab.document.undo_stack.undo()
    assert hashtag_sets.hashtag_sets(plan) == []


def test_the_editorial_lines_hashtags_are_the_first_set(plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services import strategy_edits
    from smplanner.ui.calendar.post_dialog import PostDialog

    hashtag_sets.save_set(plan, HashtagSet("Épiphanie", "#galette"))
    strategy_edits.set_field(plan, "editorial.hashtags", "boulangerie, #Lyon #boulangerie")
    dialog = PostDialog(plan, PostDraft("instagram"), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.hashtags, "#fournil")
    menu = dialog.hashtag_sets.menu()
    menu.aboutToShow.emit()
    words = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert words[:2] == ["Editorial line — #boulangerie #Lyon", "Épiphanie — #galette"]
    menu.actions()[0].trigger()
    assert dialog.hashtags.text() == "#fournil #boulangerie #Lyon"
    strategy_edits.set_field(plan, "editorial.hashtags", None)
    menu.aboutToShow.emit()
    assert not any(a.text().startswith("Editorial line") for a in menu.actions())
