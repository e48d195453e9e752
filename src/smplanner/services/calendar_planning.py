"""Planning helpers: suggest a slot, retro-planning, recurring series, campaigns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from smplanner.domain.post_refs import CAMPAIGN_KINDS, CampaignRef, PostDraft
from smplanner.domain.recurrence import RecurrenceError, occurrences
from smplanner.domain.retroplanning import Unplaced, lay_out, post_title, template
from smplanner.domain.slot_finder import suggest_slot
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services import calendar_queries
from smplanner.services.calendar_posts import check_draft, post_changes
from smplanner.services.calendar_queries import CAMPAIGNS, POSTS
from smplanner.services.calendar_rules import rule_context
from smplanner.services.changes import Changes
from smplanner.storage import calendar_rows, calendar_writes
from smplanner.storage.plan_file import PlanFile, now_iso
from smplanner.storage.plan_properties_repo import read_properties

SUGGEST_WINDOW_DAYS = 70


class PlanningError(UserError, ValueError):
    """A campaign, series or retro-planning request that cannot be done as asked."""


def suggest_slot_for(
    plan: PlanFile, network: str, after: datetime, *, ignoring: frozenset[int] = frozenset()
) -> datetime | None:
    """The next free good slot for a network after ``after`` that keeps the weekly cap."""
    context = rule_context(plan)
    zone = calendar_rows.plan_zone(plan.conn)
    start = after.astimezone(zone)
    posts = calendar_queries.posts_between(
        plan,
        start.date().fromordinal(start.date().toordinal() - 7),
        date.fromordinal(start.date().toordinal() + SUGGEST_WINDOW_DAYS),
    )
    return suggest_slot(
        network,
        start,
        posts,
        context.slots.get(network, {}),
        context.cap_for(network),
        context.settings,
        ignoring=ignoring,
    )


def retroplan(
    plan: PlanFile,
    event_day: date,
    template_id: str,
    networks: list[str],
    *,
    campaign_id: int | None = None,
    title: str = "",
    today: date | None = None,
) -> tuple[list[int], list[Unplaced], Changes]:
    """Lay draft posts backwards from ``event_day``; return (ids, unplaced, changes).

    The steps the weekly cap left no room for become ideas (in ``ids`` too); those
    before ``today`` are not made at all. Both are listed in ``unplaced``."""
    if not networks:
        raise PlanningError("Retro-planning needs at least one network: tick one.")
    try:
        retro = template(template_id)
    except KeyError:
        raise PlanningError(f"There is no retro-planning template '{template_id}'.") from None
    context = rule_context(plan)
    zone = calendar_rows.plan_zone(plan.conn)
    first = date.fromordinal(event_day.toordinal() + min(s.offset_days for s in retro.steps) - 7)
    last = date.fromordinal(event_day.toordinal() + max(s.offset_days for s in retro.steps) + 8)
    existing = calendar_queries.posts_between(plan, first, last)
    caps = {n: context.cap_for(n) for n in networks}
    placed, unplaced = lay_out(
        event_day,
        retro,
        networks,
        existing,
        context.slots,
        caps,
        context.settings,
        zone,
        today=today,
    )
    language = read_properties(plan).language
    stamp = now_iso()
    ids = []
    with plan.transaction():
        for item in placed:
            draft = PostDraft(
                network=item.network,
                title=post_title(title, retro, item.step, language),
                status="draft",
                scheduled_at=item.scheduled_at,
                campaign_id=campaign_id,
            )
            row = calendar_rows.draft_to_row(draft, zone)
            row.update(created_at=stamp, updated_at=stamp)
            ids.append(calendar_writes.insert_post(plan.conn, row))
        # A step the weekly cap left no room for is kept as an idea (no date), to be
        # dragged onto a day later: dropping it would lose part of the plan silently.
        for missed in unplaced:
            if missed.reason != "cap":
                continue
            idea = PostDraft(
                network=missed.network,
                title=post_title(title, retro, missed.step, language),
                status="idea",
                scheduled_at=None,
                campaign_id=campaign_id,
            )
            row = calendar_rows.draft_to_row(idea, zone)
            row.update(created_at=stamp, updated_at=stamp)
            ids.append(calendar_writes.insert_post(plan.conn, row))
    days = {p.scheduled_at.date().toordinal() for p in placed}
    return ids, unplaced, post_changes(ids, days)


def create_series(
    plan: PlanFile, draft: PostDraft, rule: str, *, limit: int = 104
) -> tuple[int, list[int], Changes]:
    """A recurring series: one post per occurrence of ``rule`` from draft.scheduled_at."""
    check_draft(draft)
    if draft.scheduled_at is None:
        raise PlanningError("A recurring series needs a first date and time.")
    zone = calendar_rows.plan_zone(plan.conn)
    first = draft.scheduled_at.astimezone(zone)
    try:
        moments = occurrences(rule, first, limit=limit)
    except RecurrenceError as error:
        raise PlanningError(str(error)) from None
    if not moments:
        raise PlanningError("This recurrence gives no date: check its end date or count.")
    stamp = now_iso()
    ids = []
    with plan.transaction():
        series_id = calendar_writes.insert_series(
            plan.conn,
            {"rule": rule, "starts_at": first.isoformat(timespec="minutes"), "title": draft.title},
        )
        for moment in moments:
            row = calendar_rows.draft_to_row(replace(draft, scheduled_at=moment), zone)
            row.update(series_id=series_id, created_at=stamp, updated_at=stamp)
            ids.append(calendar_writes.insert_post(plan.conn, row))
    return series_id, ids, post_changes(ids, {m.date().toordinal() for m in moments})


def update_series(plan: PlanFile, series_id: int, draft: PostDraft) -> Changes:
    """Apply the text and details of ``draft`` to every occurrence not edited on its own.

    Each occurrence keeps its own date; the draft's date is ignored.
    """
    check_draft(draft)
    zone = calendar_rows.plan_zone(plan.conn)
    posts = [p for p in calendar_queries.posts_in_series(plan, series_id) if not p.detached]
    with plan.transaction():
        for post in posts:
            row = calendar_rows.draft_to_row(replace(draft, scheduled_at=post.scheduled_at), zone)
            row["updated_at"] = now_iso()
            calendar_writes.update_post(plan.conn, post.id, row)
        calendar_writes.set_series_title(plan.conn, series_id, draft.title)
    days = {p.scheduled_at.date().toordinal() for p in posts if p.scheduled_at}
    return post_changes([p.id for p in posts], days)


def delete_series(plan: PlanFile, series_id: int) -> Changes:
    """Delete every occurrence of a series and the series itself."""
    posts = calendar_queries.posts_in_series(plan, series_id)
    with plan.transaction():
        calendar_writes.delete_series(plan.conn, series_id)
    days = {p.scheduled_at.date().toordinal() for p in posts if p.scheduled_at}
    return post_changes([p.id for p in posts], days)


def check_campaign(campaign: CampaignRef) -> None:
    """Raise PlanningError, saying what to fix, for a campaign the plan cannot take (no
    name, a range ending before it starts, an unknown kind)."""
    if not campaign.name.strip():
        raise PlanningError(Message("The campaign has no name: type one."))
    if campaign.ends_on < campaign.starts_on:
        raise PlanningError(
            Message(
                "The campaign '{name}' ends ({ends}) before it starts ({starts}): fix the dates.",
                name=campaign.name,
                ends=campaign.ends_on,
                starts=campaign.starts_on,
            )
        )
    if campaign.kind not in CAMPAIGN_KINDS:
        raise PlanningError(
            Message(
                "Kind '{kind}' is unknown: use one of {known}.",
                kind=campaign.kind,
                known=", ".join(CAMPAIGN_KINDS),
            )
        )


def save_campaign(plan: PlanFile, campaign: CampaignRef) -> tuple[int, Changes]:
    """Create (id 0) or update a campaign or event; the range must not end before it starts."""
    check_campaign(campaign)
    row = {
        "name": campaign.name.strip(),
        "kind": campaign.kind,
        "starts_on": campaign.starts_on.isoformat(),
        "ends_on": campaign.ends_on.isoformat(),
        "notes": campaign.notes,
    }
    with plan.transaction():
        if campaign.id:
            calendar_writes.upsert_campaign(plan.conn, {"id": campaign.id, **row})
            campaign_id = campaign.id
        else:
            campaign_id = calendar_writes.insert_campaign(plan.conn, row)
    return campaign_id, Changes.of(CAMPAIGNS)


def delete_campaign(plan: PlanFile, campaign_id: int) -> Changes:
    """Delete a campaign; its posts stay, without a campaign."""
    with plan.transaction():
        calendar_writes.delete_campaign(plan.conn, campaign_id)
    return Changes.of(CAMPAIGNS, POSTS)


def campaign_post_ids(plan: PlanFile, campaign_id: int) -> list[int]:
    """The posts linked to a campaign."""
    return calendar_writes.campaign_post_ids(plan.conn, campaign_id)


def restore_campaign(plan: PlanFile, campaign: CampaignRef, post_ids: list[int]) -> Changes:
    """Put a deleted campaign back, with its id, its notes and its posts."""
    row = {
        "id": campaign.id,
        "name": campaign.name,
        "kind": campaign.kind,
        "starts_on": campaign.starts_on.isoformat(),
        "ends_on": campaign.ends_on.isoformat(),
        "notes": campaign.notes,
    }
    with plan.transaction():
        calendar_writes.upsert_campaign(plan.conn, row)
        calendar_writes.link_campaign_posts(plan.conn, campaign.id, post_ids)
    return Changes.of(CAMPAIGNS, POSTS)
