"""Another tool's CSV read through a mapping is read in parts too (issue #10: a large
file imports in a bounded window of rows): the same reading as a whole read, spooled
on disk, and stored alike."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from smplanner.importers import export_files
from smplanner.importers.export_files import read_export_file
from smplanner.importers.generic_csv import ColumnMapping
from smplanner.importers.import_errors import ImportFileError
from smplanner.importers.reading_spool import RowSpool
from smplanner.services.statistics_import import FilePreview, import_files

POSTS = ColumnMapping(
    network="instagram",
    date_column="Jour",
    id_column="Identifiant",
    metrics={"Portée": "reach", "J'aime": "likes"},
)
DAYS = ColumnMapping(network="instagram", date_column="Jour", metrics={"Abonnés": "followers"})
FIRST = date(2023, 1, 1)


def write_posts(path: Path, rows: int) -> Path:
    lines = ["Rapport Iconosquare", "Jour;Identifiant;Portée;J'aime"]
    lines += [
        f"{(FIRST + timedelta(days=n)):%d/%m/%Y};ig-{n};{1000 + n};{n % 50}" for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_days(path: Path, rows: int) -> Path:
    lines = ["Jour;Abonnés"]
    lines += [f"{(FIRST + timedelta(days=n)):%d/%m/%Y};{1500 + n}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("write", "mapping"), [(write_posts, POSTS), (write_days, DAYS)])
def test_a_mapped_csv_read_in_parts_reads_as_a_whole_read(
    plan, tmp_path, monkeypatch, write, mapping
) -> None:
    path = write(tmp_path / "iconosquare.csv", 1_000)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", 90)
    parted = read_export_file(path, mapping)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", 100_000)
    (whole,) = read_export_file(path, mapping).readings
    (part,) = parted.readings
    spooled = part.post_rows if mapping.id_column else part.daily
    assert isinstance(spooled, RowSpool) and len(spooled) == 1_000
    assert list(part.post_rows) == whole.post_rows and list(part.daily) == whole.daily
    assert part.rows_read == whole.rows_read == 1_000 and part.problems == []
    import_files(plan, [FilePreview(path, parted)])
    if mapping.id_column:
        (network, metrics) = plan.conn.execute(
            "SELECT network, metrics FROM stat_posts WHERE external_id = 'ig-999'"
        ).fetchone()
        assert network == "instagram" and json.loads(metrics) == {"reach": 1999, "likes": 49}
        assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (1_000,)
    else:
        last = plan.conn.execute(
            "SELECT day, value FROM stat_daily WHERE metric = 'followers' ORDER BY day DESC"
        ).fetchone()
        assert last == ((FIRST + timedelta(days=999)).isoformat(), 2499.0)


def test_a_mapping_whose_columns_are_not_in_the_file_is_refused_by_name(tmp_path) -> None:
    path = write_days(tmp_path / "iconosquare.csv", 300)
    with pytest.raises(ImportFileError, match="the columns of the mapping"):
        read_export_file(path, POSTS)


def test_a_large_legacy_facebook_export_keeps_every_row_when_read_in_parts(
    tmp_path, monkeypatch
) -> None:
    """Its second row describes the columns: each part repeats it, so no part takes its
    first post for the descriptions (one post in 10,000 was dropped without a word)."""
    fixture = (
        Path(__file__).parents[1] / "fixtures" / "exports" / "facebook_insights_legacy_posts.csv"
    )
    names, descriptions, post = fixture.read_text(encoding="utf-8").splitlines()[:3]
    rows = [
        post.replace("111_222", f"111_{n}", 1).replace("/222,", f"/{n},", 1) for n in range(450)
    ]
    path = tmp_path / "insights.csv"
    path.write_text("\n".join([names, descriptions, *rows]) + "\n", encoding="utf-8")
    monkeypatch.setattr(export_files, "CHUNK_ROWS", 100)
    (part,) = read_export_file(path).readings
    assert isinstance(part.post_rows, RowSpool)
    assert [row[2] for row in part.post_rows] == [f"111_{n}" for n in range(450)]
    assert part.problems == [] and part.rows_read == 450
    assert {json.loads(row[8])["likes"] for row in part.post_rows} == {80}  # by the descriptions


@pytest.mark.parametrize("parts", [100_000, 1], ids=["whole", "parts-of-1"])
@pytest.mark.parametrize(("write", "mapping"), [(write_posts, POSTS), (write_days, DAYS)])
def test_a_mapped_row_given_twice_is_read_once_or_is_a_bad_row(
    plan, tmp_path, monkeypatch, write, mapping, parts
) -> None:
    """A post (or a day) that two rows give, as a file of two downloads put together
    does: with the same figures it is read once (noted), with other figures the later
    row is a bad row naming the earlier, whole or in parts (issue #10)."""
    from smplanner.services.statistics_import import preview

    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    path = write(tmp_path / "iconosquare.csv", 3)
    lines = path.read_text(encoding="utf-8").splitlines()
    first = len(lines) - 2  # the first data row's spreadsheet row
    path.write_text("\n".join([*lines, lines[first - 1]]) + "\n", encoding="utf-8")
    (item,) = preview([path], mapping)
    assert item.problems == []
    what = "a post" if mapping.id_column else "a day"
    assert (
        f"1 row(s) give {what} that an earlier row gave with the same figures "
        f"(rows {len(lines) + 1}): each is counted once."
    ) in [str(note) for note in item.note_messages]
    assert item.reading is not None and item.reading.readings[0].records == 3  # not 4
    other = lines[first - 1].rsplit(";", 1)[0] + ";7777"
    path.write_text("\n".join([*lines, other]) + "\n", encoding="utf-8")
    (item,) = preview([path], mapping)
    (problem,) = item.problems
    named = "post ig-0" if mapping.id_column else "the day 2023-01-01"
    assert f"row {len(lines) + 1}" in problem
    assert f"row {first} already gives {named}, with other figures" in problem
    import_files(plan, [item], skip_bad_rows=True)
    if mapping.id_column:
        (metrics,) = plan.conn.execute(
            "SELECT metrics FROM stat_posts WHERE external_id = 'ig-0'"
        ).fetchone()
        assert json.loads(metrics) == {"reach": 1000, "likes": 0}  # the earlier row's
    else:
        assert plan.conn.execute(
            "SELECT value FROM stat_daily WHERE day = '2023-01-01'"
        ).fetchone() == (1500.0,)
