"""The KPIs an objective can be measured with, and what is plausible for each.

Growth bounds are the method's rule of thumb for a small business without a large
ads budget: organic audiences grow by a few percent a month, reach and views swing
more. They are deliberately generous: the check flags only targets the data does not
support (followers ×10 in a month), never ambitious-but-possible ones.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kpi:
    id: str
    unit: str  # "count", "percent", "seconds", "hours", "rating"
    monthly_growth: float  # plausible relative change per month
    monthly_slack: float  # plausible absolute change per month, whatever the baseline
    higher_is_better: bool = True
    realistic_max: float | None = None  # beyond this the value is not realistic
    needs_denominator: bool = False
    source_hint: str = ""  # which export usually carries it


KPIS: tuple[Kpi, ...] = (
    Kpi("followers", "count", 0.25, 100, source_hint="native"),
    Kpi("reach", "count", 0.6, 1000, source_hint="native"),
    Kpi("impressions", "count", 0.6, 2000, source_hint="native"),
    Kpi("engagement_rate", "percent", 0.2, 0.5, realistic_max=15, needs_denominator=True),
    Kpi("clicks", "count", 0.5, 50),
    Kpi("ctr", "percent", 0.2, 0.3, realistic_max=10),
    Kpi("website_sessions", "count", 0.5, 100, source_hint="web_analytics"),
    Kpi("video_views", "count", 0.8, 1000),
    Kpi("avg_watch_time", "seconds", 0.15, 2),
    Kpi("completion_rate", "percent", 0.15, 2, realistic_max=90),
    Kpi("leads", "count", 0.5, 5, source_hint="manual"),
    Kpi("sales", "count", 0.5, 5, source_hint="manual"),
    Kpi("applications", "count", 0.5, 5, source_hint="manual"),
    Kpi("mentions", "count", 0.6, 20),
    Kpi("response_time_hours", "hours", 0.3, 2, higher_is_better=False, source_hint="manual"),
    Kpi("average_rating", "rating", 0.03, 0.1, realistic_max=5, source_hint="business_profile"),
    # Local businesses: counted in the shop, or read in the Google Business Profile's
    # performance page (direction requests, calls, website clicks, profile views).
    Kpi("store_visits", "count", 0.15, 30, source_hint="manual"),
    Kpi("direction_requests", "count", 0.3, 20, source_hint="business_profile"),
    Kpi("calls", "count", 0.3, 10, source_hint="business_profile"),
    Kpi("click_to_call", "count", 0.4, 10, source_hint="native"),
    Kpi("new_reviews", "count", 0.5, 5, source_hint="business_profile"),
    Kpi("profile_views", "count", 0.4, 200, source_hint="business_profile"),
)

KPI_IDS = tuple(k.id for k in KPIS)

# Which KPIs measure which kind of objective (the first is the usual one).
KPIS_FOR_KIND: dict[str, tuple[str, ...]] = {
    "awareness": ("reach", "impressions", "followers", "video_views", "mentions"),
    "traffic": ("clicks", "website_sessions", "ctr"),
    "leads_sales": ("leads", "sales", "clicks", "ctr"),
    "engagement": (
        "engagement_rate",
        "followers",
        "mentions",
        "completion_rate",
        "avg_watch_time",
    ),
    "loyalty": ("engagement_rate", "mentions", "average_rating", "sales"),
    "customer_care": ("response_time_hours", "average_rating", "mentions"),
    "recruitment": ("applications", "reach", "clicks"),
    "monitoring": ("mentions",),
    "e_reputation": ("average_rating", "new_reviews", "mentions", "response_time_hours"),
    "footfall": (
        "store_visits",
        "direction_requests",
        "calls",
        "click_to_call",
        "new_reviews",
    ),
    "local_reach": (
        "profile_views",
        "direction_requests",
        "reach",
        "new_reviews",
        "average_rating",
    ),
}

# Where each source hint's figures are read, for the KPI table's "Source" column.
SOURCE_HINTS = ("native", "web_analytics", "manual", "business_profile")
OBJECTIVE_KINDS = (*KPIS_FOR_KIND, "other")

# Denominators an engagement rate can be computed on (never compare across them).
DENOMINATORS = ("reach", "impressions", "followers", "views")


def kpi(kpi_id: str) -> Kpi | None:
    """The KPI with this id, or None for a free-text metric the user typed."""
    for item in KPIS:
        if item.id == kpi_id:
            return item
    return None
