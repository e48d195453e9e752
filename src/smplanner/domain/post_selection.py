"""Which posts an export takes: the whole plan or a filter (networks, statuses, period…).

Pure data: the calendar's filters, the export dialog and the CLI's options all
become one PostSelection, so every export format filters the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smplanner.domain.post_refs import CampaignRef, PostRef


@dataclass(frozen=True)
class PostSelection:
    """A filter on posts; None (or empty) means "any". ``end`` is exclusive."""

    networks: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    start: date | None = None
    end: date | None = None
    campaign_id: int | None = None
    pillar_id: int | None = None
    include_ideas: bool = False
    labels: frozenset[int] = frozenset()  # a post carrying one of them (none: any post)

    def accepts(self, post: PostRef) -> bool:
        """True if this post belongs to the export."""
        if self.networks and post.network not in self.networks:
            return False
        if self.statuses and post.status not in self.statuses:
            return False
        if self.campaign_id is not None and post.campaign_id != self.campaign_id:
            return False
        if self.pillar_id is not None and post.pillar_id != self.pillar_id:
            return False
        if self.labels and self.labels.isdisjoint(post.labels):
            return False
        if post.scheduled_at is None:
            return self.include_ideas and self.start is None and self.end is None
        day = post.scheduled_at.date()
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day < self.end

    def accepts_campaign(self, campaign: CampaignRef) -> bool:
        """True if a campaign overlaps the period (and is the one chosen, if any)."""
        if self.campaign_id is not None and campaign.id != self.campaign_id:
            return False
        if self.start is not None and campaign.ends_on < self.start:
            return False
        return self.end is None or campaign.starts_on < self.end

    def select(self, posts: list[PostRef]) -> list[PostRef]:
        return [post for post in posts if self.accepts(post)]


EVERYTHING = PostSelection(include_ideas=True)
