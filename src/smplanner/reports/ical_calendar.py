"""The editorial calendar as iCalendar (RFC 5545), for Google Calendar, Outlook and Apple.

Written with the ``icalendar`` library, which escapes text and folds lines at 75
octets. Choices that make the three calendar apps behave:

- Every time carries ``TZID`` = the plan's Olson zone name, with a matching
  VTIMEZONE covering the exported years (Outlook needs the VTIMEZONE; Google and
  Apple recognise the Olson name), plus ``X-WR-TIMEZONE`` for Google.
- UIDs are stable (``post-<id>-<plan uuid>@smplanner``), and SEQUENCE and
  LAST-MODIFIED follow the post's last edit, so importing the file again updates
  the events instead of duplicating them.
- Posts are 15-minute, transparent (not "busy") events; campaigns and events are
  all-day events with an exclusive DTEND, as RFC 5545 wants.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.domain.networks import network as network_info
from smplanner.domain.post_refs import CampaignRef, PostRef

POST_DURATION = timedelta(minutes=15)
PRODID = "-//smplanner//Editorial calendar//EN"
# SEQUENCE counts minutes since this day: it grows with every edit, as RFC 5545 asks.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

_LABELS = {
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
        "statuses": {
            "idea": "idea",
            "draft": "draft",
            "ready": "ready",
            "to_approve": "to approve",
            "changes_requested": "changes requested",
            "approved": "approved",
            "scheduled": "scheduled",
            "published": "published",
        },
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
        "statuses": {
            "idea": "idée",
            "draft": "brouillon",
            "ready": "prêt",
            "to_approve": "à valider",
            "changes_requested": "modifications demandées",
            "approved": "validé",
            "scheduled": "programmé",
            "published": "publié",
        },
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
    # post id -> last edit (aware); drives SEQUENCE and LAST-MODIFIED.
    revisions: Mapping[int, datetime] = field(default_factory=dict)


def post_uid(post_id: int, plan_uuid: str) -> str:
    """The event UID of a post: the same on every export of the same plan."""
    return f"post-{post_id}-{plan_uuid}@smplanner"


def campaign_uid(campaign_id: int, plan_uuid: str) -> str:
    return f"campaign-{campaign_id}-{plan_uuid}@smplanner"


def _summary(post: PostRef) -> str:
    first_line = next((line.strip() for line in post.text.splitlines() if line.strip()), "")
    headline = post.title.strip() or first_line
    if len(headline) > 80:
        headline = headline[:79].rstrip() + "…"
    name = network_info(post.network).name
    return f"{name} · {headline}" if headline else name


def _description(post: PostRef, context: CalendarContext) -> str:
    labels = _LABELS.get(context.language, _LABELS["en"])
    statuses: dict[str, str] = labels["statuses"]  # type: ignore[assignment]
    parts = [post.text.strip()] if post.text.strip() else []
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


def _sequence(moment: datetime | None) -> int:
    if moment is None:
        return 0
    return max(0, int((moment - _SEQUENCE_EPOCH).total_seconds() // 60))


def _year_range(
    posts: list[PostRef], campaigns: list[CampaignRef], today: date
) -> tuple[date, date]:
    days = [p.scheduled_at.date() for p in posts if p.scheduled_at is not None]
    days += [c.starts_on for c in campaigns] + [c.ends_on for c in campaigns]
    days = days or [today]
    return date(min(days).year - 1, 1, 1), date(max(days).year + 2, 1, 1)


def build_calendar_ics(
    posts: Iterable[PostRef], campaigns: Iterable[CampaignRef], context: CalendarContext
) -> bytes:
    """The .ics bytes: one VEVENT per dated post and per campaign (ideas are left out)."""
    from icalendar import Calendar, Event, Timezone

    dated = [p for p in posts if p.scheduled_at is not None]
    ranges = list(campaigns)
    labels = _LABELS.get(context.language, _LABELS["en"])
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", str(labels["calendar"]).format(client=context.client_name))
    calendar.add("x-wr-timezone", context.zone.key)
    first, last = _year_range(dated, ranges, context.now.date())
    calendar.add_component(Timezone.from_tzid(context.zone.key, first_date=first, last_date=last))
    stamp = context.now.astimezone(UTC)
    for post in dated:
        assert post.scheduled_at is not None
        start = post.scheduled_at.astimezone(context.zone)
        event = Event()
        event.add("uid", post_uid(post.id, context.plan_uuid))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + POST_DURATION)
        event.add("summary", _summary(post))
        event.add("description", _description(post, context))
        event.add("categories", [network_info(post.network).name, post.status])
        event.add(
            "status", "CONFIRMED" if post.status in {"scheduled", "published"} else "TENTATIVE"
        )
        event.add("transp", "TRANSPARENT")
        revised = context.revisions.get(post.id)
        event.add("sequence", _sequence(revised))
        if revised is not None:
            event.add("last-modified", revised.astimezone(UTC))
        if post.link.startswith(("http://", "https://")):
            event.add("url", post.link.strip())
        calendar.add_component(event)
    for campaign in ranges:
        event = Event()
        event.add("uid", campaign_uid(campaign.id, context.plan_uuid))
        event.add("dtstamp", stamp)
        event.add("dtstart", campaign.starts_on)
        event.add("dtend", campaign.ends_on + timedelta(days=1))  # exclusive end
        event.add("summary", campaign.name)
        if campaign.notes.strip():
            event.add("description", campaign.notes.strip())
        event.add("categories", [campaign.kind])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
