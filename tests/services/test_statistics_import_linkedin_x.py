"""LinkedIn Page workbooks and X content exports, stored through the import service.

LinkedIn: today's .xlsx holds every cell as text; in ``All posts`` a boosted post has
an Organic row, a Sponsored row per campaign and a Total row, kept apart. French
LinkedIn and X names are not confirmed by real files (EXPORT_HEADERS_FR.md): such a
file is refused by name. X: the older content variant of early 2025.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from smplanner.services.statistics_import import import_files, preview

NOTE = "Aggregated content metrics for Boulangerie Martin, 02/01/2026 - 02/28/2026"
ALL_POSTS = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views",
    "Offsite Views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts",
    "Follows", "Engagement rate", "Content Type",
]  # fmt: skip
METRICS = [
    "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
    "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
    "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)",
    "Engagement rate (organic)", "Engagement rate (sponsored)", "Engagement rate (total)",
]  # fmt: skip
POSTED = datetime(2026, 2, 10, 10, 30, tzinfo=UTC)  # the activity id's first 41 bits: ms


def activity(moment: datetime, low: int) -> str:
    return str((int(moment.timestamp() * 1000) << 22) | low)


BOOSTED_ID, PLAIN_ID, DARK_ID = (activity(POSTED, low) for low in (1, 2, 3))
BOOSTED, PLAIN, DARK = (
    f"https://www.linkedin.com/feed/update/urn:li:activity:{post}"
    for post in (BOOSTED_ID, PLAIN_ID, DARK_ID)
)


def workbook(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)  # every cell a text, as LinkedIn writes them
    book.save(path)
    return path


def post_row(title: str, link: str, kind: str, campaign: str, figures: list[str]) -> list[str]:
    impressions, clicks, likes, comments, reposts, follows = figures
    return [title, link, kind, campaign, "Marie Martin", "02/10/2026", "", "", "All followers",
            impressions, "NA", "NA", clicks, "0.04", likes, comments, reposts, follows, "0.07",
            "Image"]  # fmt: skip


def stored_posts(plan):  # type: ignore[no-untyped-def]
    return {
        external_id: (network, datetime.fromisoformat(at).astimezone(UTC), kind, json.loads(m))
        for network, external_id, at, kind, m in plan.conn.execute(
            "SELECT network, external_id, published_at, post_type, metrics FROM stat_posts"
        )
    }


def test_a_boosted_post_keeps_organic_sponsored_and_total_apart(plan, tmp_path):
    posts = [
        [NOTE],
        ALL_POSTS,
        post_row("Nos viennoiseries", BOOSTED, "Organic", "", ["1200", "48", "30", "6", "3", "2"]),
        post_row("Nos viennoiseries", BOOSTED, "Sponsored", "Février A",
                 ["5000", "150", "80", "4", "2", "9"]),
        post_row("Nos viennoiseries", BOOSTED, "Sponsored", "Février B",
                 ["3000", "90", "40", "1", "0", "3"]),
        post_row("Nos viennoiseries", BOOSTED, "Total", "",
                 ["9200", "288", "150", "11", "5", "14"]),
        post_row("Le fournil", PLAIN, "Organic", "", ["800", "20", "18", "2", "1", "0"]),
        post_row("Offre d'emploi", DARK, "Sponsored", "Recrutement",
                 ["4000", "60", "12", "0", "0", "1"]),
    ]  # fmt: skip
    metrics = [
        [NOTE],
        METRICS,
        ["02/10/2026", "750", "100", "850", "410", "31", "4", "35", "22", "1", "23",
         "0.078", "0.05", "0.074"],
    ]  # fmt: skip
    path = workbook(tmp_path / "content.xlsx", {"Metrics": metrics, "All posts": posts})
    previews = preview([path])
    assert previews[0].problems == []
    import_files(plan, previews)
    stored = stored_posts(plan)
    assert sorted(stored) == sorted([BOOSTED_ID, PLAIN_ID, DARK_ID])  # one post per link
    network, published, kind, figures = stored[BOOSTED_ID]
    assert (network, kind) == ("linkedin", "Image")  # the content type, not "Organic"
    assert published == POSTED  # the hour from the id, the day agreeing with Created date
    assert figures == {
        "impressions": 1200, "clicks": 48, "likes": 30, "comments": 6, "shares": 3,
        "new_followers": 2,
        "impressions_sponsored": 8000, "clicks_sponsored": 240, "likes_sponsored": 120,
        "comments_sponsored": 5, "shares_sponsored": 2, "new_followers_sponsored": 12,
        "sponsored_campaigns": 2,
        "impressions_total": 9200, "clicks_total": 288, "likes_total": 150,
        "comments_total": 11, "shares_total": 5, "new_followers_total": 14,
    }  # fmt: skip
    assert stored[PLAIN_ID][3]["impressions"] == 800
    # A post shown only to a paid audience: nothing organic, nothing dropped.
    dark = stored[DARK_ID][3]
    assert "impressions" not in dark and dark["impressions_sponsored"] == 4000
    days = dict(
        plan.conn.execute(
            "SELECT metric, value FROM stat_daily WHERE network = 'linkedin' AND day = '2026-02-10'"
        ).fetchall()
    )
    assert days["impressions_organic"] == 750 and days["impressions_sponsored"] == 100
    assert days["impressions"] == 850 and days["unique_impressions_organic"] == 410


def test_a_french_linkedin_workbook_is_refused_by_name_and_nothing_is_stored(plan, tmp_path):
    french = [
        "Titre de la publication", "Lien de la publication", "Type de publication",
        "Nom de la campagne", "Date de création", "Impressions", "Clics", "Réactions",
        "Commentaires", "Republications",
    ]  # fmt: skip
    path = workbook(
        tmp_path / "contenu.xlsx",
        {"Toutes les publications": [[NOTE], french,
                                     ["Le fournil", PLAIN, "Organique", "", "10/02/2026", "800",
                                      "20", "18", "2", "1"]]},
    )  # fmt: skip
    (item,) = preview([path])
    assert not item.importable
    assert "this looks like an export of LinkedIn in French" in item.problems[0]
    assert (
        "English only for now" in item.problems[0] and "Lien de la publication" in item.problems[0]
    )
    import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (0,)


def x_id(moment: datetime) -> str:
    return str((int(moment.timestamp() * 1000) - 1288834974657) << 22)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_x_content_older_variant_link_share_and_url_clicks(plan, tmp_path):
    posted = datetime(2025, 2, 17, 7, 5, 12, tzinfo=UTC)
    post_id = x_id(posted)
    link = f"https://x.com/boulangermartin/status/{post_id}"
    rows = [
        ["Post id", "Date", "Post text", "Link", "Impressions", "Likes", "Engagements",
         "Bookmarks", "Share", "New follows", "Replies", "Reposts", "Profile visits",
         "Detail expands", "Url clicks", "Hashtag clicks", "Permalink clicks"],
        [post_id, "Mon Feb 17 2025", "Galette des rois", link, "1,540", "22", "61", "3", "4",
         "2", "5", "6", "7", "12", "9", "0", "1"],
    ]  # fmt: skip
    path = write_csv(tmp_path / "account_analytics_content_2025-02-01_2025-02-28.csv", rows)
    previews = preview([path])
    assert previews[0].reading.kinds == ["x_content"] and previews[0].problems == []  # type: ignore[union-attr]
    import_files(plan, previews)
    stored = plan.conn.execute(
        "SELECT network, link, published_at, metrics FROM stat_posts"
    ).fetchone()
    assert stored[0] == "x" and stored[1] == link
    assert datetime.fromisoformat(stored[2]).astimezone(UTC) == posted
    figures = json.loads(stored[3])
    assert figures["shares"] == 4 and figures["link_clicks"] == 9 and figures["impressions"] == 1540


def test_a_french_x_content_export_is_refused_by_name(tmp_path):
    rows = [
        ["ID du post", "Date", "Texte du post", "Lien", "Impressions", "J'aime", "Engagements",
         "Réponses", "Reposts"],
        ["1891234567890123456", "lun. 17 févr. 2025", "Galette",
         "https://x.com/boulangermartin/status/1891234567890123456", "1540", "22", "61", "5", "6"],
    ]  # fmt: skip
    (item,) = preview([write_csv(tmp_path / "account_analytics_content.csv", rows)])
    assert not item.importable
    assert "this looks like an export of X in French" in item.problems[0]
