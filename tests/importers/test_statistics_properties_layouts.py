"""Property-based round trips: any valid Meta or LinkedIn export reads back as written.

Meta Business Suite posts (UTF-8 with or without BOM, UTF-16 with ``sep=``, a French
Excel re-save in Windows-1252), the UTF-16 daily series, the legacy Insights export,
and LinkedIn's workbooks re-saved as .xlsx (header on row 2). See
statistics_layout_files.py for how the files are written. (.xls cannot be written
here — no writer is installed — so LinkedIn's .xls files are covered by the
mutations of the real samples in test_statistics_properties_malformed.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, StatPost
from tests.statistics_layout_files import (
    BLANKS,
    CAPTIONS,
    COUNTS,
    DAYS,
    LATIN_CAPTIONS,
    MOMENTS,
    NAMES,
    PROPERTIES,
    Expected,
    Written,
    check_round_trip,
    csv_bytes,
    figure_cells,
    stripped,
    title,
    xlsx_bytes,
)

# ------------------------------------------------------------------ Meta


@st.composite
def meta_posts(draw: st.DrawFn, network: str) -> Written:
    """Meta Business Suite posts: UTF-8 (BOM or not), UTF-16 with sep=, or a French re-save."""
    from smplanner.importers.header_names import header_names
    from smplanner.importers.meta_posts import FACEBOOK_METRICS, INSTAGRAM_METRICS

    variant = draw(st.sampled_from(["utf-8-sig", "utf-8", "utf-16", "french"]))
    french = variant == "french"
    metrics_map = FACEBOOK_METRICS if network == "facebook" else INSTAGRAM_METRICS
    names = header_names(network, "posts")
    english = {
        title(name): metric
        for field, metric in metrics_map.items()
        for name in names.names_of(field, "en")[:1]
    }
    metric_headers, figures = draw(figure_cells(english, french=french))
    if network == "facebook":
        fixed = [
            "Post ID",
            "Page ID",
            "Page name",
            "Title",
            "Description",
            "Publish time",
            "Permalink",
            "Post type",
        ]
    else:
        fixed = [
            "Post ID",
            "Account ID",
            "Account username",
            "Account name",
            "Description",
            "Publish time",
            "Permalink",
            "Post type",
        ]
    # The id stays first (a first cell reading "Total" is a totals row); the rest in any order.
    header = [fixed[0], *draw(st.permutations(fixed[1:] + metric_headers))]
    captions = LATIN_CAPTIONS if french else CAPTIONS
    account = draw(NAMES)
    expected = Expected()
    kind = f"meta_{network}_posts"
    expected.posts[kind] = []
    ids = draw(st.lists(st.integers(1, 10**12), max_size=8, unique=True))
    rows = [header]
    for number in ids:
        moment = draw(MOMENTS)
        caption = draw(captions)
        in_title = network == "facebook" and draw(st.booleans())
        post_type = draw(st.sampled_from(["Photos", "Reels", "IG carousel", ""]))
        link = f"https://www.{network}.com/p/{number}/"
        cells, metrics = draw(figures)
        when = moment.strftime("%d/%m/%Y %H:%M") if french else moment.strftime("%m/%d/%Y %H:%M")
        values = {
            "Post ID": f"4455_{number}" if network == "facebook" else str(number),
            "Page ID": "4455",
            "Page name": account,
            "Account ID": "17841400000000000",
            "Account username": account,
            "Account name": "Boulangerie",
            "Title": caption if in_title else "",
            "Description": "" if in_title else caption,
            "Publish time": when,
            "Permalink": link,
            "Post type": post_type,
            **dict(zip(metric_headers, cells, strict=True)),
        }
        rows.append([values[name] for name in header])
        expected.posts[kind].append(
            StatPost(
                network,
                account,
                values["Post ID"],
                link,
                moment.replace(tzinfo=ZoneInfo("America/Los_Angeles")),  # Meta writes PT
                stripped(caption),
                post_type or None,
                metrics,
            )
        )
    if variant == "utf-16":
        data = ("sep=,\r\n" + csv_bytes(rows).decode()).encode("utf-16")
    elif french:
        data = csv_bytes(rows, delimiter=";", encoding="cp1252")
    else:
        data = csv_bytes(rows, encoding=variant)
    return Written(f"{network}_posts.csv", data, expected)


@st.composite
def meta_daily_series(draw: st.DrawFn) -> Written:
    """The UTF-16 daily series: sep= line, the metric's name, then Date/Primary."""
    label, network, metric = draw(
        st.sampled_from(
            [
                ("Facebook follows", "facebook", m.NEW_FOLLOWERS),
                ("Instagram reach", "instagram", m.REACH),
                ("Facebook reach", "facebook", m.REACH),  # "Reach" alone is asked
                ("Facebook views", "facebook", m.VIEWS),
                ("Instagram link clicks", "instagram", m.LINK_CLICKS),
            ]
        )
    )
    days = draw(st.lists(DAYS, max_size=10, unique=True))
    expected = Expected()
    expected.daily["meta_daily_series"] = []
    lines = ["sep=,", f'"{label}"', '"Date","Primary"']
    for day in days:
        value = draw(st.one_of(COUNTS, BLANKS))
        lines.append(f'"{day.isoformat()}T00:00:00","{value}"')
        if isinstance(value, int):
            expected.daily["meta_daily_series"].append(
                DailyValue(network, "", day, metric, float(value))
            )
    return Written("series.csv", "\r\n".join(lines).encode("utf-16"), expected)


@st.composite
def facebook_legacy(draw: st.DrawFn) -> Written:
    """Facebook Insights' old post export, with its second row of descriptions."""
    headers = {
        "Lifetime Post Total Reach": m.REACH,
        "Lifetime Post Total Impressions": m.IMPRESSIONS,
        "Lifetime Engaged Users": "engaged_users",
        # Likes and shares are the stories (actions); Talking About This counts people.
        "Lifetime Post Stories by action type - like": m.LIKES,
        "Lifetime Post Stories by action type - share": m.SHARES,
        "Lifetime Talking About This (Post) by action type - like": "people_liked",
    }
    metric_headers, figures = draw(figure_cells(headers))
    fixed = ["Post ID", "Permalink", "Post Message", "Type", "Posted"]
    header = fixed + metric_headers
    rows = [header, ["The unique ID", "The permalink", "", "", "When"] + [""] * len(metric_headers)]
    expected = Expected()
    expected.posts["facebook_legacy_posts"] = []
    for number in draw(st.lists(st.integers(1, 10**9), max_size=8, unique=True)):
        moment = draw(MOMENTS)
        caption = draw(CAPTIONS)
        cells, metrics = draw(figures)
        post_id = f"111_{number}"
        link = f"https://www.facebook.com/111/posts/{number}"
        hour = moment.hour % 12 or 12
        posted = f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d}:00 " + (
            "PM" if moment.hour >= 12 else "AM"
        )
        rows.append([post_id, link, caption, "Photo", posted, *cells])
        expected.posts["facebook_legacy_posts"].append(
            StatPost(
                "facebook",
                "",
                post_id,
                link,
                moment.replace(tzinfo=ZoneInfo("America/Los_Angeles")),  # Posted is PT
                stripped(caption),
                "Photo",
                metrics,
            )
        )
    return Written("insights.csv", csv_bytes(rows), expected)


# ------------------------------------------------------------------ LinkedIn


@st.composite
def linkedin_content(draw: st.DrawFn) -> Written:
    """The content workbook re-saved as .xlsx: sheets Metrics and All posts, header on row 2."""
    from smplanner.importers.linkedin_page import POST_METRICS

    note = ["Aggregated content metrics for Boulangerie Martin"]
    bases = {
        "Impressions": m.IMPRESSIONS,
        "Clicks": m.CLICKS,
        "Reactions": m.REACTIONS,
        "Comments": m.COMMENTS,
        "Reposts": m.SHARES,
    }
    daily_headers: dict[str, str] = {}
    for base, metric in bases.items():
        for part in ("organic", "sponsored", "total"):
            daily_headers[f"{base} ({part})"] = metric if part == "total" else f"{metric}_{part}"
    chosen, figures = draw(
        figure_cells(daily_headers, required=("Impressions (total)", "Clicks (total)"))
    )
    expected = Expected()
    metrics_rows: list[list[object]] = [note, ["Date", *chosen, "Engagement rate (total)"]]
    for day in draw(st.lists(DAYS, max_size=8, unique=True)):
        cells, metrics = draw(figures)
        as_date = draw(st.booleans())
        cell: object = (
            datetime(day.year, day.month, day.day) if as_date else day.strftime("%m/%d/%Y")
        )
        metrics_rows.append([cell, *[to_number(c) for c in cells], "NA"])
        expected.daily["linkedin_content_metrics"].extend(
            DailyValue("linkedin", "", day, metric, value) for metric, value in metrics.items()
        )
    post_headers, post_figures = draw(figure_cells({title(h): v for h, v in POST_METRICS.items()}))
    fixed = ["Post title", "Post link", "Post type", "Posted by", "Created date"]
    post_rows: list[list[object]] = [note, fixed + post_headers + ["Engagement rate"]]
    for moment in draw(st.lists(MOMENTS, max_size=8, unique=True)):
        instant = moment.replace(tzinfo=UTC)
        activity = (int(instant.timestamp() * 1000) << 22) | draw(st.integers(0, 2**22 - 1))
        caption = draw(CAPTIONS)
        link = f"https://www.linkedin.com/feed/update/urn:li:activity:{activity}"
        cells, metrics = draw(post_figures)
        post_rows.append(
            [
                caption,
                link,
                "Organic",
                "Marie",
                instant.strftime("%m/%d/%Y"),
                *[to_number(c) for c in cells],
                0.05,
            ]
        )
        expected.posts["linkedin_content_posts"].append(
            StatPost(
                "linkedin", "", str(activity), link, instant, stripped(caption), "Organic", metrics
            )
        )
    # Both sheets always hold a recognisable header, so both kinds are read.
    expected.daily.setdefault("linkedin_content_metrics", [])
    expected.posts.setdefault("linkedin_content_posts", [])
    data = xlsx_bytes({"Metrics": metrics_rows, "All posts": post_rows})
    return Written("linkedin_content.xlsx", data, expected)


def to_number(cell: str) -> object:
    """A cell as a re-saved workbook holds it: a number where it is one, else the text."""
    compact = cell.replace(",", "").replace("\u202f", "")
    return int(compact) if compact.isdigit() else cell


@st.composite
def linkedin_daily(draw: st.DrawFn, kind: str) -> Written:
    """The followers or visitors workbook (.xlsx), one row a day."""
    if kind == "linkedin_followers":
        headers = {
            "Sponsored followers": "new_followers_sponsored",
            "Organic followers": "new_followers_organic",
            "Auto-invited followers": "new_followers_invited",
            "Total followers": m.NEW_FOLLOWERS,
        }
        required: tuple[str, ...] = ("Organic followers", "Total followers")
        sheet = "New followers"
    else:
        headers = {
            "Overview page views (desktop)": "overview_page_views_desktop",
            "Total page views (total)": "page_views",
            "Total unique visitors (total)": "unique_visitors",
        }
        required = ("Total page views (total)",)
        sheet = "Visitor metrics"
    chosen, figures = draw(figure_cells(headers, required=required))
    rows: list[list[object]] = [["Date", *chosen]]
    expected = Expected()
    expected.daily[kind] = []
    for day in draw(st.lists(DAYS, max_size=8, unique=True)):
        cells, metrics = draw(figures)
        rows.append([day.strftime("%m/%d/%Y"), *[to_number(c) for c in cells]])
        expected.daily[kind].extend(
            DailyValue("linkedin", "", day, metric, value) for metric, value in metrics.items()
        )
    return Written(f"{kind}.xlsx", xlsx_bytes({sheet: rows}), expected)


LAYOUTS: dict[str, Callable[[], st.SearchStrategy[Written]]] = {
    "meta_facebook_posts": lambda: meta_posts("facebook"),
    "meta_instagram_posts": lambda: meta_posts("instagram"),
    "meta_daily_series": meta_daily_series,
    "facebook_legacy_posts": facebook_legacy,
    "linkedin_content": linkedin_content,
    "linkedin_followers": lambda: linkedin_daily("linkedin_followers"),
    "linkedin_visitors": lambda: linkedin_daily("linkedin_visitors"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@PROPERTIES
@given(data=st.data())
def test_any_valid_meta_or_linkedin_export_reads_back_as_written(layout, data):
    check_round_trip(data.draw(LAYOUTS[layout](), label="file"))
