"""A rich plan for the deliverables tests: every tab filled, as after a real session.

Written through the features' own storage and service functions, so that the rows
look exactly like the ones the app makes.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.services import time_slots
from smplanner.services.statistics_ingest import ingest
from smplanner.storage import calendar_rows, strategy_repo
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")


def fill_strategy(plan: PlanFile) -> dict[str, int]:
    """Audit, budget, objectives, audience, networks, pillars, charter and KPIs."""
    strategy_repo.write_fields(
        plan,
        {
            "audit.team": "Claire Martin, 3 h par semaine",
            "audit.what_worked": "Les photos du fournil le matin plaisent beaucoup.",
            "audit.tools": "Meta Business Suite",
            "budget.revenue": 420000,
            "budget.communication_percent": 3,
            "budget.digital_percent": 60,
            "budget.social_percent": 50,
            "positioning.statement": "Le pain au levain du quartier, pétri à la main.",
            "positioning.differentiators": "Farines locales; fournil visible de la rue",
            "editorial.tone": "Chaleureux et gourmand, tutoiement",
            "editorial.dos": "Montrer les mains, les visages, le fournil",
            "editorial.donts": "Jamais de photo de banque d'images",
            "editorial.hashtags": "#boulangeriemartin #levain",
            "community.moderation": "a_posteriori",
            "community.response_rules": "Réponse sous 24 h ouvrées, par Claire.",
            "community.troll_policy": "Ne pas nourrir les trolls; masquer les insultes.",
            "community.escalation": "Toute crise sanitaire: appeler Paul Martin.",
        },
    )
    strategy_repo.insert_row(
        plan,
        "audit_networks",
        {
            "network": "facebook",
            "handle": "@boulangeriemartin",
            "followers": 1250,
            "posts_per_week": 2,
            "last_post": "2026-10-01",
            "active": 1,
        },
    )
    strategy_repo.insert_row(
        plan,
        "budget_lines",
        {"kind": "ads", "label": "Publicités Instagram", "amount": 1200, "period": "year"},
    )
    strategy_repo.insert_row(
        plan,
        "budget_lines",
        {"kind": "tools", "label": "Planificateur", "amount": 15, "period": "month"},
    )
    objective = strategy_repo.insert_row(
        plan,
        "objectives",
        {
            "kind": "awareness",
            "title": "Faire connaître le pain au levain",
            "audience": "Familles du quartier",
            "network": "instagram",
            "metric": "followers",
            "baseline": 800,
            "target": 1200,
            "start": "2026-09-01",
            "deadline": "2027-03-31",
        },
    )
    strategy_repo.insert_row(
        plan,
        "objective_kpis",
        {
            "objective_id": objective,
            "kpi": "followers",
            "source": "Meta Business Suite",
            "review": "monthly",
            "denominator": "",
        },
    )
    strategy_repo.insert_row(
        plan,
        "personas",
        {
            "name": "Sophie, maman pressée",
            "age_min": 30,
            "age_max": 45,
            "gender": "female",
            "place": "Lyon 7e",
            "occupation": "Cadre",
            "interests": "cuisine, enfants",
            "networks": "instagram,facebook",
            "expectations": "Savoir ce qui sort du four",
        },
    )
    strategy_repo.insert_row(
        plan,
        "competitors",
        {"name": "Maison Dupain", "networks": "instagram", "strengths": "Belles vidéos"},
    )
    strategy_repo.write_network_choice(
        plan, "instagram", {"used": 1, "role": "Vitrine des produits", "weekly_target": 3}
    )
    strategy_repo.write_network_choice(
        plan, "facebook", {"used": 1, "role": "Actualités et horaires", "weekly_target": 2}
    )
    pillar = strategy_repo.insert_row(
        plan,
        "content_pillars",
        {"name": "Coulisses du fournil", "kind": "storytelling", "share_percent": 40},
    )
    strategy_repo.insert_row(
        plan, "content_pillars", {"name": "Recettes", "kind": "tutorials", "share_percent": 60}
    )
    strategy_repo.insert_row(
        plan,
        "reply_templates",
        {"title": "Horaires", "text": "Nous sommes ouverts de 7 h à 19 h 30, sauf le lundi."},
    )
    return {"objective": objective, "pillar": pillar}


def fill_calendar(plan: PlanFile, first_day: date, ids: dict[str, int]) -> None:
    """A campaign and posts over the next weeks on two networks, plus one idea."""
    with plan.transaction() as db:
        campaign = (
            db.table("campaigns")
            .insert(
                {
                    "name": "Galette des rois",
                    "kind": "campaign",
                    "starts_on": (first_day + timedelta(days=3)).isoformat(),
                    "ends_on": (first_day + timedelta(days=12)).isoformat(),
                    "notes": "",
                }
            )
            .last_pk
        )
        for index in range(8):
            day = first_day + timedelta(days=index * 3)
            draft = PostDraft(
                network="instagram" if index % 2 == 0 else "facebook",
                title=f"Fournée n°{index + 1}",
                text=f"Sortie du four de la fournée {index + 1} #levain",
                status="scheduled",
                scheduled_at=datetime(day.year, day.month, day.day, 8, 30, tzinfo=PARIS),
                pillar_id=ids["pillar"],
                objective_id=ids["objective"],
                campaign_id=campaign if index < 3 else None,
            )
            db.table("posts").insert(calendar_rows.draft_to_row(draft, PARIS))
        db.table("posts").insert(
            calendar_rows.draft_to_row(
                PostDraft(network="instagram", title="Idée: recette du pain perdu"), PARIS
            )
        )
    time_slots.set_client_best_hours(plan, "instagram", [(1, 8, 3.0), (5, 10, 5.0)])


def fill_statistics(plan: PlanFile, last_day: date) -> None:
    """Sixty days of followers and reach on Instagram, and two imported posts."""
    daily = []
    for offset in range(60):
        day = last_day - timedelta(days=59 - offset)
        daily.append(
            DailyValue("instagram", "boulangeriemartin", day, "followers", 800 + offset * 4)
        )
        daily.append(
            DailyValue("instagram", "boulangeriemartin", day, "reach", 300 + offset % 7 * 40)
        )
    posts = [
        StatPost(
            network="instagram",
            account="boulangeriemartin",
            external_id=f"1789{n}",
            link=f"https://www.instagram.com/p/ABC{n}/",
            published_at=datetime(2026, 10, 10 + n, 8, 30, tzinfo=PARIS),
            text=f"Le levain du jour {n}",
            metrics={"reach": 400.0 + n * 50, "likes": 30.0 + n, "comments": 2.0},
        )
        for n in range(2)
    ]
    ingest(
        plan,
        source_label="export.csv",
        source_kind="meta_instagram_posts",
        posts=posts,
        daily=daily,
    )


def fill_accounts(plan: PlanFile) -> None:
    """One connected account: only its keyring entry name is in the plan."""
    if plan.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'accounts'").fetchone()[
        0
    ]:
        with plan.transaction() as db:
            db.table("accounts").insert(
                {
                    "network": "instagram",
                    "name": "boulangeriemartin",
                    "external_id": "17841400000",
                    "keyring_entry": "smplanner/instagram/17841400000",
                    "created_at": "2026-10-01T09:00:00+00:00",
                }
            )


def fill_rich_plan(plan: PlanFile, today: date) -> None:
    """Every tab filled: strategy, calendar from ``today``, statistics up to ``today``."""
    with plan.transaction() as db:
        db.table("settings").upsert(
            {"key": "report.sections", "value": json.dumps(["all"])}, pk="key"
        )
    ids = fill_strategy(plan)
    fill_calendar(plan, today, ids)
    fill_statistics(plan, today)
    fill_accounts(plan)
