"""Media kept in the plan that no post uses any more: a picture added in a composer
that was then cancelled, a post deleted, a medium removed from its post. They still
weigh in the plan file; cleaning them up is one undo step (undo puts the bytes back,
so an older step undone afterwards finds its media again)."""

from __future__ import annotations

from dataclasses import dataclass

from smplanner.services.changes import Changes, Edit, Topic
from smplanner.storage import media_repo
from smplanner.storage.media_repo import MediaRow
from smplanner.storage.plan_file import PlanFile


@dataclass(frozen=True)
class Unused:
    media: list[MediaRow]

    @property
    def count(self) -> int:
        return len(self.media)

    @property
    def stored_bytes(self) -> int:
        """What they weigh inside the plan (a video kept beside it weighs nothing)."""
        return sum(row.size for row in self.media if row.linked_path is None)


def unused_media(plan: PlanFile) -> Unused:
    """The stored media no post refers to, by name."""
    used = media_repo.referenced_hashes(plan.conn)
    rows = [row for row in media_repo.select_all_media(plan.conn) if row.sha256 not in used]
    return Unused(sorted(rows, key=lambda row: (row.name.casefold(), row.sha256)))


def remove_unused(plan: PlanFile) -> Edit:
    """Remove the media no post uses; ``value`` is what was removed (an Unused)."""
    found = unused_media(plan)
    if not found.count:
        return Edit.nothing(found)
    hashes = [row.sha256 for row in found.media]
    with plan.transaction():
        rows = media_repo.take_media(plan.conn, hashes)

    def restore() -> Changes:
        with plan.transaction():
            for row in rows:
                media_repo.insert_media(plan.conn, row)
        return Changes.of(Topic.POSTS, days=())  # no card shows an unused medium

    def again() -> Changes:
        with plan.transaction():
            media_repo.take_media(plan.conn, hashes)
        return Changes.of(Topic.POSTS, days=())  # no card shows an unused medium

    return Edit(Changes.of(Topic.POSTS, days=()), undo=restore, redo=again, value=found)
