"""Which posts and campaigns are tied to each key date of a period (the report's
"Key dates" list: the client sees what is planned around Father's Day).

A post is tied to a key date when it is on one of the key date's days, or when its
title names the key date and it falls in the weeks leading to it (a retro-planning
from the key date titles its posts "Father's Day — Teaser", from D-30) or the week
after (the recap). A campaign is tied when it covers one of the key date's days.
No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from smplanner.domain.key_dates import KeyDate
from smplanner.domain.post_refs import CampaignRef, PostRef

LEAD_DAYS = 30  # the longest lead of a retro-planning template (an event's D-30)
RECAP_DAYS = 7  # a recap post a week after D


@dataclass(frozen=True)
class TiedKeyDate:
    key: KeyDate
    posts: tuple[PostRef, ...]
    campaigns: tuple[CampaignRef, ...]


def _names(key: KeyDate) -> list[str]:
    return [name.casefold() for name in key.names.values() if name.strip()]


def _tied(key: KeyDate, post: PostRef) -> bool:
    if post.scheduled_at is None:
        return False
    day = post.scheduled_at.date()
    if key.covers(day):
        return True
    near = (
        key.starts_on - timedelta(days=LEAD_DAYS) <= day <= key.ends_on + timedelta(days=RECAP_DAYS)
    )
    title = post.title.casefold()
    return near and bool(title) and any(name in title for name in _names(key))


def tie_key_dates(
    key_dates: Iterable[KeyDate],
    posts: Iterable[PostRef],
    campaigns: Iterable[CampaignRef],
    first: date,
    after: date,
) -> list[TiedKeyDate]:
    """The key dates touching the days [first, after), each once, by first day, with
    the posts (by time) and campaigns tied to them."""
    dated = sorted(
        (p for p in posts if p.scheduled_at is not None),
        key=lambda p: (p.scheduled_at, p.network, p.id),
    )
    every_campaign = list(campaigns)
    found: dict[tuple[str, date], TiedKeyDate] = {}
    for key in key_dates:
        if (key.id, key.starts_on) in found or key.ends_on < first or key.starts_on >= after:
            continue
        found[(key.id, key.starts_on)] = TiedKeyDate(
            key,
            tuple(p for p in dated if _tied(key, p)),
            tuple(
                c
                for c in every_campaign
                if c.starts_on <= key.ends_on and c.ends_on >= key.starts_on
            ),
        )
    return sorted(found.values(), key=lambda t: (t.key.starts_on, not t.key.is_public_holiday))
