"""Calendar changes as undoable Edits: each does the change and says how to reverse it.

The window calls these (never the inverse itself): each reads the posts it will
touch as they are, makes the change through calendar_posts / calendar_planning /
calendar_series, reads them again, and returns an Edit whose undo writes the
"before" back and whose redo writes the "after" back, same ids, same fields. So a
redo never runs the change a second time (no new ids, no second retro-planning).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from smplanner.domain.post_refs import CampaignRef, PostDraft, PostRef, SeriesRef
from smplanner.domain.recurrence import SeriesScope
from smplanner.messages import Message
from smplanner.services import (
    calendar_planning,
    calendar_posts,
    calendar_queries,
    calendar_rules,
    calendar_series,
    time_slots,
)
from smplanner.services.changes import Changes, Edit, replacing
from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:
    from smplanner.domain.rule_warnings import RuleSettings
    from smplanner.services.calendar_import import PostImportPreview


@dataclass(frozen=True)
class _State:
    posts: list[PostRef]
    series: SeriesRef | None


def _read(plan: PlanFile, ids: Iterable[int], series_id: int | None) -> _State:
    series = calendar_queries.series(plan).get(series_id) if series_id is not None else None
    return _State(calendar_queries.posts_by_id(plan, set(ids)), series)


def _write(plan: PlanFile, state: _State, other: _State) -> Changes:
    """Make the plan hold ``state`` for what ``state`` and ``other`` cover."""
    keep = {p.id for p in state.posts}
    changes = calendar_posts.delete_posts(plan, [p.id for p in other.posts if p.id not in keep])
    if state.series is not None:
        return changes.merged(calendar_series.restore_series(plan, state.series, state.posts))
    if other.series is not None:  # the series did not exist on this side
        return changes.merged(calendar_planning.delete_series(plan, other.series.id))
    if state.posts:
        changes = changes.merged(calendar_posts.restore_posts(plan, state.posts))
    return changes


def _edit(
    plan: PlanFile,
    ids: Iterable[int],
    do: Callable[[], tuple[Iterable[int], Changes, Any]],
    *,
    series_id: int | None = None,
) -> Edit:
    """Run ``do`` (returning created ids, its Changes, a value) between two reads."""
    touched = set(ids)
    before = _read(plan, touched, series_id)
    created, changes, value = do()
    after = _read(plan, touched | set(created), series_id)
    return Edit(
        changes,
        undo=lambda: _write(plan, before, after),
        redo=lambda: _write(plan, after, before),
        value=value,
    )


def _created(result: tuple[list[int], Changes]) -> tuple[list[int], Changes, list[int]]:
    ids, changes = result
    return ids, changes, ids


def move(plan: PlanFile, targets: dict[int, datetime | None]) -> Edit:
    """Give posts new times (None: back to the ideas); see calendar_posts.move_posts."""
    return _edit(plan, targets, lambda: ((), calendar_posts.move_posts(plan, targets), None))


def copy(plan: PlanFile, targets: dict[int, datetime | None]) -> Edit:
    """Copies of posts at new times; ``value`` is the new ids."""
    return _edit(plan, (), lambda: _created(calendar_posts.copy_posts(plan, targets)))


def create(plan: PlanFile, drafts: list[PostDraft]) -> Edit:
    """New posts; ``value`` is their ids."""
    return _edit(plan, (), lambda: _created(calendar_posts.create_posts(plan, drafts)))


def update(plan: PlanFile, post_id: int, draft: PostDraft) -> Edit:
    """Replace one post's editable fields."""
    return _edit(
        plan, [post_id], lambda: ((), calendar_posts.update_post(plan, post_id, draft), None)
    )


def delete(plan: PlanFile, ids: Iterable[int]) -> Edit:
    """Delete posts (undo puts them back with the same ids); ``value`` is how many."""
    wanted = set(ids)
    doomed = len(calendar_queries.posts_by_id(plan, wanted))
    if not doomed:
        return Edit.nothing(0)
    return _edit(plan, wanted, lambda: ((), calendar_posts.delete_posts(plan, wanted), doomed))


def set_status(plan: PlanFile, ids: Iterable[int], status: str, comment: str | None = None) -> Edit:
    """Give posts a status (and the client's comment); ``value`` is how many changed."""
    wanted = set(ids)

    def do() -> tuple[tuple[int, ...], Changes, int]:
        changes = calendar_posts.set_status(plan, wanted, status, comment)
        return (), changes, len(changes.posts)

    return _edit(plan, wanted, do)


def set_labels(plan: PlanFile, targets: dict[int, tuple[int, ...]]) -> Edit:
    """Give posts exactly these labels (post id -> label ids); ``value`` is how many."""
    return _edit(
        plan, targets, lambda: ((), calendar_posts.set_labels(plan, targets), len(targets))
    )


def make_variants(plan: PlanFile, post_id: int, networks: list[str]) -> Edit:
    """A variant of a post per extra network; ``value`` is the new ids."""
    return _edit(
        plan, [post_id], lambda: _created(calendar_posts.make_variants(plan, post_id, networks))
    )


def retroplan(
    plan: PlanFile, event_day: date, template_id: str, networks: list[str], *, title: str
) -> Edit:
    """Lay out a retro-planning; ``value`` is what could not be placed."""

    def do() -> tuple[list[int], Changes, list[Any]]:
        ids, unplaced, changes = calendar_planning.retroplan(
            plan, event_day, template_id, networks, title=title, today=date.today()
        )
        return ids, changes, list(unplaced)

    return _edit(plan, (), do)


def _series_posts(plan: PlanFile, series_id: int) -> list[int]:
    return [p.id for p in calendar_queries.posts_in_series(plan, series_id)]


def create_series(plan: PlanFile, draft: PostDraft, rule: str) -> Edit:
    """A recurring series and its occurrences; ``value`` is the series id."""
    series_id, ids, changes = calendar_planning.create_series(plan, draft, rule)
    empty = _State([], None)
    made = _read(plan, ids, series_id)
    return Edit(
        changes,
        undo=lambda: _write(plan, empty, made),
        redo=lambda: _write(plan, made, empty),
        value=series_id,
    )


def update_series(plan: PlanFile, series_id: int, draft: PostDraft) -> Edit:
    """Apply a draft to every occurrence of a series not edited on its own."""
    return _edit(
        plan,
        _series_posts(plan, series_id),
        lambda: ((), calendar_planning.update_series(plan, series_id, draft), None),
        series_id=series_id,
    )


def edit_in_scope(plan: PlanFile, post: PostRef, draft: PostDraft, scope: SeriesScope) -> Edit:
    """Edit an occurrence, or it and the following ones, or the whole series."""
    ids = [post.id] if post.series_id is None else _series_posts(plan, post.series_id)
    return _edit(
        plan,
        ids,
        lambda: ((), calendar_series.edit_in_scope(plan, post.id, draft, scope), None),
        series_id=post.series_id,
    )


def delete_series(plan: PlanFile, series_id: int) -> Edit:
    """Delete a series and every occurrence (undo puts them all back)."""
    return _edit(
        plan,
        _series_posts(plan, series_id),
        lambda: ((), calendar_planning.delete_series(plan, series_id), None),
        series_id=series_id,
    )


def change_rule(plan: PlanFile, series_id: int, rule: str) -> Edit:
    """Repeat a series by a new rule (occurrences added and removed as needed)."""

    def do() -> tuple[tuple[int, ...], Changes, None]:
        change, changes = calendar_series.change_rule(plan, series_id, rule)
        return change.created, changes, None

    return _edit(plan, _series_posts(plan, series_id), do, series_id=series_id)


# ---------------------------------------------------------------- settings, campaigns


def rule_settings(plan: PlanFile, settings: RuleSettings) -> Edit:
    """The method's rules for this plan (weekly caps, spacing...)."""
    return replacing(
        lambda: calendar_rules.rule_settings(plan),
        lambda value: calendar_rules.set_rule_settings(plan, value),
        settings,
    )


def slots_edit(plan: PlanFile, network: str, write: Callable[[], Changes]) -> Edit:
    """The Edit of ``write`` changing a network's stored time slots."""
    before = time_slots.stored_rows(plan, network)
    changes = write()
    after = time_slots.stored_rows(plan, network)
    return Edit(
        changes,
        undo=lambda: time_slots.restore_rows(plan, network, before),
        redo=lambda: time_slots.restore_rows(plan, network, after),
    )


def set_time_slots(plan: PlanFile, network: str, slots: list[tuple[int, int, float]]) -> Edit:
    """A network's week of good hours, as the plan's own."""
    return slots_edit(plan, network, lambda: time_slots.set_plan_slots(plan, network, slots))


def default_time_slots(plan: PlanFile, network: str) -> Edit:
    """Back to the default good hours of a network (nothing if already there)."""
    if not time_slots.stored_rows(plan, network):
        return Edit.nothing()
    return slots_edit(plan, network, lambda: time_slots.reset_to_defaults(plan, network))


def new_campaign(plan: PlanFile, campaign: CampaignRef) -> Edit:
    """A new campaign or event; ``value`` is its id."""
    campaign_id, changes = calendar_planning.save_campaign(plan, replace(campaign, id=0))
    saved = replace(campaign, id=campaign_id)
    return Edit(
        changes,
        undo=lambda: calendar_planning.delete_campaign(plan, campaign_id),
        redo=lambda: calendar_planning.save_campaign(plan, saved)[1],
        value=campaign_id,
    )


def _stored_campaign(plan: PlanFile, campaign_id: int) -> CampaignRef:
    from smplanner.services.calendar_queries import campaigns

    found = next((c for c in campaigns(plan) if c.id == campaign_id), None)
    if found is None:
        raise calendar_planning.PlanningError(
            Message("This campaign is no longer in the plan (deleted meanwhile): reopen the list.")
        )
    return found


def edit_campaign(plan: PlanFile, campaign: CampaignRef) -> Edit:
    """Change a campaign's name, kind, dates or notes; undo puts the former ones back."""
    before = _stored_campaign(plan, campaign.id)
    if before == campaign:
        return Edit.nothing(campaign.id)
    _, changes = calendar_planning.save_campaign(plan, campaign)
    return Edit(
        changes,
        undo=lambda: calendar_planning.save_campaign(plan, before)[1],
        redo=lambda: calendar_planning.save_campaign(plan, campaign)[1],
        value=campaign.id,
    )


def delete_campaign(plan: PlanFile, campaign_id: int) -> Edit:
    """Delete a campaign (its posts stay, out of it); undo brings it back with its
    notes and its posts. ``value`` is the campaign as it was."""
    before = _stored_campaign(plan, campaign_id)
    posts = calendar_planning.campaign_post_ids(plan, campaign_id)
    changes = calendar_planning.delete_campaign(plan, campaign_id)
    return Edit(
        changes,
        undo=lambda: calendar_planning.restore_campaign(plan, before, posts),
        redo=lambda: calendar_planning.delete_campaign(plan, campaign_id),
        value=before,
    )


def import_posts(plan: PlanFile, preview: PostImportPreview, *, skip_bad_rows: bool) -> Edit:
    """Store a posts CSV's rows; undo removes the new posts and restores the changed."""
    from smplanner.services import calendar_import  # not at start-up: the CSV machinery

    applied, changes = calendar_import.apply_posts_import(
        plan, preview, skip_bad_rows=skip_bad_rows
    )
    return Edit(
        changes,
        undo=lambda: calendar_import.undo_posts_import(plan, applied),
        redo=lambda: calendar_import.redo_posts_import(plan, applied),
        value=applied,
    )
