"""Words shown for the workshop's ids (objective kinds, KPIs, pillar kinds…), translated."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from smplanner.domain.networks import all_networks
from smplanner.texts.date_formats import date_pattern

SECTION_TITLES = {
    "audit": QT_TRANSLATE_NOOP("StrategyLabels", "1. Audit — where are you now?"),
    "budget": QT_TRANSLATE_NOOP("StrategyLabels", "2. Budget"),
    "objectives": QT_TRANSLATE_NOOP("StrategyLabels", "3. Objectives (SMART)"),
    "audience": QT_TRANSLATE_NOOP("StrategyLabels", "4. Audience and positioning"),
    "networks": QT_TRANSLATE_NOOP("StrategyLabels", "5. Networks and roles"),
    "editorial": QT_TRANSLATE_NOOP("StrategyLabels", "6. Editorial line"),
    "community": QT_TRANSLATE_NOOP("StrategyLabels", "7. Community management"),
    "kpis": QT_TRANSLATE_NOOP("StrategyLabels", "8. KPIs"),
}

SECTION_WHY = {
    "audit": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Start from what exists: which accounts live or sleep, who runs them and with how "
        "much time. A plan the team cannot keep up is worse than no plan.",
    ),
    "budget": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Communication usually takes 2 to 10 % of revenue, depending on the sector and the "
        "goals. Paid items (ads, contests, tools) must fit in the envelope.",
    ),
    "objectives": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Everything else follows from the objectives. Each must be SMART: Specific, "
        "Measurable, Achievable, Realistic and Time-bound.",
    ),
    "audience": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Who you speak to decides where and how. Personas make the target concrete; "
        "the positioning says why they should choose this client.",
    ),
    "networks": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Be where the audience is, and give each network one clear role. Fewer networks "
        "well kept beat many abandoned ones.",
    ),
    "editorial": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "A mix of pillars keeps the feed useful: expertise, curation, stories, links back "
        "to the site — and only a little promotion.",
    ),
    "community": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Decide before the first crisis: how comments are moderated, who answers and how "
        "fast, and what to do with criticism and trolls.",
    ),
    "kpis": QT_TRANSLATE_NOOP(
        "StrategyLabels",
        "Each objective needs KPIs, where their figures come from and when they are read. "
        "An engagement rate always says what it is divided by.",
    ),
}

OBJECTIVE_KINDS = {
    "awareness": QT_TRANSLATE_NOOP("StrategyLabels", "Awareness"),
    "traffic": QT_TRANSLATE_NOOP("StrategyLabels", "Website traffic"),
    "leads_sales": QT_TRANSLATE_NOOP("StrategyLabels", "Leads and sales"),
    "engagement": QT_TRANSLATE_NOOP("StrategyLabels", "Engagement and community"),
    "loyalty": QT_TRANSLATE_NOOP("StrategyLabels", "Loyalty"),
    "customer_care": QT_TRANSLATE_NOOP("StrategyLabels", "Customer care"),
    "recruitment": QT_TRANSLATE_NOOP("StrategyLabels", "Recruitment"),
    "monitoring": QT_TRANSLATE_NOOP("StrategyLabels", "Monitoring"),
    "e_reputation": QT_TRANSLATE_NOOP("StrategyLabels", "E-reputation"),
    "footfall": QT_TRANSLATE_NOOP("StrategyLabels", "Footfall (people through the door)"),
    "local_reach": QT_TRANSLATE_NOOP("StrategyLabels", "Local reach"),
    "other": QT_TRANSLATE_NOOP("StrategyLabels", "Other"),
}

KPIS = {
    "followers": QT_TRANSLATE_NOOP("StrategyLabels", "Followers"),
    "reach": QT_TRANSLATE_NOOP("StrategyLabels", "Reach"),
    "impressions": QT_TRANSLATE_NOOP("StrategyLabels", "Impressions"),
    "engagement_rate": QT_TRANSLATE_NOOP("StrategyLabels", "Engagement rate (%)"),
    "clicks": QT_TRANSLATE_NOOP("StrategyLabels", "Clicks"),
    "ctr": QT_TRANSLATE_NOOP("StrategyLabels", "Click-through rate (%)"),
    "website_sessions": QT_TRANSLATE_NOOP("StrategyLabels", "Website sessions"),
    "video_views": QT_TRANSLATE_NOOP("StrategyLabels", "Video views"),
    "avg_watch_time": QT_TRANSLATE_NOOP("StrategyLabels", "Average watch time (s)"),
    "completion_rate": QT_TRANSLATE_NOOP("StrategyLabels", "Completion rate (%)"),
    "leads": QT_TRANSLATE_NOOP("StrategyLabels", "Leads"),
    "sales": QT_TRANSLATE_NOOP("StrategyLabels", "Sales"),
    "applications": QT_TRANSLATE_NOOP("StrategyLabels", "Applications received"),
    "mentions": QT_TRANSLATE_NOOP("StrategyLabels", "Mentions"),
    "response_time_hours": QT_TRANSLATE_NOOP("StrategyLabels", "Response time (hours)"),
    "average_rating": QT_TRANSLATE_NOOP("StrategyLabels", "Average rating (out of 5)"),
    "store_visits": QT_TRANSLATE_NOOP("StrategyLabels", "Store visits (counted in the shop)"),
    "direction_requests": QT_TRANSLATE_NOOP("StrategyLabels", "Direction requests"),
    "calls": QT_TRANSLATE_NOOP("StrategyLabels", "Calls from the profile"),
    "click_to_call": QT_TRANSLATE_NOOP("StrategyLabels", "“Call” button clicks"),
    "new_reviews": QT_TRANSLATE_NOOP("StrategyLabels", "New reviews"),
    "profile_views": QT_TRANSLATE_NOOP("StrategyLabels", "Business Profile views"),
}

# Where a KPI's figures are read (kpi_catalogue source hints), for the KPI table.
KPI_SOURCES = {
    "native": QT_TRANSLATE_NOOP("StrategyLabels", "The network's statistics export"),
    "web_analytics": QT_TRANSLATE_NOOP("StrategyLabels", "Website analytics"),
    "manual": QT_TRANSLATE_NOOP("StrategyLabels", "Counted by the client, typed in monthly"),
    "business_profile": QT_TRANSLATE_NOOP(
        "StrategyLabels", "Google Business Profile, Performance page"
    ),
}

DENOMINATORS = {
    "reach": QT_TRANSLATE_NOOP("StrategyLabels", "on reach"),
    "impressions": QT_TRANSLATE_NOOP("StrategyLabels", "on impressions"),
    "followers": QT_TRANSLATE_NOOP("StrategyLabels", "on followers"),
    "views": QT_TRANSLATE_NOOP("StrategyLabels", "on views"),
}

BUDGET_KINDS = {
    "ads": QT_TRANSLATE_NOOP("StrategyLabels", "Ads"),
    "contests": QT_TRANSLATE_NOOP("StrategyLabels", "Contests and games"),
    "premium_accounts": QT_TRANSLATE_NOOP("StrategyLabels", "Premium accounts"),
    "tools": QT_TRANSLATE_NOOP("StrategyLabels", "Tools"),
    "content": QT_TRANSLATE_NOOP("StrategyLabels", "Content production"),
    "freelance": QT_TRANSLATE_NOOP("StrategyLabels", "Freelance days"),
    "other": QT_TRANSLATE_NOOP("StrategyLabels", "Other"),
}

PERIODS = {
    "year": QT_TRANSLATE_NOOP("StrategyLabels", "per year"),
    "month": QT_TRANSLATE_NOOP("StrategyLabels", "per month"),
    "one_off": QT_TRANSLATE_NOOP("StrategyLabels", "one-off"),
}

PILLAR_KINDS = {
    "expertise": QT_TRANSLATE_NOOP("StrategyLabels", "Expertise and statistics"),
    "curation": QT_TRANSLATE_NOOP("StrategyLabels", "Curation"),
    "illustrated": QT_TRANSLATE_NOOP("StrategyLabels", "Images, video, tutorials"),
    "storytelling": QT_TRANSLATE_NOOP("StrategyLabels", "Storytelling, behind the scenes"),
    "website_links": QT_TRANSLATE_NOOP("StrategyLabels", "Links to the website"),
    "promotions": QT_TRANSLATE_NOOP("StrategyLabels", "Promotions"),
    "contests": QT_TRANSLATE_NOOP("StrategyLabels", "Games and contests"),
    "recruitment": QT_TRANSLATE_NOOP("StrategyLabels", "Recruitment"),
    "other": QT_TRANSLATE_NOOP("StrategyLabels", "Other"),
}

MODERATION_MODES = {
    "a_priori": QT_TRANSLATE_NOOP(
        "StrategyLabels", "A priori: comments appear only once approved (safe, slow)"
    ),
    "a_posteriori": QT_TRANSLATE_NOOP(
        "StrategyLabels", "A posteriori: comments appear at once, removed if needed (lively)"
    ),
}


def tr(text: object) -> str:
    """The text in the interface language (``text``: a QT_TRANSLATE_NOOP source)."""
    return QCoreApplication.translate("StrategyLabels", str(text))


def choices(mapping: Mapping[str, object]) -> list[tuple[str, str]]:
    """(id, translated label) pairs for a combo box."""
    return [(key, tr(text)) for key, text in mapping.items()]


def network_choices() -> list[tuple[str, str]]:
    return [(n.id, n.name) for n in all_networks()]


UNTITLED = {"(untitled)": QT_TRANSLATE_NOOP("StrategyLabels", "(untitled)")}

_VALUE_LABELS = {
    "kpi": KPIS,
    "kind": OBJECTIVE_KINDS,
    "line": BUDGET_KINDS,  # a budget line without a label is named by its kind
    "objective": UNTITLED,
}


def translated_value(key: str, value: object) -> object:
    """A finding's value as the user should read it (KPI and network names, not ids;
    dates in the locale's format)."""
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day).toString(date_pattern())
    if key in ("network",) and isinstance(value, str):
        return dict(network_choices()).get(value, value)
    if key == "usual" and isinstance(value, str):
        return ", ".join(tr(KPIS.get(part.strip(), part.strip())) for part in value.split(","))
    mapping = _VALUE_LABELS.get(key)
    if mapping is not None and isinstance(value, str) and value in mapping:
        return tr(mapping[value])
    return value
