"""Meta Business Suite overview export: one metric per file, one row a day (UTF-16).

Line 1 ``sep=,`` (consumed by the CSV reader), then the metric's name on a line of
its own, in the interface language (``Facebook follows``, ``Reach``, ``Viewers``, French
``Followers en plus``, ``Vues``: export_headers.csv, then words of the name), then
``"Date","Primary"`` and the days (``2025-08-01T00:00:00``).

The network is what the file says: its title (``Instagram follows``), else its file
name. A title that names none (``Reach``, French ``Followers en plus``, ``Vues``) is a
series of either network: its values are read without one (NETWORK_UNSAID) and the
reading says so (ExportReading.network_unsaid); the preview asks which network, the
CLI needs ``--network`` (services/statistics_import_network.py). Never guessed.
"""

from __future__ import annotations

import re
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
from smplanner.importers.export_kinds import A_DAY, ExportKind, repeats_noted
from smplanner.importers.export_reading import the_day
from smplanner.importers.header_names import header_names
from smplanner.importers.metric_words import metric_words
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


# The networks a daily series may be of, and the network of its values until the user
# said which (a title naming neither).
NETWORKS = ("facebook", "instagram")
_DISPLAYED = {"facebook": "Facebook", "instagram": "Instagram"}  # as the notes name them
NETWORK_UNSAID = ""


def network_named(text: str) -> str | None:
    """The one network a title or a file name names as a word; None for none or both."""
    words = set(re.split(r"[^a-z]+", text.lower()))
    named = [network for network in NETWORKS if network in words]
    return named[0] if len(named) == 1 else None


def metric_of(title: str, file_name: str = "") -> tuple[str | None, str]:
    """(network, metric) named by the line above the header (``Instagram follows``);
    the network from the file name if the title names none, else None (not said)."""
    text = normalize_header(title)
    network = network_named(text) or network_named(file_name)
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
    network, metric = metric_of(title, _file_name(reader.table.source))
    if network is None:
        reader.reading.network_unsaid = title.strip()
        reader.reading.notes.append(
            Message(
                '"{title}" read as {metric}; the file does not say of which network.',
                title=title.strip(),
                metric=metric_words(metric),
            )
        )
        network = NETWORK_UNSAID
    else:
        reader.reading.notes.append(
            Message(
                '"{title}" read as {network} {metric}.',
                title=title.strip(),
                network=_DISPLAYED[network],
                metric=metric_words(metric),
            )
        )
    date_column = reader.column("date")
    value_column = reader.column("primary")
    for number, row in reader.rows():
        try:
            day = reader.day(number, row, date_column)
            value = reader.number(number, row, value_column)
            figures = {metric: value} if value is not None else {}
            if not reader.given_once(number, date_column, "", day, figures, the_day):
                continue  # a day an earlier row gave (two downloads put together)
            if value is not None:
                reader.reading.daily.append(DailyValue(network, "", day, metric, value))
        except RowIsBad:
            continue


def _file_name(source: str) -> str:
    """The file's own name in a table's source: "x.csv", a zip's "x.zip › entry.csv"
    (the entry's), a workbook's "x.xlsx [sheet]" (the workbook's)."""
    return source.split(" › ")[-1].split(" [")[0]


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
    finish=repeats_noted(A_DAY),
)
KINDS = [DAILY_SERIES]
