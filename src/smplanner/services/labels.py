"""The plan's labels and the posts that carry them, each change one undo step.

Defining labels (add, rename, recolour, delete) changes the LABELS topic; putting
them on posts or taking them off changes the posts (POSTS, with their ids and
days) through calendar_edits, so that undo restores those posts exactly as any
other post edit does.
"""

from __future__ import annotations

from collections.abc import Iterable

from smplanner.domain.labels import Label, clean_name, name_problem, next_colour, normal_colour
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services import calendar_edits, calendar_queries
from smplanner.services.changes import Changes, Edit, Topic
from smplanner.storage import labels_repo
from smplanner.storage.plan_file import PlanFile, now_iso

LABELS = Topic.LABELS


class LabelError(UserError, ValueError):
    """A label that cannot be saved (the message says why and what to do)."""


def labels(plan: PlanFile) -> list[Label]:
    """The plan's labels, in the order they were made."""
    return labels_repo.select_labels(plan.conn)


def label_usage(plan: PlanFile) -> dict[int, int]:
    """label id -> how many posts carry it."""
    return labels_repo.label_usage(plan.conn)


def _checked(plan: PlanFile, name: str, colour: str, own_id: int = 0) -> tuple[str, str]:
    problem = name_problem(name, labels(plan), own_id=own_id)
    if problem is not None:
        raise LabelError(problem)
    normal = normal_colour(colour)
    if normal is None:
        raise LabelError(Message("'{colour}' is not a colour: write it as #rrggbb.", colour=colour))
    return clean_name(name), normal


def _stored(plan: PlanFile, label_id: int) -> Label:
    found = next((label for label in labels(plan) if label.id == label_id), None)
    if found is None:
        raise LabelError(
            Message("This label is no longer in the plan (deleted meanwhile): reopen the list.")
        )
    return found


def _write(plan: PlanFile, label: Label) -> Changes:
    with plan.transaction():
        labels_repo.upsert_label(plan.conn, label)
    return Changes.of(LABELS, labels={label.id})


def _remove(plan: PlanFile, label_id: int) -> Changes:
    posts = labels_repo.label_post_ids(plan.conn, label_id)
    with plan.transaction():
        labels_repo.delete_label(plan.conn, label_id)
    return Changes.of(LABELS, labels={label_id}).merged(Changes.of(posts=set(posts)))


def new_label(plan: PlanFile, name: str, colour: str = "") -> Edit:
    """A new label (the next free palette colour when none is given); ``value`` is it."""
    colour = colour or next_colour(label.colour for label in labels(plan))
    name, colour = _checked(plan, name, colour)
    with plan.transaction():
        label_id = labels_repo.insert_label(plan.conn, name, colour, now_iso())
    made = Label(label_id, name, colour)
    return Edit(
        Changes.of(LABELS, labels={label_id}),
        undo=lambda: _remove(plan, label_id),
        redo=lambda: _write(plan, made),
        value=made,
    )


def edit_label(plan: PlanFile, label_id: int, name: str, colour: str) -> Edit:
    """Rename and/or recolour a label (nothing when both are as they were)."""
    before = _stored(plan, label_id)
    name, colour = _checked(plan, name, colour, own_id=label_id)
    after = Label(label_id, name, colour)
    if after == before:
        return Edit.nothing(before)
    changes = _write(plan, after)
    return Edit(
        changes, undo=lambda: _write(plan, before), redo=lambda: _write(plan, after), value=after
    )


def delete_label(plan: PlanFile, label_id: int) -> Edit:
    """Delete a label: it leaves every post; undo brings it back on the same posts.
    ``value`` is how many posts carried it."""
    before = _stored(plan, label_id)
    posts = labels_repo.label_post_ids(plan.conn, label_id)
    changes = _remove(plan, label_id)

    def restore() -> Changes:
        with plan.transaction():
            labels_repo.upsert_label(plan.conn, before)
            labels_repo.link_label_posts(plan.conn, label_id, posts)
        return Changes.of(LABELS, labels={label_id}).merged(Changes.of(posts=set(posts)))

    return Edit(
        _with_days(plan, changes, posts),
        undo=lambda: _with_days(plan, restore(), posts),
        redo=lambda: _with_days(plan, _remove(plan, label_id), posts),
        value=len(posts),
    )


def _with_days(plan: PlanFile, changes: Changes, post_ids: list[int]) -> Changes:
    """Changes that also name the posts' days, so that a month view repaints them."""
    posts = calendar_queries.posts_by_id(plan, post_ids)
    days = {p.scheduled_at.date().toordinal() for p in posts if p.scheduled_at is not None}
    return changes.merged(Changes.of(Topic.POSTS, posts={p.id for p in posts}, days=days))


def set_post_labels(
    plan: PlanFile,
    post_ids: Iterable[int],
    *,
    add: Iterable[int] = (),
    remove: Iterable[int] = (),
) -> Edit:
    """Put labels on posts and/or take them off (the card menu, on a selection);
    ``value`` is how many posts changed. Nothing when none would."""
    known = {label.id for label in labels(plan)}
    adding, removing = set(add) & known, set(remove)
    posts = calendar_queries.posts_by_id(plan, set(post_ids))
    targets = {}
    for post in posts:
        wanted = tuple(sorted((set(post.labels) | adding) - removing))
        if wanted != post.labels:
            targets[post.id] = wanted
    if not targets:
        return Edit.nothing(0)
    return calendar_edits.set_labels(plan, targets)
