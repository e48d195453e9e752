"""Meta Business Suite overview export: one metric per file, one row a day (UTF-16).

Line 1 ``sep=,`` (consumed by the CSV reader), then the metric's name on a line of
its own, in the interface language (``Facebook follows``, ``Reach``, ``Viewers``, French
``Followers en plus``, ``Vues``: export_headers.csv, then words of the name), then
``"Date","Primary"`` and the days (``2025-08-01T00:00:00``).
"""

from __future__ import annotations

from collections.abc import Sequence

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue
from smplanner.importers.column_reader import (
    ColumnReader,
    RowIsBad,
    find_header_row,
    metric_slug,
    normalize_header,
)
from smplanner.importers.export_kinds import ExportKind
from smplanner.importers.header_names import header_names
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

# Words of a title no line of export_headers.csv names, in the order tried: "viewer"
# before "view" (Viewers and Views are different metrics).
_METRIC_WORDS = [
    ("follow", m.NEW_FOLLOWERS),
    ("reach", m.REACH),
    ("couverture", m.REACH),
    ("impression", m.IMPRESSIONS),
    ("viewer", "viewers"),
    ("view", m.VIEWS),
    ("vues", m.VIEWS),
    ("visit", m.PROFILE_VIEWS),
    ("link click", m.LINK_CLICKS),
    ("interaction", m.INTERACTIONS),
    ("engagement", m.INTERACTIONS),
]


def metric_of(title: str) -> tuple[str, str]:
    """(network, metric) named by the line above the header: ``Instagram follows``."""
    text = normalize_header(title)
    network = "instagram" if "instagram" in text else "facebook"
    named = header_names("meta", "daily_series").by_name.get(text, ())
    for field, _language in named:
        if field not in {"date", "primary"}:
            return network, field
    for word, metric in _METRIC_WORDS:
        if word in text:
            return network, metric
    stripped = text.replace("instagram", "").replace("facebook", "")
    return network, metric_slug(stripped)


def _detect(table: Table) -> int | None:
    header = find_header_row(table, frozenset({"date", "primary"}), within=3)
    if header is None or header == 0:
        return None
    title = table.rows[header - 1]
    return header if title and title[0] else None


def _read(reader: ColumnReader) -> None:
    title = str(reader.table.rows[reader.header_index - 1][0])
    network, metric = metric_of(title)
    reader.reading.notes.append(
        Message(
            '"{title}" read as {network} {metric}.',
            title=title.strip(),
            network=network,
            metric=metric,
        )
    )
    date_column = reader.column("date")
    value_column = reader.column("primary")
    for number, row in reader.rows():
        try:
            day = reader.day(number, row, date_column)
            value = reader.number(number, row, value_column)
            if value is not None:
                reader.reading.daily.append(DailyValue(network, "", day, metric, value))
        except RowIsBad:
            continue


def unknown_value_column(tables: Sequence[Table]) -> Message | None:
    """What to say of a refused file laid out as a daily series (a title line, then
    "Date" and one value column, then dated rows) whose value column is not "Primary":
    the French interface's name for it is not confirmed (EXPORT_HEADERS_FR.md), so it is
    named, not guessed."""
    for table in tables:
        rows = [[cell for cell in row if cell not in (None, "")] for row in table.rows[:4]]
        for index in range(1, min(3, len(rows) - 1)):
            title, header, first = rows[index - 1], rows[index], rows[index + 1]
            if (
                len(title) == 1
                and len(header) == 2
                and normalize_header(header[0]) == "date"
                and len(first) == 2
                and any(character.isdigit() for character in str(first[0]))
            ):
                return Message(
                    'this looks like a Meta Business Suite daily series ("{title}") whose '
                    'value column "{column}" smplanner does not know yet (it reads '
                    '"Primary"): export it again with the interface in English, or use '
                    "the generic CSV import and say which column is which.",
                    title=str(title[0]).strip(),
                    column=str(header[1]).strip(),
                )
    return None


DAILY_SERIES = ExportKind(
    kind="meta_daily_series",
    label="Meta Business Suite — daily account series",
    required=frozenset({"date", "primary"}),
    read_rows=_read,
    detect=_detect,
)
KINDS = [DAILY_SERIES]
