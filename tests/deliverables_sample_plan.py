"""A rich plan for the deliverables tests: every tab filled, as after a real session.

Built only through the features' own services and importers (strategy edits,
calendar posts, campaigns, series and variants, the statistics import of the sample
exports in tests/fixtures/exports, typed-in figures, plan-vs-actual matching, best
hours, accounts), so that every table holds rows exactly like the ones the app makes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import CampaignRef, PostDraft
from smplanner.domain.rule_warnings import RuleSettings
from smplanner.services import (
    accounts,
    calendar_planning,
    calendar_posts,
    calendar_rules,
    statistics_hours,
    statistics_import,
    statistics_kept,
    statistics_manual,
    statistics_matching,
    strategy_edits,
    time_slots,
)
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")
PACIFIC = ZoneInfo("America/Los_Angeles")  # Meta exports write Pacific time
EXPORTS = Path(__file__).parent / "fixtures" / "exports"
# Not an export smplanner recognises: imported through a saved generic-CSV mapping.
GENERIC_EXPORT = "iconosquare_style_daily.csv"


def fill_strategy(plan: PlanFile) -> dict[str, int]:
    """Audit, budget, objectives, audience, networks, pillars, charter and KPIs."""
    strategy_edits.set_fields(
        plan,
        {
            "audit.who_runs": "Claire Martin",
            "audit.team_hours": 3,
            "audit.skills": "Photo au smartphone, un peu de montage vidéo",
            "audit.learnings": "Les photos du fournil le matin plaisent beaucoup.",
            "audit.tools": "Meta Business Suite",
            "budget.revenue": 420000,
            "budget.communication_percent": 3,
            "budget.digital_percent": 60,
            "budget.social_percent": 50,
            "audience.positioning": "Le pain au levain du quartier, pétri à la main.",
            "audience.differentiators": "Farines locales\u00a0; fournil visible de la rue",
            "editorial.tone": "Chaleureux et gourmand, tutoiement",
            "editorial.dos": "Montrer les mains, les visages, le fournil",
            "editorial.donts": "Jamais de photo de banque d'images",
            "editorial.hashtags": "#boulangeriemartin #levain",
            "editorial.major_event": "La galette des rois en janvier",
            "community.moderation": "a_posteriori",
            "community.response_hours": 24,
            "community.who_answers": "Claire",
            "community.response_tone": "Tutoiement, chaleureux, signé Claire",
            "community.criticism": "Remercier, répondre en privé sous 24 h.",
            "community.troll_policy": "Ne pas nourrir les trolls\u00a0; masquer les insultes.",
            "kpis.review_rhythm": "chaque mois",
            "community.escalation": "Toute crise sanitaire\u00a0: appeler Paul Martin.",
        },
    )

    def add(table: str, values: dict[str, object]) -> int:
        return strategy_edits.add_row(plan, table, values)[0]

    add(
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
    add(
        "audit_networks",
        {"network": "instagram", "handle": "@boulangerie.martin", "followers": 800, "active": 1},
    )
    add(
        "budget_lines",
        {"kind": "ads", "label": "Publicités Instagram", "amount": 1200, "period": "year"},
    )
    add(
        "budget_lines", {"kind": "tools", "label": "Planificateur", "amount": 15, "period": "month"}
    )
    objective = add(
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
    add(
        "objective_kpis",
        {
            "objective_id": objective,
            "kpi": "followers",
            "source": "Meta Business Suite",
            "review": "chaque mois",
            "denominator": "",
        },
    )
    traffic = add(
        "objectives",
        {
            "kind": "traffic",
            "title": "Amener les recruteurs vers la page Carrières",
            "audience": "Boulangers de la région",
            "network": "linkedin",
            "metric": "clicks",
            "baseline": 0,
            "target": 400,
            "start": "2026-09-01",
            "deadline": "2026-12-31",
        },
    )
    add(
        "objective_kpis",
        {
            "objective_id": traffic,
            "kpi": "clicks",
            "source": "LinkedIn",
            "review": "chaque semaine",
            "denominator": "",
        },
    )
    add(
        "objectives",
        {
            "kind": "engagement",
            "title": "Faire réagir autour du fournil",
            "audience": "Clients fidèles",
            "network": "facebook",
            "metric": "engagement_rate",
            "baseline": 2,
            "target": 5,
            "start": "2026-09-01",
            "deadline": "2027-06-30",
        },
    )
    add(
        "personas",
        {
            "name": "Sophie, maman pressée",
            "age_min": 30,
            "age_max": 45,
            "gender": "Femmes",  # typed as the CM types it (the field is free text)
            "place": "Lyon 7e",
            "occupation": "Cadre",
            "interests": "cuisine, enfants",
            "networks": "instagram,facebook",
            "expectations": "Savoir ce qui sort du four",
        },
    )
    add(
        "competitors",
        {"name": "Maison Dupain", "networks": "instagram", "strengths": "Belles vidéos"},
    )
    strategy_edits.set_network_choice(
        plan, "instagram", {"used": 1, "role": "Vitrine des produits", "weekly_target": 4}
    )
    strategy_edits.set_network_choice(
        plan, "facebook", {"used": 1, "role": "Actualités et horaires", "weekly_target": 2}
    )
    strategy_edits.set_network_choice(
        plan, "linkedin", {"used": 1, "role": "Recrutement", "weekly_target": 1}
    )
    pillar = add(
        "content_pillars",
        {"name": "Coulisses du fournil", "kind": "storytelling", "share_percent": 40},
    )
    recipes = add(
        "content_pillars", {"name": "Recettes", "kind": "illustrated", "share_percent": 60}
    )
    add(
        "reply_templates",
        {"title": "Horaires", "text": "Nous sommes ouverts de 7 h à 19 h 30, sauf le lundi."},
    )
    return {"objective": objective, "traffic": traffic, "pillar": pillar, "recipes": recipes}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


# Weekday (0 = Monday) -> the network posted to that day and the hour.
WEEKLY_RHYTHM = (
    (0, "instagram", 8),
    (1, "facebook", 12),
    (2, "instagram", 8),
    (2, "linkedin", 9),
    (3, "facebook", 18),
    (4, "instagram", 8),
    (5, "instagram", 10),
)


def fill_calendar(plan: PlanFile, first_day: date, ids: dict[str, int]) -> None:
    """About sixty posts: six weeks of rhythm, a campaign, a series, variants, ideas,
    and the already published posts that the imported statistics will match."""
    campaign, _ = calendar_planning.save_campaign(
        plan,
        CampaignRef(
            0,
            "Galette des rois",
            "campaign",
            first_day + timedelta(days=3),
            first_day + timedelta(days=12),
            "Fèves en édition limitée",
        ),
    )
    drafts = []
    number = 0
    for week in range(6):
        for weekday, network, hour in WEEKLY_RHYTHM:
            day = first_day + timedelta(days=week * 7 + (weekday - first_day.weekday()) % 7)
            number += 1
            drafts.append(
                PostDraft(
                    network=network,
                    title=f"Fournée n°{number}",
                    text=f"Sortie du four de la fournée {number} #levain",
                    status="scheduled" if week < 2 else "draft",
                    scheduled_at=_at(day, hour, 30),
                    pillar_id=ids["pillar"] if number % 2 else ids["recipes"],
                    objective_id=ids["traffic"] if network == "linkedin" else ids["objective"],
                    campaign_id=campaign if number <= 4 else None,
                )
            )
    # Already published, as the imported exports show them (plan versus actual; Meta
    # writes Pacific time).
    for network, moment, text in (
        (
            "facebook",
            datetime(2026, 9, 28, 18, 12, tzinfo=PACIFIC),
            "Nouvelle fournée de croissants ce matin !",
        ),
        ("facebook", datetime(2026, 10, 2, 8, 30, tzinfo=PACIFIC), "Visite du fournil"),
        ("facebook", datetime(2026, 10, 15, 12, 0, tzinfo=PACIFIC), "Nos horaires de fête"),
        ("instagram", datetime(2026, 9, 29, 7, 45, tzinfo=PACIFIC), "Le pain du jour"),
        ("instagram", datetime(2026, 10, 3, 19, 5, tzinfo=PACIFIC), "Reel fournil"),
    ):
        drafts.append(
            PostDraft(
                network=network,
                title=text,
                text=text,
                status="scheduled",
                scheduled_at=moment,
                pillar_id=ids["pillar"],
            )
        )
    for idea in (
        "Recette du pain perdu",
        "Portrait du meunier",
        "Quiz\u00a0: quelle farine\u00a0?",
    ):
        drafts.append(PostDraft(network="instagram", title=idea))
    created, _ = calendar_posts.create_posts(plan, drafts)
    calendar_posts.make_variants(plan, created[0], ["facebook", "linkedin"])
    sunday = first_day + timedelta(days=(6 - first_day.weekday()) % 7)
    calendar_planning.create_series(
        plan,
        PostDraft(
            network="instagram",
            title="Le pain de la semaine",
            text="Chaque dimanche, le pain de la semaine #levain",
            status="draft",
            scheduled_at=_at(sunday, 9),
            pillar_id=ids["recipes"],
        ),
        "FREQ=WEEKLY;COUNT=6",
    )
    time_slots.set_client_best_hours(plan, "instagram", [(1, 8, 3.0), (5, 10, 5.0)])
    calendar_rules.set_rule_settings(plan, RuleSettings(night_start=21, warn_weekend=False))


def fill_statistics(plan: PlanFile, last_day: date) -> None:
    """Every sample export imported as the app does, figures typed in, posts matched."""
    from smplanner.importers.generic_csv import ColumnMapping

    files = sorted(p for p in EXPORTS.iterdir() if p.name != GENERIC_EXPORT)
    statistics_import.import_files(plan, statistics_import.preview(files))
    mapping = ColumnMapping(
        network="facebook", date_column="Jour", metrics={"Abonnés": "followers", "Portée": "reach"}
    )
    statistics_import.save_column_mapping(plan, "Iconosquare", mapping)
    statistics_import.import_files(
        plan, statistics_import.preview([EXPORTS / GENERIC_EXPORT], mapping)
    )
    for offset in range(60):
        day = last_day - timedelta(days=59 - offset)
        statistics_manual.enter_daily_figures(
            plan, "instagram", day, {"followers": 800 + offset * 4, "reach": 300 + offset % 7 * 40}
        )
    statistics_manual.enter_post_figures(
        plan, "tiktok", "7681733693477382321", {"average_watch_seconds": 11.5}
    )
    statistics_matching.match_planned_posts(plan)
    statistics_hours.feed_calendar_slots(plan, "facebook")
    statistics_hours.engagement_cells_kept(plan)  # the best hours' sums, kept in the plan
    statistics_kept.marks_kept(plan)  # the best and worst posts, kept in the plan


def fill_accounts(plan: PlanFile) -> None:
    """An account without online refresh: no keyring needed, only its row in the plan."""
    accounts.add_account(plan, "linkedin", "Boulangerie Martin", "company-42")


def fill_rich_plan(plan: PlanFile, today: date) -> None:
    """Every tab filled: strategy, calendar from ``today``, statistics up to ``today``."""
    ids = fill_strategy(plan)
    fill_calendar(plan, today, ids)
    fill_statistics(plan, today)
    fill_accounts(plan)
