"""A retro-planning's timeline: its steps, with the key dates and campaigns around them.

A community manager planning backwards from D wants to see what else falls in those
weeks: "Fête des pères — 21 juin" beside the teaser that leads to it, the summer sales
that start the same week, the plan's own campaigns. This merges the three into one list
in date order. No Qt, no SQL: the caller passes the key dates and campaigns it read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from smplanner.domain.key_dates import KeyDate
from smplanner.domain.post_refs import CampaignRef
from smplanner.domain.retroplanning import RetroTemplate

STEP = "step"
KEY_DATE = "key_date"
CAMPAIGN = "campaign"
# On one day the key date and the campaign come before the step they frame.
_ORDER = {KEY_DATE: 0, CAMPAIGN: 1, STEP: 2}


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline, from ``day`` to ``last_day`` inclusive."""

    day: date
    last_day: date
    kind: str  # STEP, KEY_DATE or CAMPAIGN
    label: str  # in the language asked for
    offset_days: int | None = None  # a step's place relative to D (negative = before)
    source: str = ""  # where a key date comes from
    is_public_holiday: bool = False

    @property
    def lasts(self) -> bool:
        return self.last_day > self.day


def timeline_span(event_day: date, retro: RetroTemplate) -> tuple[date, date]:
    """The first and last day (inclusive) the template's steps reach."""
    offsets = [step.offset_days for step in retro.steps] or [0]
    return (
        event_day + timedelta(days=min(offsets)),
        event_day + timedelta(days=max(offsets)),
    )


def _overlaps(first: date, last: date, starts_on: date, ends_on: date) -> bool:
    return starts_on <= last and ends_on >= first


def retro_timeline(
    event_day: date,
    retro: RetroTemplate,
    key_dates: Iterable[KeyDate],
    campaigns: Iterable[CampaignRef],
    language: str,
) -> list[TimelineEntry]:
    """The steps of ``retro`` laid back from ``event_day``, and the key dates and
    campaigns that touch the days they span, in date order.

    A key date lasting weeks (the sales, Pink October) shows when any of its days is in
    the span; the same date given twice (two years read) is listed once.
    """
    first, last = timeline_span(event_day, retro)
    entries: list[TimelineEntry] = []
    seen: set[tuple[str, date]] = set()
    for key in key_dates:
        if (key.id, key.starts_on) in seen or not _overlaps(
            first, last, key.starts_on, key.ends_on
        ):
            continue
        seen.add((key.id, key.starts_on))
        entries.append(
            TimelineEntry(
                key.starts_on,
                key.ends_on,
                KEY_DATE,
                key.name(language),
                source=key.source(language),
                is_public_holiday=key.is_public_holiday,
            )
        )
    for campaign in campaigns:
        if _overlaps(first, last, campaign.starts_on, campaign.ends_on):
            entries.append(
                TimelineEntry(campaign.starts_on, campaign.ends_on, CAMPAIGN, campaign.name)
            )
    for step in retro.steps:
        day = event_day + timedelta(days=step.offset_days)
        entries.append(
            TimelineEntry(day, day, STEP, step.label_in(language), offset_days=step.offset_days)
        )
    return sorted(entries, key=lambda e: (e.day, _ORDER[e.kind], e.offset_days or 0, e.label))


def key_dates_ahead(key_dates: Iterable[KeyDate], today: date, days: int = 366) -> list[KeyDate]:
    """The key dates starting from ``today`` to ``days`` later, by first day (once each):
    the dates a CM may plan backwards from."""
    horizon = today + timedelta(days=days)
    unique = {(k.id, k.starts_on): k for k in key_dates if today <= k.starts_on < horizon}
    return sorted(unique.values(), key=lambda k: (k.starts_on, not k.is_public_holiday, k.id))
