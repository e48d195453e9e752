"""The retro-planning's timeline: the steps back from D with the key dates and the
plan's campaigns of those weeks, merged in date order (domain and a real plan file)."""

from __future__ import annotations

from datetime import date

from smplanner.domain.key_dates import key_dates_in_year
from smplanner.domain.post_refs import CampaignRef
from smplanner.domain.retro_timeline import (
    CAMPAIGN,
    KEY_DATE,
    STEP,
    key_dates_ahead,
    retro_timeline,
    timeline_span,
)
from smplanner.domain.retroplanning import template
from smplanner.services import calendar_edits, calendar_key_dates
from smplanner.services.calendar_key_dates import KeyDateSettings
from smplanner.storage.plan_file import PlanFile

FATHERS_DAY_2026 = date(2026, 6, 21)


def test_fathers_day_sits_beside_the_steps_that_lead_to_it() -> None:
    launch = template("product_launch")
    entries = retro_timeline(
        FATHERS_DAY_2026, launch, key_dates_in_year(2026, "bakery_food"), [], "fr"
    )
    lines = [(e.day, e.kind, e.label, e.offset_days) for e in entries]
    assert lines[0] == (date(2026, 5, 31), KEY_DATE, "Fête des mères", None)
    assert lines[1] == (date(2026, 5, 31), STEP, "Teasing", -21)
    # On D: the key dates first, then the launch post that D is about.
    on_d = [line for line in lines if line[0] == FATHERS_DAY_2026]
    assert [line[1:3] for line in on_d] == [
        (KEY_DATE, "Fête de la musique"),
        (KEY_DATE, "Fête des pères"),
        (STEP, "Lancement"),
    ]
    assert lines[-1] == (date(2026, 6, 28), STEP, "Bilan", 7)
    # Only the span of the steps: Bastille Day (14 July) is not in it.
    assert all(date(2026, 5, 31) <= e.day <= date(2026, 6, 28) for e in entries)
    assert [e.offset_days for e in entries if e.kind == STEP] == [-21, -14, -7, -3, -1, 0, 7]
    # English names for an English interface, with the source kept for the tooltip.
    english = retro_timeline(
        FATHERS_DAY_2026, launch, key_dates_in_year(2026, "bakery_food"), [], "en"
    )
    fathers = next(e for e in english if e.label == "Father's Day")
    assert fathers.source and not fathers.is_public_holiday


def test_a_long_key_date_and_a_campaign_show_when_any_of_their_days_is_in_the_span() -> None:
    sales = template("sales")
    first, last = timeline_span(date(2026, 10, 20), sales)
    keys = key_dates_in_year(2026, "health_wellness") + key_dates_in_year(2026, "health_wellness")
    campaign = CampaignRef(4, "Octobre Rose en boutique", "campaign", date(2026, 9, 1), first)
    before = CampaignRef(5, "Rentrée", "campaign", date(2026, 8, 20), date(2026, 8, 31))
    entries = retro_timeline(date(2026, 10, 20), sales, keys, [campaign, before], "en")
    pink = [e for e in entries if e.label == "Pink October (breast cancer)"]
    assert len(pink) == 1  # the same year read twice is listed once
    assert pink[0].lasts and pink[0].day == date(2026, 10, 1) < first
    assert pink[0].last_day == date(2026, 10, 31)
    campaigns = [e for e in entries if e.kind == CAMPAIGN]
    assert [(c.label, c.day, c.last_day) for c in campaigns] == [
        ("Octobre Rose en boutique", date(2026, 9, 1), first)
    ]
    assert entries == sorted(entries, key=lambda e: e.day)
    assert last >= date(2026, 10, 20)


def test_the_dates_to_plan_from_start_today_and_end_within_a_year() -> None:
    keys = [*key_dates_in_year(2026, "bakery_food"), *key_dates_in_year(2027, "bakery_food")]
    keys += key_dates_in_year(2027, "bakery_food")
    ahead = key_dates_ahead(keys, date(2026, 12, 3))
    assert ahead[0].starts_on >= date(2026, 12, 3)
    assert ahead[-1].starts_on < date(2027, 12, 4)
    assert len({(k.id, k.starts_on) for k in ahead}) == len(ahead)
    # Christmas 2026 once and the next one too, a year apart.
    assert [k.starts_on for k in ahead if k.id == "christmas"] == [date(2026, 12, 25)]
    assert "galette_des_rois" in [k.id for k in ahead]


def test_a_plan_file_gives_its_campaigns_and_its_sectors_dates_across_new_year(
    plan: PlanFile,
) -> None:
    calendar_edits.new_campaign(
        plan, CampaignRef(0, "Galettes maison", "sales", date(2026, 12, 28), date(2027, 1, 11))
    )
    # D = Epiphany 2027 (Sunday 3 January): the teasers fall in December 2026.
    entries = calendar_key_dates.retro_timeline_of(plan, date(2027, 1, 3), "event", "fr")
    labels = [(e.day, e.label) for e in entries if e.kind != STEP]
    assert (date(2026, 12, 25), "Noël") in labels
    assert (date(2027, 1, 1), "Jour de l'an") in labels
    assert (date(2027, 1, 3), "Épiphanie (galette des rois)") in labels
    assert (date(2026, 12, 28), "Galettes maison") in labels
    # The timeline shows the key dates even when the calendar hides them: the CM plans.
    calendar_key_dates.set_key_date_settings(plan, KeyDateSettings(shown=False))
    hidden = calendar_key_dates.retro_timeline_of(plan, date(2027, 1, 3), "event", "fr")
    assert [e.label for e in hidden] == [e.label for e in entries]
    # Alsace-Moselle's St Stephen's Day only for a plan that asks for it.
    assert not any(e.label.startswith("Saint-Étienne") for e in entries)
    calendar_key_dates.set_key_date_settings(plan, KeyDateSettings(alsace_moselle=True))
    alsace = calendar_key_dates.retro_timeline_of(plan, date(2027, 1, 3), "event", "fr")
    assert any(e.is_public_holiday and e.day == date(2026, 12, 26) for e in alsace)
