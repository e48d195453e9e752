"""Changes made to a selection of posts at once, each one undoable Edit: the network
or the campaign of every selected post, a copy on another network, a duplicate at
the same time. (Statuses: calendar_edits.set_status, which knows their rules.)

Each runs in one transaction (the posts' updates nest in it) and is undone in one
step, through calendar_edits' before/after reads (same ids, same fields).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from smplanner.domain.networks import network_ids
from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.calendar_edits import _edit as edit_between
from smplanner.services.changes import Changes, Edit
from smplanner.storage.calendar_rows import post_as_draft
from smplanner.storage.plan_file import PlanFile

# What a bulk change may set (the rest of a post is its own).
FIELDS = ("network", "campaign_id", "text", "hashtags")


class BulkEditError(UserError, ValueError):
    """A bulk change asked for something the posts cannot take (the message says what)."""


def change_posts(plan: PlanFile, ids: Iterable[int], **fields: Any) -> Edit:
    """Give every post of ``ids`` the same network and/or campaign; ``value`` is how
    many posts changed."""
    unknown = set(fields) - set(FIELDS)
    if unknown:  # a programmer's mistake, not the user's
        raise ValueError(f"change_posts cannot set {sorted(unknown)}")
    network = fields.get("network")
    if network is not None and network not in network_ids():
        raise BulkEditError(
            Message(
                "Network '{network}' is unknown: use one of {known}.",
                network=network,
                known=", ".join(network_ids()),
            )
        )
    return _update_each(plan, ids, lambda _post, draft: replace(draft, **fields))


def adapt_each(plan: PlanFile, ids: Iterable[int]) -> Edit:
    """Each post adapted to its own network (domain/post_adapt), one undo step;
    ``value`` is how many changed."""
    from smplanner.domain.post_adapt import adapt_for_network

    def adapted(post: PostRef, draft: PostDraft) -> PostDraft:
        text = adapt_for_network(
            post.network, post.text, post.hashtags, post.first_comment, post.link
        )
        return replace(
            draft, text=text.text, hashtags=text.hashtags, first_comment=text.first_comment
        )

    return _update_each(plan, ids, adapted)


def _update_each(
    plan: PlanFile, ids: Iterable[int], rewrite: Callable[[PostRef, PostDraft], PostDraft]
) -> Edit:
    """Each post of ``ids`` stored as ``rewrite(post, its draft)`` when that changes it,
    in one transaction and one undo step; ``value`` is how many changed."""
    wanted = set(ids)

    def do() -> tuple[tuple[int, ...], Changes, int]:
        changes = Changes()
        changed = 0
        with plan.transaction():
            for post in calendar_queries.posts_by_id(plan, wanted):
                draft = post_as_draft(post)
                updated = rewrite(post, draft)
                if updated != draft:
                    changes = changes.merged(calendar_posts.update_post(plan, post.id, updated))
                    changed += 1
        return (), changes, changed

    return edit_between(plan, wanted, do)


def copy_to_network(plan: PlanFile, ids: Iterable[int], network: str) -> Edit:
    """A copy of each post for ``network``, at the same time, as a variant of the same
    idea (the group is made if there was none); ``value`` is the new ids. A post
    already on that network is left alone."""
    wanted = sorted(set(ids))

    def do() -> tuple[list[int], Changes, list[int]]:
        created: list[int] = []
        changes = Changes()
        with plan.transaction():
            for post in calendar_queries.posts_by_id(plan, wanted):
                if post.network == network:
                    continue
                new, made = calendar_posts.make_variants(plan, post.id, [network])
                created += new
                changes = changes.merged(made)
        return created, changes, created

    return edit_between(plan, wanted, do)


def duplicate(plan: PlanFile, ids: Iterable[int]) -> Edit:
    """A copy of each post at the same time (or among the ideas); ``value``: new ids."""
    posts = calendar_queries.posts_by_id(plan, set(ids))
    targets = {post.id: post.scheduled_at for post in posts}
    if not targets:
        return Edit.nothing([])

    def do() -> tuple[list[int], Changes, list[int]]:
        created, changes = calendar_posts.copy_posts(plan, targets)
        return created, changes, created

    return edit_between(plan, (), do)
