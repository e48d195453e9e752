"""Meta Business Suite post exports (Insights > Content > Export): Facebook and Instagram.

Column names follow the interface language (export_headers.csv: English, French; a
file may mix both after the language was changed, each row filling one of a pair).
``Publish time`` reads ``09/28/2026 18:12``, month first in every language, in
Pacific time whatever the Page's country. ``Date`` reads ``Lifetime`` (``Global`` in
French) for lifetime totals; the daily-breakdown variant has one row per post and
day, ``Date`` holding the day: a post then gets the sum of its days (never the last
row), and the days are kept as an account series of the posts' figures. A post (or,
in a breakdown, a post's day) that two rows give, as a file made of two downloads
does, is read once; two rows giving it with other figures make the later a bad row
(export_reading.Repeats), never the last silently (the upsert kept the last until
December 2026).
Facebook's caption sits in ``Title`` or ``Description`` depending on the post type;
Instagram files before 2025 say ``Impressions`` where newer ones say ``Views``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.importers.cell_values import Cell
from smplanner.importers.column_reader import ColumnReader, RowIsBad
from smplanner.importers.export_kinds import ExportKind
from smplanner.importers.export_reading import DaySums, ExportReading, note_night_row
from smplanner.messages import Message

META_TIME_ZONE = "America/Los_Angeles"
LIFETIME_WORDS = frozenset({"lifetime", "global", "à vie", "total"})
# An id Excel turned into a number in scientific notation: its digits are lost.
_MANGLED_ID = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")

# Canonical fields (export_headers.csv) that are figures, and the metric each is.
FACEBOOK_METRICS: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "impressions": m.IMPRESSIONS,
    "reach": m.REACH,
    "views_organic": "views_organic",
    "views_boosted": "views_boosted",
    "reach_organic": "reach_organic",
    "reach_boosted": "reach_boosted",
    "interactions": m.INTERACTIONS,
    "reactions": m.REACTIONS,
    "comments": m.COMMENTS,
    "shares": m.SHARES,
    "clicks": m.CLICKS,
    "link_clicks": m.LINK_CLICKS,
    "other_clicks": "other_clicks",
    "watch_time_seconds": m.WATCH_TIME_SECONDS,
    "average_watch_seconds": m.AVERAGE_WATCH_SECONDS,
    "hide_all": "hide_all",
    "hide": "hide",
    "duration_seconds": "duration_seconds",
}
INSTAGRAM_METRICS: dict[str, str | tuple[str, float]] = {
    "views": m.VIEWS,
    "impressions": m.IMPRESSIONS,
    "reach": m.REACH,
    "likes": m.LIKES,
    "shares": m.SHARES,
    "new_followers": m.NEW_FOLLOWERS,
    "comments": m.COMMENTS,
    "saves": m.SAVES,
    "replies": "replies",
    "profile_visits": m.PROFILE_VIEWS,
    "link_clicks": m.LINK_CLICKS,
    "duration_seconds": "duration_seconds",
}
# Figures that are not counts: a post's days cannot be added up.
_NOT_ADDITIVE = frozenset({m.AVERAGE_WATCH_SECONDS, "duration_seconds"})

# Post types as the French interface writes them -> the English values.
POST_TYPES = {
    "vidéos": "Videos",
    "videos": "Videos",
    "liens": "Links",
    "photos": "Photos",
    "statuts": "Status",
    "image ig": "IG image",
    "carrousel ig": "IG carousel",
    "reel ig": "IG reel",
    "vidéo ig": "IG video",
    "story ig": "IG story",
}


def post_type(value: str | None, link: str | None) -> str | None:
    """The English post type; a French ``Vidéos`` whose link is a /reel/ is a Reel."""
    if value is None:
        return None
    english = POST_TYPES.get(value.strip().lower(), value)
    if english == "Videos" and link and "/reel/" in link:
        return "Reels"
    return english


def is_mangled_id(text: str) -> bool:
    """True for an id Excel re-saved as ``1.05382E+15`` (digits lost)."""
    return bool(_MANGLED_ID.match(text.strip()))


def _read_posts(reader: ColumnReader, network: str, account_fields: tuple[str, ...]) -> None:
    """One part of the table (importers/export_files.py reads a large one in parts): a
    lifetime row is a post as it is; a daily-breakdown row is added to the part's sums
    (reading.day_sums), which the parts hand on and ``finish_posts`` turns into posts.
    A post (lifetime) or a post's day (breakdown) an earlier row gave, in this part or
    an earlier one, is read once (export_reading.Repeats)."""
    zone = ZoneInfo(META_TIME_ZONE)
    reader.reading.time_zone = META_TIME_ZONE
    metrics = reader.mapped_fields(FACEBOOK_METRICS if network == "facebook" else INSTAGRAM_METRICS)
    for number, row in reader.rows():
        try:
            external_id = reader.field_text(row, "post_id")
            if external_id is None:
                raise reader.fail(
                    number, reader.field("post_id"), Message("the post id is missing.")
                )
            if is_mangled_id(external_id):
                raise reader.fail(
                    number,
                    reader.filled_field(row, "post_id"),
                    Message(
                        "the post id {id} was turned into a rounded number by Excel: its "
                        "digits are lost. Download the export again and open it in a "
                        "text editor, or import it without re-saving it in Excel.",
                        id=external_id,
                    ),
                )
            day = _breakdown_day(reader, number, row)
            link = reader.field_text(row, "permalink")
            account = next(
                (text for text in (reader.field_text(row, f) for f in account_fields) if text), ""
            )
            text = reader.field_text(row, "description") or reader.field_text(row, "title")
            published = reader.moment(number, row, reader.filled_field(row, "publish_time"))
            figures = reader.metrics(number, row, metrics)
        except RowIsBad:
            continue
        sums = reader.reading.day_sums
        if sums is None:
            sums = reader.reading.day_sums = DaySums()
        if day is None:  # a lifetime row: the post, unless an earlier row gave it
            repeated = sums.seen(external_id, None, number, figures)
            if repeated is not None:
                if not repeated.same:  # a bad row; the earlier one stays
                    reader.refuse_repeat(
                        number,
                        reader.filled_field(row, "post_id"),
                        repeated,
                        Message("post {id}", id=external_id),
                    )
                continue
        published = _in_zone(published, zone)
        if published is not None:
            note_night_row(reader.reading, external_id, number, published)
        post = StatPost(
            network=network,
            account=account,
            external_id=external_id,
            link=link,
            published_at=published,
            text=text,
            post_type=post_type(reader.field_text(row, "post_type"), link),
            metrics=figures,
        )
        if day is None:
            reader.reading.add_post(post)
            continue
        repeated = sums.add(post, day, _NOT_ADDITIVE, number)
        if repeated is not None and not repeated.same:  # a bad row; the earlier one stays
            reader.refuse_repeat(
                number,
                reader.filled_field(row, "date"),
                repeated,
                Message("post {id} on {day}", id=external_id, day=day.isoformat()),
            )


def _breakdown_day(reader: ColumnReader, number: int, row: list[Cell]) -> date | None:
    """The day of a daily-breakdown row; None for a lifetime row (``Lifetime``, ``Global``)."""
    position = reader.filled_field(row, "date")
    text = reader.text(row, position)
    if text is None or text.lower() in LIFETIME_WORDS:
        return None
    return reader.day(number, row, position)


def _in_zone(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """A naive wall time of the file as an instant in the zone the network writes."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone)


def finish_posts(reading: ExportReading) -> None:
    """Once every part is read: each post of a daily breakdown gets the sum of its days
    (never its last row), and the days are kept as the account's series of its posts'
    figures (``views_of_posts`` on each day); the rows that gave a post (or a post's
    day) again with the same figures are noted (export_reading.Repeats)."""
    sums = reading.day_sums
    if sums is None:
        return
    reading.day_sums = None
    for post in sums.posts.values():
        reading.add_post(post)
    reading.daily.extend(
        DailyValue(sums.network, account, day, metric, value)
        for (account, day, metric), value in sorted(sums.series.items())
    )
    if sums.first is not None and sums.last is not None:
        reading.notes.append(
            Message(
                "A daily breakdown ({first} to {last}): each post gets the sum of its days.",
                first=sums.first.isoformat(),
                last=sums.last.isoformat(),
            )
        )
    repeats = sums.repeats.note(Message("a post's day") if sums.days else Message("a post"))
    if repeats is not None:
        reading.notes.append(repeats)


def _read_facebook(reader: ColumnReader) -> None:
    _read_posts(reader, "facebook", ("page_name", "page_id"))


def _read_instagram(reader: ColumnReader) -> None:
    _read_posts(reader, "instagram", ("account_username", "account_name", "account_id"))


FACEBOOK_POSTS = ExportKind(
    kind="meta_facebook_posts",
    label="Meta Business Suite — Facebook posts",
    required=frozenset({"post_id", "page_id", "publish_time", "permalink"}),
    read_rows=_read_facebook,
    names=("facebook", "posts"),
    finish=finish_posts,
)
INSTAGRAM_POSTS = ExportKind(
    kind="meta_instagram_posts",
    label="Meta Business Suite — Instagram posts",
    required=frozenset({"post_id", "account_id", "account_username", "publish_time"}),
    read_rows=_read_instagram,
    names=("instagram", "posts"),
    finish=finish_posts,
)
KINDS = [FACEBOOK_POSTS, INSTAGRAM_POSTS]
