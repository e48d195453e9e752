"""Imported posts' publish times are stored in the plan's time zone.

Every day and hour the statistics read from a post (the posts per day, a period's
filter, the heat map's weekday × hour, the best hours) comes from the text of
``stat_posts.published_at``: its first ten characters are the day, the next three
the hour. A Meta export's times are Pacific time, so a post published at 17:45 in
Los Angeles is 02:45 the next day in Paris; stored with its Pacific offset, it
would count on the previous day for a Paris client. So the instant is written with
the plan's offset when it is stored, and written again when the plan's zone changes
(and once for the plans imported before this rule: storage/migrations/statistics_schema.py).

A post whose source gives only the day (``time_known`` false: YouTube, some
LinkedIn rows) keeps its day: its midnight is not an instant to move.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, tzinfo

_FUNCTION = "smplanner_post_time_in_zone"


def in_plan_zone(moment: datetime, time_known: bool, zone: tzinfo) -> datetime:
    """``moment`` as the plan stores it: the same instant in ``zone``; a naive time
    (an export's local time) or a day without an hour is read in ``zone`` as written."""
    if moment.tzinfo is None or not time_known:
        return moment.replace(tzinfo=zone)
    if moment.tzinfo is zone:
        return moment
    return moment.astimezone(zone)


def stored_text(moment: datetime) -> str:
    """The ISO text with offset a moment is stored as (whole seconds)."""
    # isoformat() is the cheaper call; whole seconds (most exports) need no timespec.
    return moment.isoformat() if not moment.microsecond else moment.isoformat(timespec="seconds")


def restate_post_times(conn: sqlite3.Connection, zone: tzinfo) -> int:
    """Write every imported post's time again in ``zone`` (the plan's new zone), and
    the times kept for undoing an import, so that an undo restores them in it too.
    The caller holds the transaction. Returns the number of posts rewritten."""

    def restated(text: object, known: object) -> str | None:
        if not isinstance(text, str):
            return None if text is None else str(text)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text  # not a time this module wrote: left as it is
        return stored_text(in_plan_zone(moment, bool(known), zone))

    conn.create_function(_FUNCTION, 2, restated, deterministic=True)
    try:
        cursor = conn.execute(
            f"UPDATE stat_posts SET published_at = {_FUNCTION}(published_at, time_known)"
            f" WHERE published_at IS NOT NULL"
            f" AND published_at IS NOT {_FUNCTION}(published_at, time_known)"
        )
        conn.execute(
            "UPDATE stat_overwritten SET previous = json_set(previous, '$.published_at',"
            f" {_FUNCTION}(json_extract(previous, '$.published_at'),"
            " json_extract(previous, '$.time_known')))"
            " WHERE table_name = 'stat_posts' AND json_valid(previous)"
            " AND json_extract(previous, '$.published_at') IS NOT NULL"
        )
        return cursor.rowcount
    finally:
        conn.create_function(_FUNCTION, 2, None)
