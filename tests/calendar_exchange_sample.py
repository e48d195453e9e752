"""A small plan for the calendar export/import tests: posts on three networks, a campaign."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.services import calendar_planning, calendar_posts, strategy_edits
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")
# Fixed "now" for exports: the sample posts are all after it.
NOW = datetime(2026, 9, 1, 8, 0, tzinfo=PARIS)


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=PARIS)


def fill_sample(plan: PlanFile) -> dict[str, int]:
    """Posts, a pillar, a campaign; returns ids by a short name."""
    pillar, _ = strategy_edits.add_row(plan, "content_pillars", {"name": "Savoir-faire"})
    campaign, _ = calendar_planning.save_campaign(
        plan,
        CampaignRef(0, "Semaine du goût", "event", date(2026, 10, 12), date(2026, 10, 18), "Salon"),
    )
    drafts = {
        "croissant": PostDraft(
            "instagram",
            "Nos croissants, pur beurre; cuits à 6 h, chaque matin.\nVenez tôt !",
            title="Croissants",
            status="scheduled",
            scheduled_at=at(10, 14, 18),
            pillar_id=pillar,
            campaign_id=campaign,
            hashtags="#boulangerie #croissant",
            media=("/photos/croissant.jpg", "https://cdn.example.com/c.jpg"),
            first_comment="Horaires en bio",
        ),
        "linkedin": PostDraft(
            "linkedin",
            "Nous recrutons un·e apprenti·e boulanger·ère.",
            status="ready",
            scheduled_at=at(10, 15, 8, 30),
            link="https://boulangerie-martin.fr/emploi",
        ),
        "tweet_long": PostDraft("x", "é" * 300, status="draft", scheduled_at=at(10, 16, 12)),
        "facebook": PostDraft(
            "facebook", "=Portes ouvertes samedi", status="draft", scheduled_at=at(10, 17, 11)
        ),
        "winter": PostDraft(
            "facebook", "Heure d'hiver", status="draft", scheduled_at=at(10, 25, 9)
        ),
        "old": PostDraft("facebook", "Déjà publié", status="published", scheduled_at=at(8, 1)),
        "idea": PostDraft("instagram", "Idée : galette des rois"),
        "snap": PostDraft("snapchat", "Coulisses", status="draft", scheduled_at=at(10, 20, 19)),
    }
    ids, _ = calendar_posts.create_posts(plan, list(drafts.values()))
    result = dict(zip(drafts, ids, strict=True))
    result["pillar"] = pillar
    result["campaign"] = campaign
    return result
