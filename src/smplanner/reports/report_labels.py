"""Words for the ids the plan stores (objective kinds, KPIs, periods…), in the report.

The strategy stores ids ("awareness", "a_posteriori"); the report prints words in
its own language. An id missing here was typed by the user and is printed as is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from smplanner.reports.report_language import ReportLanguage

LABELS: dict[str, str] = {
    # objective kinds
    "awareness": str(QT_TRANSLATE_NOOP("ReportLabels", "Awareness")),
    "traffic": str(QT_TRANSLATE_NOOP("ReportLabels", "Traffic to the website")),
    "leads_sales": str(QT_TRANSLATE_NOOP("ReportLabels", "Leads and sales")),
    "engagement": str(QT_TRANSLATE_NOOP("ReportLabels", "Engagement and community")),
    "loyalty": str(QT_TRANSLATE_NOOP("ReportLabels", "Loyalty")),
    "customer_care": str(QT_TRANSLATE_NOOP("ReportLabels", "Customer care")),
    "recruitment": str(QT_TRANSLATE_NOOP("ReportLabels", "Recruitment")),
    "monitoring": str(QT_TRANSLATE_NOOP("ReportLabels", "Monitoring")),
    "e_reputation": str(QT_TRANSLATE_NOOP("ReportLabels", "E-reputation")),
    "footfall": str(QT_TRANSLATE_NOOP("ReportLabels", "Footfall")),
    "local_reach": str(QT_TRANSLATE_NOOP("ReportLabels", "Local reach")),
    "other": str(QT_TRANSLATE_NOOP("ReportLabels", "Other")),
    # KPIs
    "followers": str(QT_TRANSLATE_NOOP("ReportLabels", "Followers")),
    "reach": str(QT_TRANSLATE_NOOP("ReportLabels", "Reach")),
    "impressions": str(QT_TRANSLATE_NOOP("ReportLabels", "Impressions")),
    "engagement_rate": str(QT_TRANSLATE_NOOP("ReportLabels", "Engagement rate")),
    "clicks": str(QT_TRANSLATE_NOOP("ReportLabels", "Clicks")),
    "ctr": str(QT_TRANSLATE_NOOP("ReportLabels", "Click-through rate")),
    "website_sessions": str(QT_TRANSLATE_NOOP("ReportLabels", "Website sessions")),
    "video_views": str(QT_TRANSLATE_NOOP("ReportLabels", "Video views")),
    "avg_watch_time": str(QT_TRANSLATE_NOOP("ReportLabels", "Average watch time")),
    "completion_rate": str(QT_TRANSLATE_NOOP("ReportLabels", "Completion rate")),
    "leads": str(QT_TRANSLATE_NOOP("ReportLabels", "Leads")),
    "sales": str(QT_TRANSLATE_NOOP("ReportLabels", "Sales")),
    "applications": str(QT_TRANSLATE_NOOP("ReportLabels", "Applications received")),
    "mentions": str(QT_TRANSLATE_NOOP("ReportLabels", "Mentions")),
    "response_time_hours": str(QT_TRANSLATE_NOOP("ReportLabels", "Response time (hours)")),
    "average_rating": str(QT_TRANSLATE_NOOP("ReportLabels", "Average rating")),
    "likes": str(QT_TRANSLATE_NOOP("ReportLabels", "Likes")),
    "comments": str(QT_TRANSLATE_NOOP("ReportLabels", "Comments")),
    "shares": str(QT_TRANSLATE_NOOP("ReportLabels", "Shares")),
    "views": str(QT_TRANSLATE_NOOP("ReportLabels", "Views")),
    "engagements": str(QT_TRANSLATE_NOOP("ReportLabels", "Engagements")),
    "new_followers": str(QT_TRANSLATE_NOOP("ReportLabels", "New followers")),
    "profile_views": str(QT_TRANSLATE_NOOP("ReportLabels", "Profile views")),
    "store_visits": str(QT_TRANSLATE_NOOP("ReportLabels", "Store visits")),
    "direction_requests": str(QT_TRANSLATE_NOOP("ReportLabels", "Direction requests")),
    "calls": str(QT_TRANSLATE_NOOP("ReportLabels", "Calls from the profile")),
    "click_to_call": str(QT_TRANSLATE_NOOP("ReportLabels", "“Call” button clicks")),
    "new_reviews": str(QT_TRANSLATE_NOOP("ReportLabels", "New reviews")),
    # budget lines and periods
    "ads": str(QT_TRANSLATE_NOOP("ReportLabels", "Advertising")),
    "contests": str(QT_TRANSLATE_NOOP("ReportLabels", "Contests and games")),
    "premium_accounts": str(QT_TRANSLATE_NOOP("ReportLabels", "Premium accounts")),
    "tools": str(QT_TRANSLATE_NOOP("ReportLabels", "Tools")),
    "content": str(QT_TRANSLATE_NOOP("ReportLabels", "Content production")),
    "freelance": str(QT_TRANSLATE_NOOP("ReportLabels", "Freelance days")),
    "one_off": str(QT_TRANSLATE_NOOP("ReportLabels", "one-off")),
    "month": str(QT_TRANSLATE_NOOP("ReportLabels", "per month")),
    "year": str(QT_TRANSLATE_NOOP("ReportLabels", "per year")),
    # pillar kinds
    "expertise": str(QT_TRANSLATE_NOOP("ReportLabels", "Expertise and figures")),
    "curation": str(QT_TRANSLATE_NOOP("ReportLabels", "Curation")),
    "illustrated": str(QT_TRANSLATE_NOOP("ReportLabels", "Illustrated content")),
    "storytelling": str(QT_TRANSLATE_NOOP("ReportLabels", "Storytelling and behind the scenes")),
    "website_links": str(QT_TRANSLATE_NOOP("ReportLabels", "Links to the website")),
    "promotions": str(QT_TRANSLATE_NOOP("ReportLabels", "Promotions")),
    # moderation
    "a_priori": str(
        QT_TRANSLATE_NOOP("ReportLabels", "A priori: comments are read before they appear")
    ),
    "a_posteriori": str(
        QT_TRANSLATE_NOOP(
            "ReportLabels", "A posteriori: comments appear at once and are read afterwards"
        )
    ),
    # persona genders
    "female": str(QT_TRANSLATE_NOOP("ReportLabels", "women")),
    "male": str(QT_TRANSLATE_NOOP("ReportLabels", "men")),
    "any": str(QT_TRANSLATE_NOOP("ReportLabels", "all genders")),
    "mixed": str(QT_TRANSLATE_NOOP("ReportLabels", "all genders")),
    # post statuses
    "idea": str(QT_TRANSLATE_NOOP("ReportLabels", "idea")),
    "draft": str(QT_TRANSLATE_NOOP("ReportLabels", "draft")),
    "ready": str(QT_TRANSLATE_NOOP("ReportLabels", "ready")),
    "to_approve": str(QT_TRANSLATE_NOOP("ReportLabels", "to approve")),
    "changes_requested": str(QT_TRANSLATE_NOOP("ReportLabels", "changes requested")),
    "approved": str(QT_TRANSLATE_NOOP("ReportLabels", "approved")),
    "scheduled": str(QT_TRANSLATE_NOOP("ReportLabels", "scheduled")),
    "published": str(QT_TRANSLATE_NOOP("ReportLabels", "published")),
    # review rhythms
    "weekly": str(QT_TRANSLATE_NOOP("ReportLabels", "every week")),
    "monthly": str(QT_TRANSLATE_NOOP("ReportLabels", "every month")),
    "quarterly": str(QT_TRANSLATE_NOOP("ReportLabels", "every quarter")),
}


def label(lang: ReportLanguage, value: str | None) -> str:
    """The word for a stored id in the report's language; free text unchanged."""
    if not value:
        return ""
    source = LABELS.get(value)
    return value if source is None else lang.translate("ReportLabels", source)
