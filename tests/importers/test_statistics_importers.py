"""Each export, recognised from its content and read into normalized records.

The sample files in fixtures/exports follow EXPORT_FORMATS.md; variants (UTF-16,
header on row 2, French re-save, older headers, .xlsx of the TikTok data) are made
from them here.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.importers.export_files import read_export_bytes, read_export_file
from smplanner.importers.import_errors import ImportFileError

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"
PACIFIC = ZoneInfo("America/Los_Angeles")


def read(name: str):  # type: ignore[no-untyped-def]
    return read_export_file(EXPORTS / name)


def only(reading, kind):  # type: ignore[no-untyped-def]
    found = [part for part in reading.readings if part.kind == kind]
    assert len(found) == 1, reading.kinds
    return found[0]


def test_meta_facebook_posts_with_bom_and_a_column_name_holding_commas():
    reading = read("meta_facebook_posts.csv")
    part = only(reading, "meta_facebook_posts")
    assert part.problems == [] and len(part.posts) == 3
    first, reel, link = part.posts
    assert first.external_id == "1234567890_1111" and first.account == "Boulangerie Martin"
    assert first.published_at == datetime(2026, 9, 28, 18, 12, tzinfo=PACIFIC)
    assert first.published_at.astimezone(UTC) == datetime(2026, 9, 29, 1, 12, tzinfo=UTC)
    assert first.text == "Nouvelle fournée de croissants ce matin !"
    assert first.metrics["interactions"] == 90 and first.metrics["views"] == 2400
    assert reel.text == "Visite du fournil" and reel.metrics["views"] == 12400
    assert "views" not in link.metrics  # blank: no value, not zero
    assert link.metrics["link_clicks"] == 45


def test_a_french_excel_resave_reads_the_same_as_the_original():
    original = only(read("meta_facebook_posts.csv"), "meta_facebook_posts").posts
    resaved = only(read("meta_facebook_posts_french_resave.csv"), "meta_facebook_posts").posts
    assert [p.published_at for p in resaved] == [p.published_at for p in original]
    assert [p.metrics for p in resaved] == [p.metrics for p in original]
    assert resaved[1].metrics["average_watch_seconds"] == 5.5


def test_the_same_export_saved_as_utf16_with_a_sep_line_reads_the_same():
    text = (EXPORTS / "meta_facebook_posts.csv").read_bytes().decode("utf-8-sig")
    data = ("sep=,\r\n" + text).encode("utf-16")
    posts = only(read_export_bytes("posts.csv", data), "meta_facebook_posts").posts
    assert len(posts) == 3 and posts[1].metrics["views"] == 12400


def test_instagram_posts_new_and_pre_2025_headers():
    new = only(read("meta_instagram_posts.csv"), "meta_instagram_posts").posts
    assert new[1].metrics["views"] == 1200  # "1.2K"
    assert "likes" not in new[1].metrics and "new_followers" not in new[1].metrics
    old = only(read("meta_instagram_posts_2024.csv"), "meta_instagram_posts").posts
    assert old[0].metrics["impressions"] == 5000 and "views" not in old[0].metrics


def test_meta_daily_series_in_utf16_names_its_metric_on_line_two():
    part = only(read("meta_facebook_follows_daily.csv"), "meta_daily_series")
    assert [(v.network, v.day, v.metric, v.value) for v in part.daily][:2] == [
        ("facebook", date(2025, 8, 1), "new_followers", 3.0),
        ("facebook", date(2025, 8, 2), "new_followers", 0.0),
    ]
    assert part.rows_read == 4


def test_legacy_facebook_export_skips_its_row_of_descriptions():
    part = only(read("facebook_insights_legacy_posts.csv"), "facebook_legacy_posts")
    assert part.problems == [] and len(part.posts) == 1
    post = part.posts[0]
    # Likes from the Post Stories columns (actions), told apart by the description row;
    # clicks from Consumptions, not the people-count columns.
    assert post.metrics["reach"] == 1520 and post.metrics["likes"] == 80
    assert (post.metrics["comments"], post.metrics["shares"]) == (10, 6)
    assert post.metrics["people_liked"] == 72 and post.metrics["clicks"] == 141
    assert post.metrics["link_clicks"] == 24 and post.metrics["people_clicked"] == 95
    assert post.published_at == datetime(2015, 9, 30, 13, 42, tzinfo=UTC)  # Posted is PT


@pytest.mark.parametrize("name", ["linkedin_content.xls", "linkedin_content_resaved.xlsx"])
def test_linkedin_content_workbook_with_header_on_row_two(name):
    reading = read(name)
    metrics = only(reading, "linkedin_content_metrics")
    posts = only(reading, "linkedin_content_posts")
    assert metrics.problems == [] and posts.problems == []
    day2 = {v.metric: v.value for v in metrics.daily if v.day == date(2026, 10, 2)}
    assert day2["impressions"] == 850 and day2["shares"] == 2 and day2["clicks"] == 35
    assert "engagement_rate" not in " ".join(day2)
    first = posts.posts[0]
    assert first.published_at == datetime(2026, 10, 1, 9, 15, tzinfo=UTC)  # from the id
    assert first.time_known and "views" not in first.metrics  # NA
    assert posts.posts[1].metrics["views"] == 120


def test_linkedin_followers_xls_leaves_demographic_sheets_out():
    reading = read("linkedin_followers.xls")
    part = only(reading, "linkedin_followers")
    assert {v.metric for v in part.daily} >= {"new_followers", "new_followers_organic"}
    assert reading.left_out == ["linkedin_followers.xls [Location]"]


def test_linkedin_visitors_xlsx():
    part = only(read("linkedin_visitors.xlsx"), "linkedin_visitors")
    values = {(v.day, v.metric): v.value for v in part.daily}
    assert values[(date(2026, 10, 1), "page_views")] == 42
    assert values[(date(2026, 10, 2), "unique_visitors")] == 19


def test_tiktok_zip_every_csv_recognised_and_times_from_video_ids():
    reading = read("tiktok_studio_export.zip")
    assert set(reading.kinds) == {
        "tiktok_content",
        "tiktok_overview",
        "tiktok_follower_history",
        "tiktok_follower_activity",
        "tiktok_viewers",
        "tiktok_follower_gender",
    }
    content = only(reading, "tiktok_content")
    assert [p.published_at for p in content.posts] == [
        datetime(2026, 9, 4, 17, 30, tzinfo=UTC),
        datetime(2026, 9, 6, 12, 0, tzinfo=UTC),
    ]
    assert content.posts[0].account == "boulangerie.martin"
    assert len(only(reading, "tiktok_follower_activity").hourly) == 24
    viewers = only(reading, "tiktok_viewers").daily
    assert len(viewers) == 3  # the "undefined" day brings no values


def test_tiktok_csv_alone_and_tiktok_xlsx():
    from openpyxl import Workbook

    with zipfile.ZipFile(EXPORTS / "tiktok_studio_export.zip") as archive:
        content = archive.read("Content.csv")
        overview = archive.read("Overview.csv").decode()
    alone = read_export_bytes("Content.csv", content)
    assert alone.kinds == ["tiktok_content"]
    book = Workbook()
    sheet = book.active
    sheet.title = "Overview"
    for line in overview.splitlines():
        sheet.append([cell.strip('"') for cell in line.split(",")])
    buffer = io.BytesIO()
    book.save(buffer)
    reading = read_export_bytes("tiktok.xlsx", buffer.getvalue())
    assert only(reading, "tiktok_overview").daily[0].value == 900


def test_x_content_overview_video_and_legacy_tweets():
    content = only(read("account_analytics_content_2026-09-01_2026-09-30.csv"), "x_content")
    assert content.posts[0].published_at == datetime(2026, 9, 13, 16, 45, 10, tzinfo=UTC)
    assert content.posts[0].metrics["impressions"] == 1540
    assert content.posts[0].account == "boulangermartin"
    overview = only(read("account_overview_analytics.csv"), "x_overview")
    assert {v.metric for v in overview.daily} >= {"impressions", "unfollows", "new_followers"}
    video = only(read("video_overview_analytics.csv"), "x_video_overview")
    assert {v.metric: v.value for v in video.daily}["watch_time_seconds"] == 1500
    legacy = only(
        read("tweet_activity_metrics_boulangermartin_20150901_20151001_en.csv"),
        "x_legacy_tweet_activity",
    )
    post = legacy.posts[0]
    assert post.published_at == datetime(2015, 9, 30, 18, 42, tzinfo=UTC)
    assert post.metrics["likes"] == 3  # "favorites" in old files
    assert legacy.problems == []  # the promoted "-" columns are left out


def test_youtube_table_data_skips_the_total_row_and_chart_data_sums_per_day():
    table = only(read("youtube_table_data.csv"), "youtube_table_data")
    assert [p.external_id for p in table.posts] == ["dQw4w9WgXcQ", "a1B2c3D4e5F"]
    video = table.posts[0]
    assert video.metrics["watch_time_seconds"] == pytest.approx(180.25 * 3600)
    assert video.metrics["average_watch_seconds"] == 162 and not video.time_known
    chart = only(read("youtube_chart_data.csv"), "youtube_chart_data")
    views = {v.day: v.value for v in chart.daily if v.metric == "views"}
    assert views == {date(2026, 10, 3): 1050, date(2026, 10, 4): 700}


def test_the_file_name_does_not_decide_the_kind():
    data = (EXPORTS / "account_overview_analytics.csv").read_bytes()
    assert read_export_bytes("Content.csv", data).kinds == ["x_overview"]


# ------------------------------------------------------------------ bad input


def test_a_cell_with_text_where_a_number_must_be_names_file_row_and_column():
    text = (EXPORTS / "meta_instagram_posts.csv").read_bytes().decode("utf-8-sig")
    broken = text.replace('"2100"', '"lots"').replace(",2100,", ",lots,")
    part = only(read_export_bytes("ig.csv", broken.encode()), "meta_instagram_posts")
    assert len(part.posts) == 1
    (problem,) = part.problems
    assert (problem.source, problem.row, problem.column) == ("ig.csv", 2, "Reach")
    assert "lots" in problem.message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe\x00\x00" * 50, "not a text export"),
        (b"PK\x03\x04\x14\x00\x00\x00broken", "damaged or truncated"),
        (b"name,age\nBob,3\n", "generic CSV import"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "cannot be read"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_with_the_reason(data, words):
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes("upload.csv", data)
    assert "upload.csv" in str(raised.value) and words in str(raised.value)


def test_a_truncated_tiktok_zip_is_refused():
    data = (EXPORTS / "tiktok_studio_export.zip").read_bytes()
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        read_export_bytes("tiktok.zip", data[: len(data) // 2])


def test_a_workbook_with_only_wrong_sheets_names_them():
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Location"
    book.active.append(["Location", "Total followers"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(ImportFileError, match="Location"):
        read_export_bytes("followers.xlsx", buffer.getvalue())


def test_reading_never_turns_the_process_garbage_collector_off(monkeypatch):
    """Reading runs on a worker beside the GUI thread: it streams rows instead of
    pausing the cyclic collector for the whole process (issue 10). (Whether the
    collector runs automatically is the window's choice, ui/gui_thread_gc.py: reading
    leaves it as it found it, on or off.)"""
    import gc

    from smplanner.importers import export_files

    seen = []
    original = export_files.read_table

    def spy(*args):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(export_files, "read_table", spy)
    was_enabled = gc.isenabled()
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            read_export_bytes("a.csv", (EXPORTS / "meta_facebook_posts.csv").read_bytes())
            assert seen[-1] is enabled and gc.isenabled() is enabled
        finally:
            (gc.enable if was_enabled else gc.disable)()
    assert len(seen) == 2
