"""An .xlsx workbook read row by row in bounded memory.

openpyxl's read-only mode streams a sheet's rows, but (1) first loads the workbook's
shared strings table whole: in an export that writes every cell as text (LinkedIn,
Excel re-saves) that table is every cell of the file, ~56 MB of Python strings for
100,000 rows (benchmarks/xlsx_import.py); and (2) keeps each row's emptied element
in the parsed tree, ~80 bytes a row, 80 MB at a million rows.

Here (1) the table is read once, as a stream, into an anonymous temporary file with
each string's offset (8 bytes a string in memory); a cell's string is read back when
its row is, the recent ones cached (the repeated values of an export, "Organic",
"NA", its dates, are most lookups); and (2) each row leaves the tree once parsed.
Cells are parsed by openpyxl's own WorkSheetParser: the values are openpyxl's.
"""

from __future__ import annotations

import tempfile
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import IO, Any, BinaryIO, overload

_CACHED = 4096  # strings kept after use (a few hundred KB at most)


class SpooledStrings(Sequence[str]):
    """The shared strings table, by index, from a temporary file."""

    def __init__(self) -> None:
        # Deleted when closed (close_workbook), which the reading does when it ends.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="smplanner-xlsx-")  # noqa: SIM115
        self._offsets = array("q", [0])
        self._cache: OrderedDict[int, str] = OrderedDict()

    def append(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not 0 <= index < len(self):
            raise IndexError("shared string index out of range")  # a damaged workbook
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        start, end = self._offsets[index], self._offsets[index + 1]
        self._file.seek(start)
        text = self._file.read(end - start).decode("utf-8", "surrogatepass")
        self._cache[index] = text
        if len(self._cache) > _CACHED:
            self._cache.popitem(last=False)
        return text

    def close(self) -> None:
        self._file.close()


def _spooled_table(source: BinaryIO) -> SpooledStrings:
    """openpyxl's read_string_table, each string to the spool as it is parsed."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    strings = SpooledStrings()
    tag = f"{{{SHEET_MAIN_NS}}}si"
    root = None
    for event, node in iterparse(source, events=("start", "end")):
        if root is None:
            root = node
        if event == "end" and node.tag == tag:
            strings.append(Text.from_tree(node).content.replace("x005F_", ""))
            root.clear()  # the strings parsed so far leave the tree, not only their text
    return strings


def load_streaming_workbook(source: BinaryIO) -> Any:
    """openpyxl's ``load_workbook(read_only=True, data_only=True)``, its shared strings
    spooled; close it with ``close_workbook``."""
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader

    class _Reader(ExcelReader):
        def read_strings(self) -> None:
            found = self.package.find(SHARED_STRINGS)
            if found is not None:
                with self.archive.open(found.PartName[1:]) as src:
                    self.shared_strings = _spooled_table(src)

    reader = _Reader(source, read_only=True, data_only=True)
    try:
        reader.read()
    except BaseException:
        _close_strings(reader.shared_strings)
        raise
    book = reader.wb
    book._smplanner_strings = reader.shared_strings  # closed with the book
    return book


def _close_strings(strings: object) -> None:
    if isinstance(strings, SpooledStrings):
        strings.close()


def close_workbook(book: Any) -> None:
    try:
        book.close()
    finally:
        _close_strings(getattr(book, "_smplanner_strings", None))


def sheet_values(book: Any, sheet: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values from column A) of each row the sheet has, in order: as
    openpyxl's ``iter_rows(values_only=True)``, without a row for a missing one and
    without the declared size (a far cell, XFD1048576, pads nothing)."""
    from openpyxl.worksheet._reader import (
        DATA_TAG,
        ROW_TAG,
        WorkSheetParser,
    )
    from openpyxl.xml.functions import iterparse

    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        rows = None
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                if element.tag == DATA_TAG:
                    rows = element
                continue
            if element.tag != ROW_TAG:
                continue
            number, cells = parser.parse_row(element)
            parser.row_dimensions.clear()  # a row's height and style: not read here
            if rows is not None:
                rows.clear()  # the row leaves the tree (clearing it would leave it there)
            if not cells:
                continue
            values: list[object] = [None] * cells[-1]["column"]
            for cell in cells:
                values[cell["column"] - 1] = cell["value"]
            yield number, tuple(values)
