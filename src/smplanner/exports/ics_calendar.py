"""The editorial calendar as iCalendar (RFC 5545), for Google Calendar, Outlook and Apple.

Written as a stream of content lines (ics_text.py escapes and folds them at 75
octets), so that a plan of 50,000 posts never holds its calendar in memory.
Choices that make the three calendar apps behave:

- Every time carries ``TZID`` = the plan's Olson zone name, with a matching
  VTIMEZONE covering the exported years, one RDATE per line (ics_timezone.py;
  Outlook needs the VTIMEZONE; Google and Apple recognise the Olson name), plus
  ``X-WR-TIMEZONE`` for Google.
- UIDs are stable (``post-<id>-<plan uuid>@smplanner``), and SEQUENCE and
  LAST-MODIFIED follow the post's last edit, so importing the file again updates
  the events instead of duplicating them.
- Posts are 15-minute, transparent (not "busy") events; campaigns and events are
  all-day events with an exclusive DTEND, as RFC 5545 wants.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from smplanner.domain.networks import network as network_info
from smplanner.domain.post_refs import CampaignRef, PostRef
from smplanner.exports.ics_text import (
    day_stamp,
    escape_text,
    fold,
    local_stamp,
    utc_stamp,
)
from smplanner.exports.ics_timezone import changes, vtimezone_lines

POST_DURATION = timedelta(minutes=15)
EVENTS_PER_CHUNK = 100  # events joined before they go to the file (tens of KB)
PRODID = "-//smplanner//Editorial calendar//EN"
# SEQUENCE counts minutes since this day: it grows with every edit, as RFC 5545 asks.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
# A post's last edit as the file says it: (SEQUENCE, LAST-MODIFIED in UTC).
Revision = tuple[int, str]

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "status": "Status",
        "pillar": "Content pillar",
        "objective": "Objective",
        "campaign": "Campaign",
        "hashtags": "Hashtags",
        "link": "Link",
        "first_comment": "First comment",
        "notes": "Notes",
        "calendar": "{client} — editorial calendar",
    },
    "fr": {
        "status": "Statut",
        "pillar": "Pilier de contenu",
        "objective": "Objectif",
        "campaign": "Campagne",
        "hashtags": "Hashtags",
        "link": "Lien",
        "first_comment": "Premier commentaire",
        "notes": "Notes",
        "calendar": "{client} — calendrier éditorial",
    },
}

# The statuses as the description writes them.
_STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "idea": "idea",
        "draft": "draft",
        "ready": "ready",
        "to_approve": "to approve",
        "changes_requested": "changes requested",
        "approved": "approved",
        "scheduled": "scheduled",
        "published": "published",
    },
    "fr": {
        "idea": "idée",
        "draft": "brouillon",
        "ready": "prêt",
        "to_approve": "à valider",
        "changes_requested": "modifications demandées",
        "approved": "validé",
        "scheduled": "programmé",
        "published": "publié",
    },
}


@dataclass(frozen=True)
class CalendarContext:
    """What the file says around the events: whose plan, which zone, which names."""

    client_name: str
    zone: ZoneInfo
    plan_uuid: str
    language: str = "en"
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    pillars: Mapping[int, str] = field(default_factory=dict)
    objectives: Mapping[int, str] = field(default_factory=dict)
    campaigns: Mapping[int, str] = field(default_factory=dict)
    # post id -> (SEQUENCE, LAST-MODIFIED) of its last edit: see revision().
    revisions: Mapping[int, Revision] = field(default_factory=dict)


def post_uid(post_id: int, plan_uuid: str) -> str:
    """The event UID of a post: the same on every export of the same plan."""
    return f"post-{post_id}-{plan_uuid}@smplanner"


def campaign_uid(campaign_id: int, plan_uuid: str) -> str:
    return f"campaign-{campaign_id}-{plan_uuid}@smplanner"


def _summary(post: PostRef) -> str:
    headline = post.title.strip()
    if not headline:  # the first line that is not blank (the text is stripped first)
        headline = post.text.strip().partition("\n")[0].strip()
    if len(headline) > 80:
        headline = headline[:79].rstrip() + "…"
    name = network_info(post.network).name
    return f"{name} · {headline}" if headline else name


def _description(post: PostRef, context: CalendarContext) -> str:
    labels = _LABELS.get(context.language, _LABELS["en"])
    statuses = _STATUS_WORDS.get(context.language, _STATUS_WORDS["en"])
    text = post.text.strip()
    parts = [text] if text else []
    details = [f"{labels['status']}: {statuses.get(post.status, post.status)}"]
    named = (
        ("pillar", context.pillars.get(post.pillar_id or -1)),
        ("objective", context.objectives.get(post.objective_id or -1)),
        ("campaign", context.campaigns.get(post.campaign_id or -1)),
        ("hashtags", post.hashtags.strip()),
        ("link", post.link.strip()),
        ("first_comment", post.first_comment.strip()),
        ("notes", post.notes.strip()),
    )
    details += [f"{labels[key]}: {value}" for key, value in named if value]
    parts.append("\n".join(details))
    return "\n\n".join(parts)


def revision(moment: datetime) -> Revision:
    """SEQUENCE (minutes since 2024, growing with every edit) and LAST-MODIFIED."""
    return max(0, int((moment - _SEQUENCE_EPOCH).total_seconds() // 60)), utc_stamp(moment)


def year_range(days: Iterable[date], today: date) -> tuple[date, date]:
    """The span the VTIMEZONE covers: a year before the first day to two after the last."""
    known = list(days) or [today]
    return date(min(known).year - 1, 1, 1), date(max(known).year + 2, 1, 1)


@lru_cache(maxsize=64)
def _change_days(zone: ZoneInfo, year: int) -> frozenset[date]:
    """The local days of ``year`` on which the zone's clocks change."""
    found = changes(zone, date(year, 1, 1), date(year + 1, 1, 2))
    return frozenset(change.instant.astimezone(zone).date() for change in found)


def _is_ambiguous(local: datetime) -> bool:
    """True in the hour the clocks repeat when they go back (read twice in the zone)."""
    zone = local.tzinfo
    if not isinstance(zone, ZoneInfo) or local.date() not in _change_days(zone, local.year):
        return False  # the usual case, answered without asking the zone twice
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def _moment(name: str, local: datetime, zone: str) -> str:
    """'NAME;TZID=zone:wall clock', or 'NAME:…Z' in the repeated hour, which a wall
    clock cannot say exactly (RFC 5545 would read the first of the two); folded."""
    if _is_ambiguous(local):
        return fold(f"{name}:{utc_stamp(local)}")
    return fold(f"{name};TZID={zone}:{local_stamp(local)}")


_CONFIRMED = frozenset({"scheduled", "published"})


@lru_cache(maxsize=256)
def _categories(network: str, status: str) -> str:
    return fold("CATEGORIES:" + escape_text(network_info(network).name) + "," + escape_text(status))


def _post_text(post: PostRef, context: CalendarContext, stamp: str) -> str:
    """One post's VEVENT, folded (lines of a known short length are written as they are)."""
    assert post.scheduled_at is not None
    zone = context.zone
    start = post.scheduled_at.astimezone(zone)
    if start.date() in _change_days(zone, start.year) or len(zone.key) > 40:
        # Exact across a change of time, and in UTC in the repeated hour.
        end = (start.astimezone(UTC) + POST_DURATION).astimezone(zone)
        times = _moment("DTSTART", start, zone.key) + _moment("DTEND", end, zone.key)
    else:  # an ordinary day: the same wall clock 15 minutes on, lines under 75 octets
        begins = f"{zone.key}:{local_stamp(start)}"
        times = (
            f"DTSTART;TZID={begins}\r\n"
            f"DTEND;TZID={zone.key}:{local_stamp(start + POST_DURATION)}\r\n"
        )
    sequence, modified = context.revisions.get(post.id, (0, ""))
    parts = [
        "BEGIN:VEVENT\r\nUID:",
        post_uid(post.id, context.plan_uuid),
        "\r\nDTSTAMP:",
        stamp,
        "\r\n",
        times,
        fold(f"SUMMARY:{escape_text(_summary(post))}"),
        fold(f"DESCRIPTION:{escape_text(_description(post, context))}"),
        _categories(post.network, post.status),
        "STATUS:CONFIRMED\r\n" if post.status in _CONFIRMED else "STATUS:TENTATIVE\r\n",
        "TRANSP:TRANSPARENT\r\nSEQUENCE:",
        str(sequence),
        "\r\n",
    ]
    if modified:
        parts.append(f"LAST-MODIFIED:{modified}\r\n")
    if post.link.startswith(("http://", "https://")):
        parts.append(fold(f"URL:{post.link.strip()}"))
    parts.append("END:VEVENT\r\n")
    return "".join(parts)


def _campaign_lines(campaign: CampaignRef, context: CalendarContext, stamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{campaign_uid(campaign.id, context.plan_uuid)}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{day_stamp(campaign.starts_on)}"
    yield f"DTEND;VALUE=DATE:{day_stamp(campaign.ends_on + timedelta(days=1))}"  # exclusive
    yield f"SUMMARY:{escape_text(campaign.name)}"
    if campaign.notes.strip():
        yield f"DESCRIPTION:{escape_text(campaign.notes.strip())}"
    yield f"CATEGORIES:{escape_text(campaign.kind)}"
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def calendar_chunks(
    posts: Iterable[PostRef],
    campaigns: Iterable[CampaignRef],
    context: CalendarContext,
    span: tuple[date, date],
) -> Iterator[str]:
    """The .ics text in pieces (one per event), folded, CRLF-ended.

    ``posts`` may be a stream (only dated ones are written, ideas are skipped);
    ``span`` is the period the VTIMEZONE covers (``year_range`` of the days).
    """
    labels = _LABELS.get(context.language, _LABELS["en"])
    name = labels["calendar"].format(client=context.client_name)
    head = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{context.zone.key}",
        *vtimezone_lines(context.zone, *span),
    ]
    yield "".join(fold(line) for line in head)
    stamp = utc_stamp(context.now)
    batch: list[str] = []
    for post in posts:
        if post.scheduled_at is not None:
            batch.append(_post_text(post, context, stamp))
            if len(batch) == EVENTS_PER_CHUNK:
                yield "".join(batch)
                batch = []
    yield "".join(batch)
    for campaign in campaigns:
        yield "".join(fold(line) for line in _campaign_lines(campaign, context, stamp))
    yield fold("END:VCALENDAR")
