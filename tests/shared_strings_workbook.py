"""Write an .xlsx the way Excel and LinkedIn do: every text cell an index into the
workbook's shared strings table (openpyxl writes inline strings instead, a layout
real exports do not have). Rows are written as they come, so that a benchmark can
make a 100,000-row workbook; numbers stay numbers, None is an empty cell."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def write_workbook(path: Path, sheets: Mapping[str, Iterable[Sequence[object]]]) -> Path:
    strings: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, rows in enumerate(sheets.values(), start=1):
            # Excel writes the sheet's size first (readers look for it before the
            # rows): the rows go to a spool, then behind the size once it is known.
            width, height = 1, 1
            with tempfile.TemporaryFile() as spool:
                for r, row in enumerate(rows, start=1):
                    cells = []
                    for c, value in enumerate(row, start=1):
                        ref = f"{get_column_letter(c)}{r}"
                        if value is None:
                            continue
                        width, height = max(width, c), r
                        if isinstance(value, int | float):
                            cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
                        else:
                            index = strings.setdefault(str(value), len(strings))
                            cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
                    spool.write(f'<row r="{r}">{"".join(cells)}</row>'.encode())
                size = f"A1:{get_column_letter(width)}{height}"
                with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as out:
                    out.write(f'{_HEAD}<worksheet xmlns="{_MAIN}">'.encode())
                    out.write(f'<dimension ref="{size}"/><sheetData>'.encode())
                    spool.seek(0)
                    shutil.copyfileobj(spool, out)
                    out.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w") as out:
            out.write(f'{_HEAD}<sst xmlns="{_MAIN}" uniqueCount="{len(strings)}">'.encode())
            for value in strings:  # in index order (dicts keep insertion order)
                space = ' xml:space="preserve"' if value != value.strip() else ""
                out.write(f"<si><t{space}>{_text(value)}</t></si>".encode())
            out.write(b"</sst>")
        names = list(sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_CT}.worksheet+xml"/>'
            for n in range(1, len(names) + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
            f"{overrides}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'{_HEAD}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        sheet_list = "".join(
            f'<sheet name="{_text(name)}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(names, start=1)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{sheet_list}</sheets>'
            "</workbook>",
        )
        links = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, len(names) + 1)
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'{_HEAD}<Relationships xmlns="{_PKG}">{links}<Relationship Id="rId{len(names) + 1}"'
            f' Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
    return path
