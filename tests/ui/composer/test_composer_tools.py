"""The composer's helpers (issue #15): links tagged with UTM parameters for the
client's analytics, and a post adapted to its network's limits."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from smplanner.domain import post_adapt
from smplanner.domain.post_limits import problems
from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.domain.utm import slug, utm_of, with_utm
from smplanner.services import calendar_edits, calendar_queries
from smplanner.ui.calendar.post_dialog import PostDialog

PARIS = ZoneInfo("Europe/Paris")
TAGS = "#galette #épiphanie #boulangerie #lyon #frangipane #artisan"


def test_utm_parameters_replace_earlier_ones_and_keep_the_rest() -> None:
    tagged = with_utm(
        "https://www.boulangerie-martin.fr/galettes?taille=6&utm_source=old#commander",
        "instagram",
        campaign="Galette des rois 2027 !",
    )
    assert tagged == (
        "https://www.boulangerie-martin.fr/galettes?taille=6&utm_source=instagram"
        "&utm_medium=social&utm_campaign=galette-des-rois-2027#commander"
    )
    assert with_utm("boulangerie-martin.fr", "x") == (
        "https://boulangerie-martin.fr/?utm_source=x&utm_medium=social"
    )
    assert utm_of(tagged)["utm_campaign"] == "galette-des-rois-2027"
    assert slug("Fête des Rois — Épiphanie") == "fete-des-rois-epiphanie"


def test_adapting_moves_hashtags_to_the_first_comment_on_instagram() -> None:
    adapted = post_adapt.adapt_for_network("instagram", "La galette est là", TAGS)
    assert adapted.hashtags == ""
    assert adapted.first_comment == "#galette #épiphanie #boulangerie #lyon #frangipane"
    assert adapted.changes == [post_adapt.DROPPED_HASHTAGS, post_adapt.MOVED_HASHTAGS]


def test_adapting_shortens_an_x_post_to_its_weighted_limit() -> None:
    text = "Notre galette des rois revient " * 12
    adapted = post_adapt.adapt_for_network("x", text, "#galette")
    assert adapted.changes == [post_adapt.SHORTENED]
    assert adapted.text.endswith("…")
    assert problems("x", adapted.text, hashtags=adapted.hashtags) == []
    assert post_adapt.adapt_for_network("x", "Court").changes == []


def test_the_composer_tags_the_link_and_adapts_the_post(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    calendar_edits.new_campaign(
        plan, CampaignRef(0, "Épiphanie 2027", "campaign", date(2027, 1, 2), date(2027, 1, 12))
    )
    [campaign] = calendar_queries.campaigns(plan)
    draft = PostDraft("instagram", "La galette est là", hashtags=TAGS, campaign_id=campaign.id)
    dialog = PostDialog(plan, draft, PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.link, "https://boulangerie-martin.fr/galettes")
    qtbot.mouseClick(dialog.tools.utm_button, Qt.MouseButton.LeftButton)
    assert utm_of(dialog.link.text()) == {
        "utm_source": "instagram",
        "utm_medium": "social",
        "utm_campaign": "epiphanie-2027",
    }
    assert "6 / 5 hashtags" in dialog.counter.text()
    qtbot.mouseClick(dialog.tools.adapt_button, Qt.MouseButton.LeftButton)
    assert dialog.hashtags.text() == ""
    assert dialog.first_comment.text().startswith("#galette")
    assert "hashtags moved to the first comment" in dialog.tools.note.text()
    assert dialog.draft().first_comment == dialog.first_comment.text()
    assert dialog.draft().link == dialog.link.text()  # the tagged link goes to the exports


def test_the_first_comment_is_offered_where_schedulers_post_one(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    dialog = PostDialog(plan, PostDraft("instagram"), PARIS)
    qtbot.addWidget(dialog)
    assert dialog.first_comment.isEnabled()
    dialog.network.setFocus()
    qtbot.keyClicks(dialog.network, "TikTok")
    assert dialog.network.currentData() == "tiktok"
    assert not dialog.first_comment.isEnabled()
    assert "no first comment" in dialog.first_comment.placeholderText().lower()
    kept = PostDialog(plan, PostDraft("x", first_comment="Suite du fil"), PARIS)
    qtbot.addWidget(kept)
    assert kept.first_comment.isEnabled()  # typed text is never locked away


def test_utm_presets_are_saved_from_a_tagged_link_and_applied_to_another(
    calendar_tab, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from smplanner.services.utm_presets import UtmPreset, utm_presets

    plan = calendar_tab.plan
    dialog = PostDialog(plan, PostDraft("linkedin"), PARIS, calendar_tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(
        dialog.link, "https://boulangerie-martin.fr/?utm_medium=organic&utm_campaign=recrutement"
    )
    tools = dialog.tools
    tools.utm_button.menu().aboutToShow.emit()
    [save] = [a for a in tools.utm_button.menu().actions() if a.text().startswith("Save the link")]
    save.trigger()
    question = tools.preset_question
    assert question.window().parentWidget().window() is dialog  # over the post dialog
    assert question.isModal()  # the dialog waits for the name
    qtbot.keyClicks(question.findChild(type(dialog.link)), "Recrutement")
    [ok] = [b for b in question.findChildren(QPushButton) if b.text() in ("OK", "&OK")]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert utm_presets(plan) == [UtmPreset("Recrutement", "organic", "recrutement")]
    assert calendar_tab.document.undo_stack.undoText() == "Save the UTM preset “Recrutement”"
    dialog.link.clear()
    qtbot.keyClicks(dialog.link, "https://boulangerie-martin.fr/emplois")
    tools.utm_button.menu().aboutToShow.emit()
    [preset] = [a for a in tools.utm_button.menu().actions() if a.text().startswith("Recrutement")]
    preset.trigger()
    assert utm_of(dialog.link.text()) == {
        "utm_source": "linkedin",
        "utm_medium": "organic",
        "utm_campaign": "recrutement",
    }


def test_shortening_keeps_the_links_of_the_words_it_cuts() -> None:
    link = "https://www.boulangerie-martin.fr/galettes?utm_source=x&utm_medium=social"
    text = "Notre galette des rois revient " * 9 + f"Réservez-la sur {link} avant samedi"
    adapted = post_adapt.adapt_for_network("x", text)
    assert adapted.changes == [post_adapt.SHORTENED]
    assert adapted.text.endswith(f"… {link}")  # the words went, the link stayed whole
    assert problems("x", adapted.text) == []
    assert len(adapted.text) > 280  # X counts the link as 23, not its 75 characters
    short = post_adapt.adapt_for_network("linkedin", "Court " + link)
    assert short.text == "Court " + link and short.changes == []


def test_a_post_dialog_leaves_no_window_of_its_own_behind(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    dialog = PostDialog(plan, PostDraft("instagram", "La galette est là"), PARIS)
    qtbot.addWidget(dialog)
    made = set(QApplication.topLevelWidgets()) - before - {dialog}
    # Menus and lists that pop up are windows of their own; nothing else is (the
    # composer's tools were an empty hidden window left by each dialog).
    assert [w for w in made if w.windowType() != Qt.WindowType.Popup] == []
    assert dialog.tools.parent() is dialog
