"""Tables of the calendar feature (steps appended by that feature; see __init__.py).

pillar_id and objective_id point at the strategy's tables without a foreign key on
purpose: removing a pillar in the workshop must never be refused because of posts;
a dangling id reads as "no pillar" and the rule warns about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from smplanner.storage.migrations import Step


def _calendar_tables(db: Database) -> None:
    db.table("campaigns").create(
        {
            "id": int,
            "name": str,
            "kind": str,
            "starts_on": str,  # YYYY-MM-DD, inclusive
            "ends_on": str,
            "notes": str,
        },
        pk="id",
        not_null={"name", "kind", "starts_on", "ends_on"},
        defaults={"kind": "campaign", "notes": ""},
    )
    db.table("post_groups").create(
        {"id": int, "title": str, "major_announcement": int},
        pk="id",
        defaults={"title": "", "major_announcement": 0},
    )
    db.table("post_series").create(
        {"id": int, "rule": str, "starts_at": str, "title": str},
        pk="id",
        not_null={"rule", "starts_at"},
        defaults={"title": ""},
    )
    db.table("posts").create(
        {
            "id": int,
            "network": str,
            "account": str,
            # ISO-8601 in the plan's time zone with its offset, so that the first ten
            # characters are the local day: range queries by day use the index.
            "scheduled_at": str,
            "status": str,
            "title": str,
            "text": str,
            "link": str,
            "media": str,  # JSON list of local file paths
            "hashtags": str,
            "first_comment": str,
            "notes": str,
            "pillar_id": int,
            "objective_id": int,
            "campaign_id": int,
            "group_id": int,
            "series_id": int,
            "detached": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"network", "status"},
        defaults={
            "account": "",
            "status": "idea",
            "title": "",
            "text": "",
            "link": "",
            "media": "[]",
            "hashtags": "",
            "first_comment": "",
            "notes": "",
            "detached": 0,
        },
        foreign_keys=[
            ("campaign_id", "campaigns", "id"),
            ("group_id", "post_groups", "id"),
            ("series_id", "post_series", "id"),
        ],
    )
    db.table("posts").create_index(["scheduled_at"])
    db.table("posts").create_index(["group_id"])
    db.table("posts").create_index(["series_id"])
    # Recommended slots edited for this plan or fed by the statistics; a network
    # with no row here uses resources/data/time_slots.json.
    db.table("time_slots").create(
        {"network": str, "weekday": int, "hour": int, "score": float, "source": str},
        pk=("network", "weekday", "hour"),
        not_null={"network", "weekday", "hour", "score", "source"},
    )


def _client_comment(db: Database) -> None:
    # The client's comment when asking for changes (approval round); "" elsewhere.
    db.table("posts").add_column("client_comment", str, not_null_default="")


STEPS: list[Step] = [
    ("0001_calendar_tables", _calendar_tables),
    ("0002_post_client_comment", _client_comment),
]
