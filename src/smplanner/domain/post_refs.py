"""Posts, groups, campaigns and series as plain data: what other features read.

The contract fields of PostRef come first (id … group_id); the rest carry the
details the calendar's editor needs, with defaults so that readers can ignore them.
No Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smplanner.domain.post_status import PostStatus

# A post's life, in order (PostStatus's values); "idea" posts usually have no date.
STATUSES: tuple[str, ...] = tuple(status.value for status in PostStatus)

# Kinds of date range drawn on the calendar.
CAMPAIGN_KINDS = ("campaign", "event", "launch", "trade_fair", "sales", "holiday")


@dataclass(frozen=True)
class PostRef:
    """One post on one network; ``scheduled_at`` is aware (plan's time zone) or None."""

    id: int
    network: str
    scheduled_at: datetime | None
    status: str
    title: str
    text: str
    pillar_id: int | None = None
    objective_id: int | None = None
    campaign_id: int | None = None
    group_id: int | None = None
    account: str = ""
    link: str = ""
    media: tuple[str, ...] = ()
    hashtags: str = ""
    first_comment: str = ""
    notes: str = ""
    series_id: int | None = None
    detached: bool = False  # an occurrence edited on its own, left alone by series edits
    client_comment: str = ""  # what the client asked when requesting changes
    labels: tuple[int, ...] = ()  # ids of the plan's labels (domain/labels.py), in id order

    @property
    def is_idea(self) -> bool:
        """True for a backlog item: no date yet."""
        return self.scheduled_at is None


@dataclass(frozen=True)
class PostDraft:
    """The editable fields of a post, as a form or an import hands them to a service."""

    network: str
    text: str = ""
    title: str = ""
    status: str = "idea"
    scheduled_at: datetime | None = None
    pillar_id: int | None = None
    objective_id: int | None = None
    campaign_id: int | None = None
    group_id: int | None = None
    account: str = ""
    link: str = ""
    media: tuple[str, ...] = ()
    hashtags: str = ""
    first_comment: str = ""
    notes: str = ""
    client_comment: str = ""
    labels: tuple[int, ...] = ()


@dataclass(frozen=True)
class CampaignRef:
    """A campaign or event: a date range (inclusive) drawn on the calendar."""

    id: int
    name: str
    kind: str
    starts_on: date
    ends_on: date
    notes: str = ""

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class PostGroup:
    """Variants of one idea, one post per network; a major announcement may repeat text."""

    id: int
    title: str
    major_announcement: bool = False


@dataclass(frozen=True)
class SeriesRef:
    """A recurring series: an RFC 5545 RRULE applied from a first local date-time."""

    id: int
    rule: str
    starts_at: datetime
    title: str = ""
