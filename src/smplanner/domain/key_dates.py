"""The year's key dates: France's public holidays, commercial and awareness days.

The dates are rules in resources/data/key_dates.json (each with the source that sets
it), turned into days for any year here; Easter is computed (Gregorian computus), so
nothing has to be updated each year but the dates an authority publishes yearly
(the rentrée). Which days a plan sees depends on its sector and on whether it asks
for the two Alsace-Moselle holidays. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from smplanner.resource_files import load_json

PUBLIC_HOLIDAY = "public_holiday"
COMMERCIAL = "commercial"
AWARENESS = "awareness"
ALSACE_MOSELLE = "alsace_moselle"


@dataclass(frozen=True)
class KeyDate:
    """One key date in one year: from ``starts_on`` to ``ends_on`` inclusive."""

    id: str
    kind: str
    starts_on: date
    ends_on: date
    names: dict[str, str] = field(compare=False, hash=False)
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def source(self, language: str) -> str:
        """Where the date comes from, in ``language`` (a French legal reference reads
        the same in both)."""
        return self.sources.get(language) or self.sources.get("en", "")

    @property
    def is_public_holiday(self) -> bool:
        return self.kind == PUBLIC_HOLIDAY

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class KeyDateRule:
    """An entry of key_dates.json: how to find the date in any year."""

    id: str
    kind: str
    rule: str
    params: dict[str, Any] = field(compare=False, hash=False)
    names: dict[str, str] = field(compare=False, hash=False)
    sources: dict[str, str] = field(compare=False, hash=False)
    days: int = 1
    sectors: frozenset[str] = frozenset()  # empty: every plan
    region: str = ""

    def first_day(self, year: int) -> date | None:
        """The first day in ``year``, or None when it is not known for that year."""
        p = self.params
        if self.rule == "fixed":
            return date(year, p["month"], p["day"])
        if self.rule == "easter":
            return easter_sunday(year) + timedelta(days=p["offset"])
        if self.rule == "weekday_on_or_after":
            return _weekday_rule(year, p)
        if self.rule == "listed":
            listed = p["dates"].get(str(year))
            return date.fromisoformat(listed) if listed else None
        raise ValueError(f"key date {self.id}: unknown rule {self.rule!r}")

    def in_year(self, year: int) -> KeyDate | None:
        first = self.first_day(year)
        if first is None:
            return None
        last = first + timedelta(days=self.days - 1)
        return KeyDate(self.id, self.kind, first, last, self.names, self.sources)

    def concerns(self, sector: str, alsace_moselle: bool) -> bool:
        """True if a plan of ``sector`` sees this date (a plan of no known sector sees
        the dates for every plan and those for "other")."""
        if self.region == ALSACE_MOSELLE and not alsace_moselle:
            return False
        return not self.sectors or sector in self.sectors


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekday_rule(year: int, p: dict[str, Any]) -> date:
    start = date(year, p["month"], p["day"])
    found = start + timedelta(days=(p["weekday"] - start.weekday()) % 7)
    limit = p.get("not_after_day")
    if limit is not None and found.day > limit:
        found -= timedelta(days=7)  # e.g. the winter sales start a week earlier
    if p.get("unless_pentecost") and found == easter_sunday(year) + timedelta(days=49):
        found += timedelta(days=7)  # Mother's Day leaves Pentecost for June
    return found


def _rule(raw: dict[str, Any]) -> KeyDateRule:
    reserved = {"id", "kind", "rule", "names", "source", "days", "sectors", "region"}
    return KeyDateRule(
        id=raw["id"],
        kind=raw["kind"],
        rule=raw["rule"],
        params={k: v for k, v in raw.items() if k not in reserved},
        names=dict(raw["names"]),
        sources=_sources(raw["source"]),
        days=int(raw.get("days", 1)),
        sectors=frozenset(raw.get("sectors", ())),
        region=raw.get("region", ""),
    )


def _sources(raw: str | dict[str, str]) -> dict[str, str]:
    """A source is one text for every language, or {"en": ..., "fr": ...}."""
    return {"en": raw} if isinstance(raw, str) else dict(raw)


@cache
def all_rules() -> tuple[KeyDateRule, ...]:
    """Every entry of resources/data/key_dates.json, in file order."""
    return tuple(_rule(raw) for raw in load_json("data", "key_dates.json")["key_dates"])


def key_dates_in_year(
    year: int,
    sector: str = "",
    *,
    alsace_moselle: bool = False,
    rules: Iterable[KeyDateRule] | None = None,
) -> list[KeyDate]:
    """The key dates a plan of ``sector`` sees in ``year``, by first day."""
    found = []
    for rule in all_rules() if rules is None else rules:
        if rule.concerns(sector, alsace_moselle):
            dated = rule.in_year(year)
            if dated is not None:
                found.append(dated)
    return sorted(found, key=lambda k: (k.starts_on, k.kind != PUBLIC_HOLIDAY, k.id))


def public_holidays(year: int, *, alsace_moselle: bool = False) -> list[KeyDate]:
    """France's public holidays in ``year`` (11, or 13 in Alsace-Moselle)."""
    return [
        k
        for k in key_dates_in_year(year, alsace_moselle=alsace_moselle)
        if k.kind == PUBLIC_HOLIDAY
    ]


def key_dates_by_day(
    first: date, after: date, sector: str = "", *, alsace_moselle: bool = False
) -> dict[date, list[KeyDate]]:
    """Day -> the key dates covering it, for the days of [first, after).

    A date lasting several days (the sales, Pink October) is listed on each day; the
    year before ``first`` is read too, for a period that started in it.
    """
    by_day: dict[date, list[KeyDate]] = {}
    for year in range(first.year - 1, after.year + 1):
        for key in key_dates_in_year(year, sector, alsace_moselle=alsace_moselle):
            day = max(key.starts_on, first)
            while day <= key.ends_on and day < after:
                by_day.setdefault(day, []).append(key)
                day += timedelta(days=1)
    return by_day
