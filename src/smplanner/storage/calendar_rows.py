"""Rows of the calendar tables turned into domain dataclasses, and back.

Plain sqlite3 reads on ``plan.conn`` (no sqlite-utils): the month view reads
through here on every switch and must stay cheap.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import CampaignRef, PostDraft, PostGroup, PostRef, SeriesRef

# The calendar reads times in the plan's zone: the one reading of it, kept with the
# plan's properties (re-exported here for the calendar's modules).
from smplanner.storage.plan_properties_repo import plan_zone as plan_zone

POST_COLUMNS = (
    "id, network, scheduled_at, status, title, text, pillar_id, objective_id, campaign_id, "
    "group_id, account, link, media, hashtags, first_comment, notes, series_id, detached, "
    "client_comment, "
    # The post's labels as "3,7" (an index seek per post; most posts have none).
    "(SELECT group_concat(label_id) FROM post_labels WHERE post_id = posts.id)"
)


def post_from_row(row: tuple[Any, ...]) -> PostRef:
    # Most posts have no media: skip the JSON parser for them (a month of a large
    # plan reads ~2,000 rows on the way to its first frame).
    media = () if row[12] in (None, "", "[]") else tuple(json.loads(row[12]))
    # Made without PostRef's generated __init__: a frozen dataclass sets each of its
    # 20 fields through object.__setattr__, two thirds of the cost of a month's read
    # (the same object: fields checked against PostRef's below, at import).
    post = _new(PostRef)
    post.__dict__.update(
        id=row[0],
        network=row[1],
        scheduled_at=_from_iso(row[2]) if row[2] else None,
        status=row[3],
        title=row[4] or "",
        text=row[5] or "",
        pillar_id=row[6],
        objective_id=row[7],
        campaign_id=row[8],
        group_id=row[9],
        account=row[10] or "",
        link=row[11] or "",
        media=media,
        hashtags=row[13] or "",
        first_comment=row[14] or "",
        notes=row[15] or "",
        series_id=row[16],
        detached=bool(row[17]),
        client_comment=row[18] or "",
        labels=tuple(sorted(int(i) for i in row[19].split(","))) if row[19] else (),
    )
    return post


_new = object.__new__
_from_iso = datetime.fromisoformat
# Every field of PostRef set, none more: a field added to PostRef without its column
# here fails at import rather than leaving posts without it.
_SAMPLE = post_from_row((1, "x", None, "idea", *([None] * 16)))
if vars(_SAMPLE).keys() != {f.name for f in fields(PostRef)}:  # pragma: no cover
    raise AssertionError("post_from_row must set every field of PostRef")


def select_posts(
    conn: sqlite3.Connection, where: str = "", params: Iterable[Any] = (), *, dated: bool = False
) -> list[PostRef]:
    """Posts matching a WHERE clause, in date order (ideas last, by id).

    ``dated``: the clause keeps only scheduled posts (a range of times), so the
    order is the scheduled_at index's own and SQLite sorts nothing."""
    order = (
        "ORDER BY scheduled_at, id" if dated else "ORDER BY scheduled_at IS NULL, scheduled_at, id"
    )
    sql = f"SELECT {POST_COLUMNS} FROM posts {where} {order}"
    return [post_from_row(row) for row in conn.execute(sql, tuple(params))]


def stream_posts(
    conn: sqlite3.Connection, where: str = "", params: Iterable[Any] = (), batch: int = 256
) -> Iterator[PostRef]:
    """Posts as ``select_posts`` orders them, read ``batch`` rows at a time (exports)."""
    order = "ORDER BY scheduled_at IS NULL, scheduled_at, id"
    cursor = conn.execute(f"SELECT {POST_COLUMNS} FROM posts {where} {order}", tuple(params))
    while rows := cursor.fetchmany(batch):
        yield from (post_from_row(row) for row in rows)


def count_posts(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])


def post_revisions(conn: sqlite3.Connection) -> dict[int, tuple[int, str]]:
    """Every post's minutes of editing since 2024-01-01 (an .ics SEQUENCE) and its last
    edit in UTC as an .ics writes it, worked out by SQLite (in C: 50,000 posts)."""
    rows = conn.execute(
        "SELECT id,"
        " max(0, CAST((julianday(updated_at) - julianday('2024-01-01')) * 1440 AS INTEGER)),"
        " strftime('%Y%m%dT%H%M%SZ', updated_at)"
        " FROM posts WHERE updated_at IS NOT NULL"
    )
    return {row[0]: (row[1], row[2]) for row in rows if row[2] is not None}


def scheduled_span(conn: sqlite3.Connection) -> tuple[date, date] | None:
    """The first and last days posts are scheduled on (as stored), None if none is."""
    first, last = conn.execute(
        "SELECT min(scheduled_at), max(scheduled_at) FROM posts WHERE scheduled_at IS NOT NULL"
    ).fetchone()
    if first is None:
        return None
    return datetime.fromisoformat(first).date(), datetime.fromisoformat(last).date()


def select_schedule(
    conn: sqlite3.Connection, ids: Iterable[int]
) -> dict[int, tuple[str | None, str]]:
    """id -> (stored time, status) of these posts (the ones that exist)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(f"SELECT id, scheduled_at, status FROM posts WHERE id IN ({marks})", wanted)
    return {row[0]: (row[1], row[2]) for row in rows}


def to_storage_time(moment: datetime | None, zone: ZoneInfo) -> str | None:
    """An aware datetime as ISO text in the plan's zone (the first 10 chars = local day)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("scheduled times must be aware datetimes")
    return moment.astimezone(zone).isoformat(timespec="minutes")


def draft_to_row(draft: PostDraft, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "network": draft.network,
        "account": draft.account,
        "scheduled_at": to_storage_time(draft.scheduled_at, zone),
        "status": draft.status,
        "title": draft.title,
        "text": draft.text,
        "link": draft.link,
        "media": json.dumps(list(draft.media)),
        "hashtags": draft.hashtags,
        "first_comment": draft.first_comment,
        "notes": draft.notes,
        "pillar_id": draft.pillar_id,
        "objective_id": draft.objective_id,
        "campaign_id": draft.campaign_id,
        "group_id": draft.group_id,
        "client_comment": draft.client_comment,
        # Not a column: calendar_writes stores it in post_labels.
        "labels": tuple(draft.labels),
    }


def post_to_row(post: PostRef, zone: ZoneInfo) -> dict[str, Any]:
    """Every stored column of a post (to restore it exactly on undo)."""
    row = draft_to_row(post_as_draft(post), zone)
    row.update({"id": post.id, "series_id": post.series_id, "detached": int(post.detached)})
    return row


def post_as_draft(post: PostRef) -> PostDraft:
    return PostDraft(
        network=post.network,
        text=post.text,
        title=post.title,
        status=post.status,
        scheduled_at=post.scheduled_at,
        pillar_id=post.pillar_id,
        objective_id=post.objective_id,
        campaign_id=post.campaign_id,
        group_id=post.group_id,
        account=post.account,
        link=post.link,
        media=post.media,
        hashtags=post.hashtags,
        first_comment=post.first_comment,
        notes=post.notes,
        client_comment=post.client_comment,
        labels=post.labels,
    )


def select_campaigns(conn: sqlite3.Connection) -> list[CampaignRef]:
    rows = conn.execute(
        "SELECT id, name, kind, starts_on, ends_on, notes FROM campaigns ORDER BY starts_on, id"
    )
    return [
        CampaignRef(
            id=row[0],
            name=row[1],
            kind=row[2],
            starts_on=date.fromisoformat(row[3]),
            ends_on=date.fromisoformat(row[4]),
            notes=row[5] or "",
        )
        for row in rows
    ]


def select_groups(conn: sqlite3.Connection) -> dict[int, PostGroup]:
    rows = conn.execute("SELECT id, title, major_announcement FROM post_groups")
    return {row[0]: PostGroup(row[0], row[1] or "", bool(row[2])) for row in rows}


def select_series(conn: sqlite3.Connection) -> dict[int, SeriesRef]:
    rows = conn.execute("SELECT id, rule, starts_at, title FROM post_series")
    return {
        row[0]: SeriesRef(row[0], row[1], datetime.fromisoformat(row[2]), row[3] or "")
        for row in rows
    }
