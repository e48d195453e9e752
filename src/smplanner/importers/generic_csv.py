"""Any other tool's CSV (Iconosquare, Agorapulse, a spreadsheet): read through a mapping.

The user says which column holds the date, which (if any) the post id, and which
columns are which metrics, for one network. With a post id column each row is a
post; without, each row is a day of the account. Mappings are saved by name in the
plan for the next file of the same tool. Post times are wall times of the plan's zone
(the tool wrote no offset): the preview places them there
(services/statistics_import_times.place_mapped_times), so that a time in the hour
repeated when the clocks go back is asked, as a Meta export's is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.importers.cell_values import Cell
from smplanner.importers.column_reader import ColumnReader, RowIsBad, normalize_header
from smplanner.importers.export_reading import (
    DaySums,
    ExportReading,
    note_night_row,
    the_day,
    the_post,
)
from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

KIND = "generic_csv"


@dataclass(frozen=True)
class ColumnMapping:
    """Which header means what, for one network (headers compared case-insensitively)."""

    network: str
    date_column: str
    metrics: dict[str, str] = field(default_factory=dict)  # header -> metric id
    id_column: str | None = None
    link_column: str | None = None
    text_column: str | None = None
    account: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = json.loads(text)
        return cls(**{key: data[key] for key in cls.__dataclass_fields__ if key in data})


def header_candidates(table: Table) -> list[str]:
    """The column names of a CSV's first non-empty row, to offer in the mapping dialog."""
    for row in table.rows[:6]:
        names = [str(cell).strip() for cell in row if cell not in (None, "")]
        if len(names) >= 2:
            return names
    return []


def mapping_header_row(table: Table, mapping: ColumnMapping) -> int:
    """The index of the row holding the mapping's columns (among the first six);
    ImportFileError if a mapped column is absent."""
    wanted = {
        normalize_header(name)
        for name in [mapping.date_column, mapping.id_column, *mapping.metrics]
        if name
    }
    header_index = next(
        (
            index
            for index, row in enumerate(table.rows[:6])
            if wanted <= {normalize_header(cell) for cell in row}
        ),
        None,
    )
    if header_index is None:
        raise ImportFileError(
            table.source,
            Message(
                "the columns of the mapping ({columns}) are not all in this file: "
                "check the mapping.",
                columns=", ".join(sorted(wanted)),
            ),
        )
    return header_index


def read_with_mapping(
    table: Table, mapping: ColumnMapping, day_sums: DaySums | None = None
) -> ExportReading:
    """Read a table (or a part of one, with the rows down to its header) with a user's
    mapping; ImportFileError if a mapped column is absent. ``day_sums``: what the parts
    read before gave (a post or day an earlier row gave is read once:
    ColumnReader.given_once; export_files notes the repeats once all parts are read)."""
    header_index = mapping_header_row(table, mapping)
    reading = ExportReading(
        table.source, KIND, f"Generic CSV ({mapping.network})", day_sums=day_sums
    )
    reader = ColumnReader(table, header_index, reading)
    date_column = reader.column(normalize_header(mapping.date_column))
    id_column = reader.column(normalize_header(mapping.id_column)) if mapping.id_column else None
    metrics = reader.mapped({normalize_header(k): v for k, v in mapping.metrics.items()})
    for number, row in reader.rows():
        try:
            if id_column is None:
                day = reader.day(number, row, date_column)
                figures = reader.metrics(number, row, metrics)
                if not reader.given_once(number, date_column, "", day, figures, the_day):
                    continue  # a day an earlier row gave
                reading.daily.extend(
                    DailyValue(mapping.network, mapping.account, day, metric, value)
                    for metric, value in figures.items()
                )
                continue
            external_id = reader.text(row, id_column)
            if external_id is None:
                raise reader.fail(number, id_column, Message("the post id is missing."))
            published = reader.moment(number, row, date_column)
            figures = reader.metrics(number, row, metrics)
            if not reader.given_once(number, id_column, external_id, None, figures, the_post):
                continue  # a post an earlier row gave
            if published is not None:
                note_night_row(reading, external_id, number, published)
            reading.add_post(
                StatPost(
                    network=mapping.network,
                    account=mapping.account,
                    external_id=external_id,
                    link=_optional(reader, row, mapping.link_column),
                    published_at=published,
                    text=_optional(reader, row, mapping.text_column),
                    metrics=figures,
                )
            )
        except RowIsBad:
            continue
    return reading


def _optional(reader: ColumnReader, row: list[Cell], header: str | None) -> str | None:
    if not header:
        return None
    return reader.text(row, reader.column(normalize_header(header)))
