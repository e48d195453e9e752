"""A post's status: its life from idea to published, with the client's approval steps.

One typed list (PostStatus) that the calendar, the exports, the approval round and the
CSV reader all read; the values are the words stored in the plan file. The colours
are data (hex) so that the calendar cards and the approval page agree. No Qt.
"""

from __future__ import annotations

from enum import StrEnum


class PostStatus(StrEnum):
    """The stored status of a post, in the order of its life."""

    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready"
    TO_APPROVE = "to_approve"  # sent to the client, answer awaited
    CHANGES_REQUESTED = "changes_requested"  # the client asked for changes (comment kept)
    APPROVED = "approved"  # the client said yes
    SCHEDULED = "scheduled"
    PUBLISHED = "published"


# The client's approval steps: the statuses an approval round reads and sets.
APPROVAL_STATUSES = frozenset(
    {PostStatus.TO_APPROVE, PostStatus.CHANGES_REQUESTED, PostStatus.APPROVED}
)

# Statuses past the client's say: a post there is not sent for approval again.
PAST_APPROVAL = frozenset({PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED})

# A mark per status, as #RRGGBB, readable on white cards and on the approval page;
# None: the card shows no status mark (the network colour says enough).
STATUS_COLOURS: dict[PostStatus, str | None] = {
    PostStatus.IDEA: None,
    PostStatus.DRAFT: None,
    PostStatus.READY: "#5b7083",
    PostStatus.TO_APPROVE: "#e08a00",
    PostStatus.CHANGES_REQUESTED: "#c62828",
    PostStatus.APPROVED: "#2e7d32",
    PostStatus.SCHEDULED: "#1565c0",
    PostStatus.PUBLISHED: "#6a1b9a",
}


def parse_status(value: str) -> PostStatus:
    """The status stored as ``value``; ValueError for a word that is not one."""
    return PostStatus(value)


def comment_after(status: PostStatus, old_comment: str, new_comment: str | None) -> str:
    """The client's comment a post keeps once its status is set to ``status``.

    Asking for changes stores the comment given; an approval answers it (cleared);
    any other step keeps the last comment so that the manager still reads what the
    client asked while reworking the post.
    """
    if status is PostStatus.CHANGES_REQUESTED:
        return (new_comment if new_comment is not None else old_comment).strip()
    if status is PostStatus.APPROVED:
        return ""
    return old_comment
