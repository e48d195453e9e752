"""TikTok Studio downloads, stored through the import service into a real plan.

The files use the header sets of EXPORT_FORMATS.md / EXPORT_HEADERS_FR.md (TikTok
keeps English column names in every interface language; only the days are
translated and have no year). The days are placed by the download day (the zip
entries' dates, else the file's modification time) and their sequence.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from smplanner.importers.year_less_dates import month_day, place_days
from smplanner.services.statistics_import import import_files, preview

FRENCH_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
OVERVIEW = ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares", "New followers"]
CONTENT = ["Time", "Video title", "Video link", "Post time", "Total likes", "Total comments",
           "Total shares", "Total views"]  # fmt: skip


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def studio_zip(path: Path, files: dict[str, bytes], made: datetime) -> Path:
    """A zip as TikTok Studio gives it: its entries dated when the download was made."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, made.timetuple()[:6]), data)
    return path


def english(day: date) -> str:
    return day.strftime("%B %-d")


def french(day: date) -> str:
    return f"{day.day} {FRENCH_MONTHS[day.month - 1]}"


def video_id(instant: datetime, low: int = 123456789) -> str:
    return str((int(instant.timestamp()) << 32) | low)


def stored_daily(plan, metric):  # type: ignore[no-untyped-def]
    return {
        date.fromisoformat(day): value
        for day, value in plan.conn.execute(
            "SELECT day, value FROM stat_daily WHERE network = 'tiktok' AND metric = ?"
            " ORDER BY day",
            (metric,),
        )
    }


def year_of_days(last: date) -> list[date]:
    return [last - timedelta(days=back) for back in range(364, -1, -1)]


@pytest.mark.parametrize("write_day", [english, french], ids=["english", "french"])
def test_a_year_of_overview_downloaded_on_28_february_covers_the_year_before(
    plan, tmp_path, write_day
):
    days = year_of_days(date(2026, 2, 27))  # "February 28" … "February 27"
    rows = [OVERVIEW] + [
        [write_day(day), str(100 + i), str(i % 7), str(10 + i), str(i % 3), "1", str(i % 5)]
        for i, day in enumerate(days)
    ]
    published = datetime(2026, 2, 14, 17, 30, tzinfo=UTC)
    link = f"https://www.tiktok.com/@boulangerie.martin/video/{video_id(published)}"
    content = [CONTENT, ["2026-02-27", "La galette", link, write_day(date(2026, 2, 14)),
                         "1520", "43", "12", "25800"]]  # fmt: skip
    path = studio_zip(
        tmp_path / "TikTok_Studio.zip",
        {"Overview.csv": csv_bytes(rows), "Content.csv": csv_bytes(content)},
        datetime(2026, 2, 28, 9, 15),
    )
    previews = preview([path])
    overview = next(p for p in previews[0].reading.readings if p.kind == "tiktok_overview")  # type: ignore[union-attr]
    assert overview.problems == []
    assert overview.download_day == date(2026, 2, 28)
    assert overview.period == (date(2025, 2, 28), date(2026, 2, 27))
    import_files(plan, previews)
    views = stored_daily(plan, "views")
    assert list(views) == days  # one row a day, none after the download day
    assert views[date(2025, 2, 28)] == 100 and views[date(2026, 2, 27)] == 464
    followers = stored_daily(plan, "new_followers")  # the current Overview's column
    assert followers[date(2025, 3, 4)] == 4 and followers[date(2025, 2, 28)] == 0  # 0 is a figure
    assert len(followers) == 365
    network, external_id, instant, metrics = plan.conn.execute(
        "SELECT network, external_id, published_at, metrics FROM stat_posts"
    ).fetchone()
    assert (network, external_id) == ("tiktok", video_id(published))
    assert datetime.fromisoformat(instant).astimezone(UTC) == published
    assert json.loads(metrics) == {"likes": 1520, "comments": 43, "shares": 12, "views": 25800}


def test_a_csv_alone_is_placed_by_its_modification_time_and_newest_first_rows_too(plan, tmp_path):
    # Written newest first, across the new year, downloaded on 3 January 2026.
    days = [date(2026, 1, 2) - timedelta(days=back) for back in range(6)]
    rows = [["Date", "Followers", "Difference in followers from previous day"]] + [
        [french(day), str(1300 - 10 * i), "10"] for i, day in enumerate(days)
    ]
    path = tmp_path / "FollowerHistory.csv"
    path.write_bytes(csv_bytes(rows))
    stamp = datetime(2026, 1, 3, 10, 0).timestamp()
    os.utime(path, (stamp, stamp))
    previews = preview([path])
    part = previews[0].reading.readings[0]  # type: ignore[union-attr]
    assert part.kind == "tiktok_follower_history" and part.download_day == date(2026, 1, 3)
    import_files(plan, previews)
    assert stored_daily(plan, "followers") == {
        date(2025, 12, 28): 1250,
        date(2025, 12, 29): 1260,
        date(2025, 12, 30): 1270,
        date(2025, 12, 31): 1280,
        date(2026, 1, 1): 1290,
        date(2026, 1, 2): 1300,
    }


def test_a_day_after_the_download_day_goes_back_a_year(plan, tmp_path):
    rows = [["Date", "Total Viewers", "New Viewers", "Returning Viewers"]] + [
        [f"{day} avril", "850", "600", "undefined"] for day in range(19, 26)
    ]
    path = tmp_path / "Viewers.csv"
    path.write_bytes(csv_bytes(rows))
    stamp = datetime(2026, 4, 22, 8, 0).timestamp()  # the file says up to 25 April
    os.utime(path, (stamp, stamp))
    import_files(plan, preview([path]))
    viewers = stored_daily(plan, "viewers")
    assert min(viewers) == date(2025, 4, 19) and max(viewers) == date(2025, 4, 25)
    assert stored_daily(plan, "returning_viewers") == {}  # "undefined": no value, not 0


def test_follower_activity_hours_and_a_bad_day_refused_by_row(plan, tmp_path):
    rows = [["Date", "Hour", "Active followers"]]
    rows += [["18 tháng Tám", str(hour), str(10 + hour)] for hour in range(24)]
    rows += [["31 avril", "0", "5"]]
    path = tmp_path / "FollowerActivity.csv"
    path.write_bytes(csv_bytes(rows))
    stamp = datetime(2026, 9, 1).timestamp()
    os.utime(path, (stamp, stamp))
    previews = preview([path])
    (problem,) = previews[0].problems
    assert problem.startswith(
        "FollowerActivity.csv, row 26, column \"Date\": '31 avril' is not a day"
    )
    assert "Download the export again from TikTok Studio" in problem
    import_files(plan, previews, skip_bad_rows=True)
    hours = plan.conn.execute(
        "SELECT day, hour, active FROM stat_hourly WHERE network = 'tiktok' ORDER BY hour"
    ).fetchall()
    assert len(hours) == 24 and hours[0] == ("2026-08-18", 0, 10.0) and hours[23][2] == 33.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 avril", (4, 19)),
        ("18 января", (1, 18)),
        ("9月13日", (9, 13)),
        ("18 tháng Tám", (8, 18)),
        ("28 August", (8, 28)),
        ("August 31", (8, 31)),
        ("1 déc.", (12, 1)),
        ("29 février", (2, 29)),
        ("2026-09-04", None),
        ("Sep 13, 2026", None),
        ("31 avril", None),
        ("Total", None),
    ],
)
def test_year_less_days_in_the_languages_seen(text, expected):
    assert month_day(text) == expected


def test_days_in_no_order_each_take_the_latest_not_after_the_download_day():
    placed = place_days([(12, 20), (3, 1), (11, 2), None], date(2026, 12, 3))
    assert placed == [date(2025, 12, 20), date(2026, 3, 1), date(2026, 11, 2), None]


RUSSIAN_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
VIETNAMESE_MONTHS = [
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
]  # fmt: skip
# The year-less days of each language seen (EXPORT_HEADERS_FR.md: "18 января", "9月13日",
# "18 tháng Tám", "28 August", "August 31"; French probably "19 avril").
LANGUAGES = {
    "french": french,
    "russian": lambda day: f"{day.day} {RUSSIAN_MONTHS[day.month - 1]}",
    "cjk": lambda day: f"{day.month}月{day.day}日",
    "vietnamese": lambda day: f"{day.day} tháng {VIETNAMESE_MONTHS[day.month - 1]}",
    "english-day-first": lambda day: f"{day.day} {day:%B}",
    "english-month-first": english,
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_studio_zip_in_each_language_seen_stores_the_same_days_and_figures(
    plan, tmp_path, language
):
    """Across a new year: the days from 27 December to 4 January, downloaded on the 5th."""
    write_day = LANGUAGES[language]
    days = [date(2025, 12, 27) + timedelta(days=n) for n in range(9)]
    overview = [OVERVIEW] + [
        [write_day(day), str(200 + i), str(i), str(30 + i), "2", "1", str(i % 4)]
        for i, day in enumerate(days)
    ]
    published = datetime(2025, 12, 31, 16, 45, tzinfo=UTC)
    link = f"https://www.tiktok.com/@boulangerie.martin/video/{video_id(published)}"
    content = [CONTENT, [write_day(date(2026, 1, 4)), "La bûche", link,
                         write_day(date(2025, 12, 31)), "980", "31", "7", "15400"]]  # fmt: skip
    path = studio_zip(
        tmp_path / "TikTok_Studio.zip",
        {"Overview.csv": csv_bytes(overview), "Content.csv": csv_bytes(content)},
        datetime(2026, 1, 5, 8, 0),
    )
    previews = preview([path])
    reading = previews[0].reading
    assert reading is not None and previews[0].problems == []
    overview_part = next(p for p in reading.readings if p.kind == "tiktok_overview")
    assert overview_part.period == (date(2025, 12, 27), date(2026, 1, 4))
    import_files(plan, previews)
    assert stored_daily(plan, "views") == {day: 200 + i for i, day in enumerate(days)}
    assert stored_daily(plan, "new_followers")[date(2026, 1, 2)] == 2  # 6 % 4
    network, external_id, instant, metrics = plan.conn.execute(
        "SELECT network, external_id, published_at, metrics FROM stat_posts"
    ).fetchone()
    assert (network, external_id) == ("tiktok", video_id(published))
    assert datetime.fromisoformat(instant).astimezone(UTC) == published  # from the video id
    assert json.loads(metrics) == {"likes": 980, "comments": 31, "shares": 7, "views": 15400}
