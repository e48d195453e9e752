"""The words and colours of post statuses in the window (domain/post_status.py holds
the statuses themselves)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import STATUS_COLOURS, PostStatus

STATUS_LABELS = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("PostStatus", "Idea"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("PostStatus", "Draft"),
    PostStatus.READY: QT_TRANSLATE_NOOP("PostStatus", "Ready"),
    PostStatus.TO_APPROVE: QT_TRANSLATE_NOOP("PostStatus", "To approve"),
    PostStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("PostStatus", "Changes requested"),
    PostStatus.APPROVED: QT_TRANSLATE_NOOP("PostStatus", "Approved"),
    PostStatus.SCHEDULED: QT_TRANSLATE_NOOP("PostStatus", "Scheduled"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("PostStatus", "Published"),
}

_COLOURS = {status: QColor(hex_) for status, hex_ in STATUS_COLOURS.items() if hex_}


def status_label(status: str) -> str:
    """The status as the interface names it; an unknown stored word is shown as is."""
    try:
        source = STATUS_LABELS[PostStatus(status)]
    except ValueError:
        return status
    return QCoreApplication.translate("PostStatus", str(source))


def status_colour(status: str) -> QColor | None:
    """The card's status mark, or None when the status needs none (idea, draft)."""
    try:
        return _COLOURS.get(PostStatus(status))
    except ValueError:
        return None


def post_tooltip(post: PostRef, label_names: Mapping[int, str] | None = None) -> str:
    """A card's tooltip: its text, its status, its labels (the chips' names) and what
    the client asked, if anything."""
    lines = [post.text or post.title]
    status = QCoreApplication.translate("PostStatus", "Status: %1").replace(
        "%1", status_label(post.status)
    )
    lines += ["", status]
    names = sorted(
        (label_names[i] for i in post.labels if label_names and i in label_names),
        key=str.casefold,
    )
    if names:
        lines.append(
            QCoreApplication.translate("PostStatus", "Labels: %1").replace("%1", ", ".join(names))
        )
    if post.client_comment:
        lines.append(
            QCoreApplication.translate("PostStatus", "The client's comment: %1").replace(
                "%1", post.client_comment
            )
        )
    return "\n".join(lines)
