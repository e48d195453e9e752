"""Writers of valid export files for the property-based round trips (hypothesis).

The strategies in test_statistics_properties_layouts*.py write a file in one of the
documented layouts (EXPORT_FORMATS.md) with random but valid content: random posts,
days and figures, optional columns present or not, columns in any order, blanks as
the exports write them (``NA``, ``-``, ``undefined``, empty), the container varied
as users' files vary. Each returns the bytes and the records they stand for;
``check_round_trip`` reads the bytes and expects exactly those records.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from smplanner.domain.stat_records import DailyValue, HourlyActivity, StatPost
from smplanner.importers.export_files import read_export_bytes

PROPERTIES = settings(
    max_examples=int(os.environ.get("SMPLANNER_HYPOTHESIS_EXAMPLES", "40")),
    deadline=None,
    database=None,  # no .hypothesis/ folder in the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Expected:
    """What reading a generated file must give, per recognised kind."""

    posts: dict[str, list[StatPost]] = field(default_factory=lambda: defaultdict(list))
    daily: dict[str, list[DailyValue]] = field(default_factory=lambda: defaultdict(list))
    hourly: dict[str, list[HourlyActivity]] = field(default_factory=lambda: defaultdict(list))

    def kinds(self) -> set[str]:
        return set(self.posts) | set(self.daily) | set(self.hourly)


@dataclass
class Written:
    name: str
    data: bytes
    expected: Expected


# ------------------------------------------------------------------ values

MOMENTS = st.datetimes(min_value=datetime(2016, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)
DAYS = st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31))
# Realistic captions: letters, accents, emoji, punctuation, line breaks. (A caption
# made only of many semicolons can make a comma file's delimiter be sniffed wrongly:
# not a caption anyone writes.)
CAPTIONS = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFZ éèàçœ!?.,'\"#@-\n🥐")),
    max_size=40,
)
LATIN_CAPTIONS = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCéèàç!?.,'#@-")), max_size=40
)
NAMES = st.text(alphabet=st.sampled_from(list("abcdefghijklmnop.")), min_size=1, max_size=15)
COUNTS = st.integers(min_value=0, max_value=50_000_000)
BLANKS = st.sampled_from(["", "NA", "-", "undefined"])


def stripped(text: str | None) -> str | None:
    """What the importers make of a free text cell."""
    if text is None:
        return None
    return text.strip() or None


@st.composite
def figure_cells(
    draw: st.DrawFn,
    headers: dict[str, str],
    *,
    french: bool = False,
    required: tuple[str, ...] = (),
) -> tuple[list[str], st.SearchStrategy[tuple[list[str], dict[str, float]]]]:
    """Some metric columns of a layout (at most one alias per metric, in any order), and
    the strategy of one row's cells with the metrics they mean."""
    by_metric: dict[str, list[str]] = defaultdict(list)
    for header, metric in headers.items():
        by_metric[metric].append(header)
    chosen = list(required)
    for aliases in by_metric.values():
        if not any(header in aliases for header in required) and draw(st.booleans()):
            chosen.append(draw(st.sampled_from(aliases)))
    chosen = list(draw(st.permutations(chosen)))
    return chosen, figure_row(chosen, headers, french)


@st.composite
def figure_row(
    draw: st.DrawFn, chosen: list[str], headers: dict[str, str], french: bool
) -> tuple[list[str], dict[str, float]]:
    """One row's figure cells (a blank now and then: no value, never 0) and their metrics."""
    cells, metrics = [], {}
    for header in chosen:
        if draw(st.integers(0, 5)) == 0:
            cells.append(draw(BLANKS))
            continue
        value = draw(COUNTS)
        cells.append(number_text(value, draw(st.booleans()), french))
        metrics[headers[header]] = float(value)
    return cells, metrics


def number_text(value: int, grouped: bool, french: bool) -> str:
    if not grouped:
        return str(value)
    return f"{value:,}".replace(",", "\u00a0" if french else ",")


def csv_bytes(rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def title(header: str) -> str:
    """A header as the networks capitalise it (matching ignores case)."""
    return header[:1].upper() + header[1:]


def check_round_trip(written: Written) -> None:
    """Reading the written file gives exactly the records written, and no problem."""
    reading = read_export_bytes(written.name, written.data)
    assert reading.problems == []
    expected = written.expected
    assert set(reading.kinds) == expected.kinds()
    for part in reading.readings:
        assert part.posts == expected.posts.get(part.kind, []), part.kind
        assert sorted(part.daily, key=_daily_key) == sorted(
            expected.daily.get(part.kind, []), key=_daily_key
        ), part.kind
        assert part.hourly == expected.hourly.get(part.kind, []), part.kind


def _daily_key(value: DailyValue) -> tuple[object, ...]:
    return (value.network, value.account, value.day, value.metric)
