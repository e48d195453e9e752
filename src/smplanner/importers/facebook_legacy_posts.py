"""Facebook Insights' legacy post export (old archives).

Two header rows: the column names, then a row of descriptions, which is skipped.
Several columns repeat a name with "by action type"; the first like, comment and
share columns are read.
"""

from __future__ import annotations

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import StatPost
from smplanner.importers.export_reading import ColumnReader, ExportKind, RowIsBad
from smplanner.messages import Message

_CONTAINS = [
    ("lifetime post total reach", m.REACH),
    ("lifetime post organic reach", "reach_organic"),
    ("lifetime post total impressions", m.IMPRESSIONS),
    ("lifetime engaged users", "engaged_users"),
    ("lifetime post consumers", m.CLICKS),
    ("by action type - like", m.LIKES),
    ("by action type - comment", m.COMMENTS),
    ("by action type - share", m.SHARES),
]


def _read(reader: ColumnReader) -> None:
    mapping: dict[int, tuple[str, float]] = {}
    taken: set[str] = set()
    for position, header in enumerate(reader.headers):
        name = header.lower()
        for words, metric in _CONTAINS:
            if words in name and metric not in taken and "unique" not in name:
                mapping[position] = (metric, 1.0)
                taken.add(metric)
                break
    reader.first_data_row += 1  # the row of descriptions
    post_id = reader.column("post id")
    for number, row in reader.rows():
        try:
            external_id = reader.text(row, post_id)
            if external_id is None:
                raise reader.fail(number, post_id, Message("the post id is missing."))
            reader.reading.add_post(
                StatPost(
                    network="facebook",
                    account="",
                    external_id=external_id,
                    link=reader.text(row, reader.column("permalink")),
                    published_at=reader.moment(number, row, reader.column("posted")),
                    text=reader.text(row, reader.column("post message")),
                    post_type=reader.text(row, reader.column("type")),
                    metrics=reader.metrics(number, row, mapping),
                )
            )
        except RowIsBad:
            continue


LEGACY_POSTS = ExportKind(
    kind="facebook_legacy_posts",
    label="Facebook Insights — legacy post export",
    required=frozenset({"post id", "permalink", "post message", "posted"}),
    read_rows=_read,
)
KINDS = [LEGACY_POSTS]
