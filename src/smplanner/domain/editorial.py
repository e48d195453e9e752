"""The editorial line: the pillars' mix, tone, and the method's warnings about it."""

from __future__ import annotations

from smplanner.domain.strategy_findings import MISSING, WARNING, Finding
from smplanner.domain.strategy_refs import StrategyDocument

PILLAR_KINDS = (
    "expertise",
    "curation",
    "illustrated",
    "storytelling",
    "website_links",
    "promotions",
    "contests",
    "recruitment",
    "other",
)
PROMOTION_KINDS = ("promotions", "contests")
MAX_PROMOTION_SHARE = 50.0  # beyond half the posts, the feed reads as an advert
MIX_TOLERANCE = 0.5  # percent; rounding in a typed mix is not an error

SAME_MESSAGE = "editorial.same_message_everywhere"
MAJOR_EVENT = "editorial.major_event"


def mix_total(doc: StrategyDocument) -> float:
    return sum(p.share_percent or 0.0 for p in doc.pillars)


def check_editorial(doc: StrategyDocument) -> list[Finding]:
    """Missing answers and the method's warnings on the editorial line."""
    found: list[Finding] = []
    if not doc.pillars:
        found.append(
            Finding("editorial", MISSING, "Define the content pillars.", target="content_pillars")
        )
    if not doc.text("editorial.tone"):
        found.append(
            Finding("editorial", MISSING, "Describe the tone of voice.", target="editorial.tone")
        )
    if doc.pillars:
        total = mix_total(doc)
        if abs(total - 100) > MIX_TOLERANCE:
            found.append(
                Finding(
                    "editorial",
                    WARNING,
                    "The pillars' shares add up to {total} %, not 100 %.",
                    {"total": round(total, 1)},
                    target="content_pillars",
                )
            )
        promotion = sum(p.share_percent or 0 for p in doc.pillars if p.kind in PROMOTION_KINDS)
        only_promotion = all(p.kind in PROMOTION_KINDS for p in doc.pillars)
        if only_promotion or (total > 0 and promotion / total * 100 >= MAX_PROMOTION_SHARE):
            found.append(
                Finding(
                    "editorial",
                    WARNING,
                    "The mix is mostly promotion ({share} %): followers leave feeds that read "
                    "like adverts; give room to expertise, stories and useful content.",
                    {"share": round(promotion / total * 100 if total else 100.0, 1)},
                    target="content_pillars",
                )
            )
        if not any(p.kind == "website_links" and (p.share_percent or 0) > 0 for p in doc.pillars):
            found.append(
                Finding(
                    "editorial",
                    WARNING,
                    "Nothing links back to the website: add a pillar that brings readers there.",
                    target="content_pillars",
                )
            )
    if doc.fields.get(SAME_MESSAGE) and not doc.text(MAJOR_EVENT):
        found.append(
            Finding(
                "editorial",
                WARNING,
                "The same message on every network suits only a major event (a flagship "
                "launch): adapt it to each network, or name the event.",
                target=SAME_MESSAGE,
            )
        )
    return found
