"""A rich plan for the monthly report: a bakery's December 2026 and January 2027, with
pillars, published posts matched to imported statistics, a photo, and commentary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.stat_records import StatPost
from smplanner.services import calendar_posts, strategy_edits
from smplanner.services.statistics_ingest import ingest
from smplanner.services.statistics_matching import match_planned_posts
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")


def fill_month_plan(plan: PlanFile, folder: Path) -> dict[str, list[int]]:
    from PySide6.QtGui import QColor, QImage

    photo = folder / "galette.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#D9A441"))
    image.save(str(photo))
    pillars = {}
    for name, share in (("Savoir-faire", 40), ("Coulisses", 30), ("Promotions", 30)):
        pillars[name], _ = strategy_edits.add_row(
            plan, "content_pillars", {"name": name, "kind": "other", "share_percent": share}
        )
    drafts, stats = [], []
    plan_of = [
        # (day, hour, network, pillar, interactions) January 2027
        (4, 9, "instagram", "Savoir-faire", 320),
        (6, 11, "instagram", "Promotions", 610),
        (8, 18, "facebook", "Coulisses", 140),
        (11, 12, "linkedin", "Savoir-faire", 45),
        (14, 19, "instagram", "Coulisses", 260),
        (18, 8, "facebook", "Promotions", 90),
        (22, 13, "instagram", "Savoir-faire", 410),
        (27, 17, "facebook", "Promotions", 30),
    ]
    for day, hour, network, pillar, likes in plan_of:
        when = datetime(2027, 1, day, hour, tzinfo=PARIS)
        words = f"{pillar} du {day} janvier : la boulangerie vous ouvre ses portes ({network})"
        drafts.append(
            PostDraft(
                network,
                words,
                f"{pillar} {day}/01",
                "scheduled",
                when,
                pillar_id=pillars[pillar],
                media=(str(photo),) if likes > 300 else (),
            )
        )
        stats.append(
            StatPost(
                network,
                "",
                f"{network}-{day}",
                published_at=when,
                text=words,
                metrics={
                    "likes": likes,
                    "comments": likes // 10,
                    "shares": likes // 20,
                    "reach": likes * 12,
                },
            )
        )
    for day in (3, 10, 17):  # December, the month before: published and measured too
        when = datetime(2026, 12, day, 10, tzinfo=PARIS)
        words = f"Décembre {day} : nos bûches de Noël"
        drafts.append(
            PostDraft(
                "instagram",
                words,
                f"Bûche {day}",
                "scheduled",
                when,
                pillar_id=pillars["Promotions"],
            )
        )
        stats.append(
            StatPost(
                "instagram",
                "",
                f"dec-{day}",
                published_at=when,
                text=words,
                metrics={"likes": 150, "comments": 10},
            )
        )
    # Two posts planned but never published.
    drafts.append(
        PostDraft(
            "linkedin",
            "Recrutement apprenti",
            "Recrutement",
            "approved",
            datetime(2027, 1, 29, 9, tzinfo=PARIS),
            pillar_id=pillars["Coulisses"],
        )
    )
    drafts.append(
        PostDraft(
            "x", "Galette à emporter", "Galette X", "draft", datetime(2027, 1, 30, 9, tzinfo=PARIS)
        )
    )
    ids, _ = calendar_posts.create_posts(plan, drafts)
    ingest(plan, source_label="Meta export", source_kind="export", posts=stats)
    match_planned_posts(plan)
    return {"posts": ids}
