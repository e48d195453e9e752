"""The year's key dates: France's public holidays computed per year (checked against
the `holidays` package), commercial and awareness days from the data file, by sector."""

from __future__ import annotations

from datetime import date

import pytest

from smplanner.domain.key_dates import (
    all_rules,
    easter_sunday,
    key_dates_by_day,
    key_dates_in_year,
    public_holidays,
)
from smplanner.domain.sectors import all_sectors


def _day(year: int, key_id: str, sector: str = "other") -> date:
    [found] = [k for k in key_dates_in_year(year, sector) if k.id == key_id]
    return found.starts_on


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_is_computed_for_any_year(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_the_public_holidays_of_2026_to_2028() -> None:
    names = {
        year: [(k.starts_on.isoformat(), k.name("fr")) for k in public_holidays(year)]
        for year in (2026, 2027, 2028)
    }
    assert names[2026] == [
        ("2026-01-01", "Jour de l'an"),
        ("2026-04-06", "Lundi de Pâques"),
        ("2026-05-01", "Fête du Travail"),
        ("2026-05-08", "Victoire 1945"),
        ("2026-05-14", "Ascension"),
        ("2026-05-25", "Lundi de Pentecôte"),
        ("2026-07-14", "Fête nationale"),
        ("2026-08-15", "Assomption"),
        ("2026-11-01", "Toussaint"),
        ("2026-11-11", "Armistice 1918"),
        ("2026-12-25", "Noël"),
    ]
    assert [d for d, _ in names[2027]][1:6] == [
        "2027-03-29",
        "2027-05-01",
        "2027-05-06",
        "2027-05-08",
        "2027-05-17",
    ]
    assert [d for d, _ in names[2028]][1:6] == [
        "2028-04-17",
        "2028-05-01",
        "2028-05-08",
        "2028-05-25",
        "2028-06-05",
    ]
    alsace = public_holidays(2027, alsace_moselle=True)
    assert len(alsace) == 13
    assert {k.starts_on for k in alsace} - {k.starts_on for k in public_holidays(2027)} == {
        date(2027, 3, 26),  # Good Friday
        date(2027, 12, 26),  # St Stephen's Day
    }


def test_the_holidays_match_an_independent_implementation_for_thirty_years() -> None:
    holidays = pytest.importorskip("holidays")
    for year in range(2010, 2040):
        ours = {k.starts_on for k in public_holidays(year)}
        theirs = set(holidays.France(years=year))
        assert ours == theirs, year
        ours_am = {k.starts_on for k in public_holidays(year, alsace_moselle=True)}
        assert ours_am == set(holidays.France(years=year, subdiv="57")), year


def test_dates_set_by_rules_with_exceptions() -> None:
    # Mother's Day leaves Pentecost: 31 May 2020 was Whit Sunday, so 7 June.
    assert _day(2020, "mothers_day") == date(2020, 6, 7)
    assert [_day(y, "mothers_day") for y in (2026, 2027, 2028)] == [
        date(2026, 5, 31),
        date(2027, 5, 30),
        date(2028, 5, 28),
    ]
    # Winter sales: 2nd Wednesday of January, the 1st when the 2nd is after the 12th.
    assert _day(2022, "winter_sales") == date(2022, 1, 12)
    assert _day(2025, "winter_sales") == date(2025, 1, 8)
    assert _day(2026, "winter_sales") == date(2026, 1, 7)
    # Summer sales: last Wednesday of June, the one before when the last is after the 28th.
    assert _day(2023, "summer_sales") == date(2023, 6, 28)
    assert _day(2026, "summer_sales") == date(2026, 6, 24)
    assert _day(2028, "summer_sales") == date(2028, 6, 28)
    assert [_day(y, "black_friday") for y in (2026, 2027, 2028)] == [
        date(2026, 11, 27),
        date(2027, 11, 26),
        date(2028, 11, 24),
    ]
    assert [_day(y, "cyber_monday", "retail_fashion") for y in (2026, 2027, 2028)] == [
        date(2026, 11, 30),
        date(2027, 11, 29),
        date(2028, 11, 27),
    ]
    assert [_day(y, "galette_des_rois") for y in (2026, 2027, 2028)] == [
        date(2026, 1, 4),
        date(2027, 1, 3),
        date(2028, 1, 2),
    ]
    assert _day(2026, "fathers_day") == date(2026, 6, 21)


def test_a_date_an_authority_has_not_published_yet_is_not_shown() -> None:
    assert _day(2026, "back_to_school") == date(2026, 9, 1)
    assert not [k for k in key_dates_in_year(2027, "other") if k.id == "back_to_school"]


def test_each_plan_sees_the_days_of_its_trade() -> None:
    bakery = {k.id for k in key_dates_in_year(2027, "bakery_food")}
    shop = {k.id for k in key_dates_in_year(2027, "retail_fashion")}
    clinic = {k.id for k in key_dates_in_year(2027, "health_wellness")}
    assert {"galette_des_rois", "chandeleur", "food_day", "christmas"} <= bakery
    assert "black_friday" not in bakery and "winter_sales" not in bakery
    assert {"winter_sales", "summer_sales", "black_friday", "valentines_day"} <= shop
    assert {"health_day", "mental_health_day", "pink_october"} <= clinic
    assert "galette_des_rois" not in clinic
    # Every plan sees the public holidays and the days for every trade.
    for ids in (bakery, shop, clinic):
        assert {"christmas", "valentines_day", "mothers_day", "social_media_day"} <= ids


def test_the_sales_last_four_weeks_and_show_on_each_day() -> None:
    by_day = key_dates_by_day(date(2027, 1, 1), date(2027, 3, 1), "retail_fashion")
    sales = [day for day, keys in by_day.items() if any(k.id == "winter_sales" for k in keys)]
    assert (min(sales), max(sales), len(sales)) == (date(2027, 1, 6), date(2027, 2, 2), 28)
    # Pink October started before the period asked for: still shown on its days.
    october = key_dates_by_day(date(2026, 10, 20), date(2026, 10, 22), "health_wellness")
    assert [k.id for k in october[date(2026, 10, 21)]] == ["pink_october"]


def test_every_entry_has_a_source_both_names_and_known_sectors() -> None:
    sectors = {s.id for s in all_sectors()}
    for rule in all_rules():
        assert rule.sources["en"].strip(), rule.id
        assert rule.names["en"].strip() and rule.names["fr"].strip(), rule.id
        assert rule.sectors <= sectors, rule.id
        for year in (2026, 2027, 2028):
            rule.first_day(year)  # every rule gives a day (or None for a listed one)


def test_every_source_reads_in_french_in_a_french_window_or_report() -> None:
    """A French CM or client reads where each date comes from in French: a source
    written in English has its French text (a French legal reference serves both)."""
    from tests.ui_walk import english_in

    for rule in all_rules():
        key = rule.in_year(2027) or rule.in_year(2026)
        assert key is not None, rule.id
        french = key.source("fr")
        assert french.strip() and english_in(french) is None, (rule.id, french)
        assert key.source("en") == rule.sources["en"]
    beaujolais = next(r for r in all_rules() if r.id == "beaujolais_nouveau").in_year(2026)
    assert beaujolais is not None
    assert beaujolais.source("fr").startswith("Troisième jeudi de novembre")
    assert beaujolais.source("en").startswith("Third Thursday of November")


def test_a_plan_that_hides_the_key_dates_gets_none(plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services import calendar_key_dates as service

    first, after = date(2026, 12, 1), date(2027, 1, 1)
    assert [k.id for k in service.key_dates_between(plan, first, after)[date(2026, 12, 25)]] == [
        "christmas"
    ]
    edit = service.set_key_date_settings(plan, service.KeyDateSettings(shown=False))
    assert service.key_dates_between(plan, first, after) == {}
    # The report and the retro-planning still read the year's dates.
    assert "christmas" in {k.id for k in service.key_dates_of_year(plan, 2026)}
    edit.undo()
    assert service.key_date_settings(plan).shown
    assert service.set_key_date_settings(plan, service.KeyDateSettings()).changed_nothing
