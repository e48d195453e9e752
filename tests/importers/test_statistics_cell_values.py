"""Numbers, dates and post-id times as the networks' exports write them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from smplanner.importers.cell_values import (
    DateOrder,
    guess_date_order,
    linkedin_activity_time,
    parse_datetime,
    parse_duration_seconds,
    parse_number,
    tiktok_video_time,
    x_post_time,
)


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("12,400", False, 12400.0),
        ("12 400", True, 12400.0),
        ("12\u202f400", True, 12400.0),
        ("12.400", True, 12400.0),
        ("1.2K", False, 1200.0),
        ("1,2K", True, 1200.0),
        ("3,5 %", True, 3.5),
        ("3.5%", False, 3.5),
        ("0.0071", False, 0.0071),
        ("0,071", True, 0.071),
        ("1,234.5", False, 1234.5),
        ("1.234,5", True, 1234.5),
        ("2M", False, 2_000_000.0),
        ("+15", False, 15.0),
        ("-3", False, -3.0),
        (42, False, 42.0),
        (0.25, False, 0.25),
    ],
)
def test_numbers_in_every_spelling_the_exports_use(text, decimal_comma, expected):
    assert parse_number(text, decimal_comma=decimal_comma) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["NA", "-", "undefined", "", "  ", "N/A", None])
def test_na_dash_and_undefined_mean_no_value_not_zero(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["abc", "12 apples", "1..2", "inf", "nan%x"])
def test_text_where_a_number_must_be_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_durations_in_h_mm_ss_and_seconds():
    assert parse_duration_seconds("0:02:42") == 162
    assert parse_duration_seconds("1:30") == 90
    assert parse_duration_seconds("612") == 612


def test_dates_in_the_orders_and_languages_of_the_exports():
    today = date(2026, 11, 1)
    assert parse_datetime("09/28/2026 18:12") == datetime(2026, 9, 28, 18, 12)
    assert parse_datetime("28/09/2026 18:12", order=DateOrder.DAY_FIRST) == datetime(
        2026, 9, 28, 18, 12
    )
    assert parse_datetime("2025-08-01T00:00:00") == datetime(2025, 8, 1)
    assert parse_datetime("2015-09-30 18:42 +0000") == datetime(2015, 9, 30, 18, 42, tzinfo=UTC)
    assert parse_datetime("Sun, Sep 13, 2026") == datetime(2026, 9, 13)
    assert parse_datetime("Oct 3, 2026") == datetime(2026, 10, 3)
    assert parse_datetime("9/30/2015 6:42:00 PM") == datetime(2015, 9, 30, 18, 42)
    assert parse_datetime("September 4", today=today) == datetime(2026, 9, 4)
    assert parse_datetime("9月6日", today=today) == datetime(2026, 9, 6)
    assert parse_datetime("18 января", today=today) == datetime(2026, 1, 18)
    # A date without a year after "today" belongs to last year.
    assert parse_datetime("December 20", today=today) == datetime(2025, 12, 20)
    offset = parse_datetime("2026-10-01T10:00:00+02:00")
    assert offset is not None and offset.utcoffset() == timedelta(hours=2)
    assert offset.tzinfo == timezone(timedelta(hours=2))


def test_a_column_tells_its_date_order_by_a_day_above_twelve():
    assert guess_date_order(["01/02/2026", "28/09/2026"], DateOrder.MONTH_FIRST) == "dmy"
    assert guess_date_order(["01/02/2026", "09/28/2026"], DateOrder.DAY_FIRST) == "mdy"
    assert guess_date_order(["01/02/2026"], DateOrder.DAY_FIRST) == "dmy"


@pytest.mark.parametrize("text", ["Tomorrow", "32/13/2026", "2026-02-30", "Sep 40, 2026"])
def test_a_text_that_is_not_a_date_is_refused(text):
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_publish_times_hidden_in_post_ids():
    # X: ms since epoch = (id >> 22) + 1288834974657 (a real id of 2015-09-30).
    moment = datetime(2026, 9, 13, 16, 45, 10, tzinfo=UTC)
    x_id = (int(moment.timestamp() * 1000) - 1288834974657) << 22 | 4095
    assert x_post_time(str(x_id)) == moment
    # TikTok: the top 32 bits are Unix seconds.
    tiktok_id = int(moment.timestamp()) << 32 | 123
    assert tiktok_video_time(str(tiktok_id)) == moment
    # LinkedIn: the first 41 bits are milliseconds.
    assert linkedin_activity_time(str(int(moment.timestamp() * 1000) << 22)) == moment
    assert x_post_time("12") is None and tiktok_video_time("abc") is None
