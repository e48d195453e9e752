"""The whole-plan JSON import reads its file as a stream (issue #13).

The reader must give exactly what json.loads gives, wherever the chunks are cut; the
import must hold a bounded window of rows (measured with tracemalloc against the
file's size), accept any member order, and refuse a broken file deep in its rows
with where and what, leaving nothing behind.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_json import dump_plan
from smplanner.storage.plan_json_load import PlanJsonError
from smplanner.storage.plan_json_reader import (
    JsonSyntaxError,
    document_events,
    file_chunks,
    stream_events,
)


def _pieces(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), size):
        yield text[start : start + size]


def _fill_statistics(plan: PlanFile, count: int) -> None:
    """``count`` imported posts, as the statistics importer stores them."""
    conn = plan.conn
    with conn:
        import_id = conn.execute(
            "INSERT INTO stat_imports (source_label, source_kind, file_hash, imported_at)"
            " VALUES ('Meta Business Suite', 'meta_posts', 'abc', '2026-11-02T10:00:00+01:00')"
        ).lastrowid
        conn.executemany(
            "INSERT INTO stat_posts (network, account, external_id, link, published_at,"
            " time_known, text, post_type, metrics, import_id)"
            " VALUES (?, ?, ?, ?, ?, 1, ?, 'image', ?, ?)",
            (
                (
                    "instagram",
                    "boulangerie.martin",
                    f"ig-{i}",
                    f"https://example.org/p/{i}",
                    f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T08:{i % 60:02d}:00+00:00",
                    f"Post {i} : la fournée du matin, « pain de campagne » #boulangerie",
                    json.dumps({"reach": 1000 + i % 977, "likes": i % 89}),
                    import_id,
                )
                for i in range(count)
            ),
        )


def _rows(plan: PlanFile, table: str) -> list[tuple[object, ...]]:
    return plan.conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()


DOCUMENTS = [
    {"a": [1, 2.5, -3e-7, True, False, None, 'x\u00e9"\\\n', {"b": []}], "c": {}},
    {
        "format": "smplanner-plan",
        "tables": [
            {"name": "t", "rows": [{"n": 12345678901234567890, "f": -0.0}, {"s": "\ud83e\udd50"}]},
            [1],
            {"rows": [], "name": "u", "columns": ["a"]},
        ],
        "tail": "Infinity is a word here",
        "big": float("inf"),
        "small": float("-inf"),
    },
    [1, 2],
    "just text",
]


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 13, 64, 1 << 20])
def test_the_stream_gives_the_parsed_documents_events_wherever_it_is_cut(
    document: Any, size: int
) -> None:
    text = json.dumps(document, indent=1, ensure_ascii=size % 2 == 0)
    assert list(stream_events(_pieces(text, size))) == list(document_events(json.loads(text)))


BROKEN = [
    '{"format": "smplanner-plan",\n  oops}',
    '{"tables": [\n {"name": "t", "rows": [\n  {"a": 1},\n  {"a": 2,}\n ]}\n]}',
    '{"tables": [{"name": "t", "rows": [{"a": tru}]}]}',
    '{"a": 1}\n\n  {"b": 2}',
    '{"a": "no end',
    '{"a" 1}',
    '{"a": [1 2]}',
    '{"tables": [{"name": "t" "rows": []}]}',
    "",
    "   \n",
    '{"a": -}',
    '{"a": "\\uzzzz"}',
]


@pytest.mark.parametrize("text", BROKEN)
@pytest.mark.parametrize("size", [1, 4, 9, 1 << 20])
def test_a_syntax_error_is_placed_where_json_loads_places_it(text: str, size: int) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(JsonSyntaxError) as found:
        list(stream_events(_pieces(text, size)))
    assert (found.value.line, found.value.column) == (expected.value.lineno, expected.value.colno)


def test_file_chunks_drop_a_byte_order_mark_and_keep_characters_cut_between_chunks(
    tmp_path: Path,
) -> None:
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + '{"é": "🥐"}'.encode())
    assert "".join(file_chunks(source, chunk_bytes=1)) == '{"é": "🥐"}'


def test_a_large_export_imports_in_memory_that_does_not_grow_with_the_file(
    plan: PlanFile, tmp_path: Path
) -> None:
    _fill_statistics(plan, 60_000)
    export = tmp_path / "big.json"
    export_plan_json(plan, export)
    size = export.stat().st_size
    assert size > 15_000_000
    tracemalloc.start()
    try:
        copy = import_plan_json(export, tmp_path / "Copie.smplan")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    try:
        assert _rows(copy, "stat_posts") == _rows(plan, "stat_posts")
    finally:
        copy.close()
    # Parsed whole, the text alone is the file's size, and its objects several times it.
    assert peak < 5_000_000, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"


def test_a_file_saved_with_its_tables_first_and_rows_before_names_imports_the_same(
    plan: PlanFile, tmp_path: Path
) -> None:
    _fill_statistics(plan, 50)
    document = dump_plan(plan)
    reordered = {"tables": [dict(reversed(table.items())) for table in document["tables"]]}
    reordered.update((key, value) for key, value in document.items() if key != "tables")
    assert next(iter(reordered)) == "tables"
    assert next(iter(reordered["tables"][0])) == "rows"
    source = tmp_path / "re-saved.json"
    source.write_text(json.dumps(reordered, indent=2), encoding="utf-8")
    copy = import_plan_json(source, tmp_path / "Copie.smplan")
    try:
        assert _rows(copy, "stat_posts") == _rows(plan, "stat_posts")
    finally:
        copy.close()


def _no_leftovers(folder: Path) -> list[str]:
    """Hidden files other than the open plan's lock: a half-built plan's, say."""
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith(".") and ".lock" not in p.name
    )


def test_a_file_cut_short_is_refused_with_its_line_and_nothing_is_left(
    plan: PlanFile, tmp_path: Path
) -> None:
    _fill_statistics(plan, 5_000)
    export = tmp_path / "export.json"
    export_plan_json(plan, export)
    data = export.read_bytes()
    cut = tmp_path / "cut" / "cut.json"
    cut.parent.mkdir()
    end = len(data) * 2 // 3
    while data[end] & 0xC0 == 0x80:  # cut between characters: short JSON, not bad UTF-8
        end -= 1
    cut.write_bytes(data[:end])
    target = cut.parent / "Copie.smplan"
    with pytest.raises(PlanJsonError, match=r"line \d+, column \d+: not valid JSON") as error:
        import_plan_json(cut, target)
    assert str(cut) in str(error.value)
    assert not target.exists()
    assert _no_leftovers(cut.parent) == []


def test_a_bad_row_deep_in_the_file_names_its_table_and_row_and_nothing_is_stored(
    plan: PlanFile, tmp_path: Path
) -> None:
    _fill_statistics(plan, 4_500)
    document = dump_plan(plan)
    posts = next(t for t in document["tables"] if t["name"] == "stat_posts")
    posts["rows"][4_321]["reach_daily"] = 12
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "Copie.smplan"
    with pytest.raises(
        PlanJsonError, match=r'table "stat_posts", row 4322: unknown column "reach_daily"'
    ):
        import_plan_json(source, target)
    assert not target.exists()
    assert _no_leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: {**d, "tables": 3}, '"tables" is missing or not a list'),
        (lambda d: {k: v for k, v in d.items() if k != "tables"}, '"tables" is missing'),
        (lambda d: {**d, "tables": [*d["tables"], 7]}, r"tables\[\d+\] is not an object"),
        (lambda d: {**d, "tables": [{"rows": []}]}, r"tables\[0\] has no name"),
        (lambda d: {**d, "tables": [{"name": "plan"}]}, '"rows" must be a list of objects'),
        (lambda d: {**d, "tables": [{"name": "plan", "rows": [3]}]}, '"rows" must be a list'),
        (lambda d: {**d, "tables": [{"name": "nope", "rows": []}]}, "does not belong to a plan"),
        (lambda d: {**d, "format": "other"}, '"format" is not "smplanner-plan"'),
    ],
)
def test_a_wrong_frame_is_refused_by_name(
    plan: PlanFile, tmp_path: Path, edit: Any, message: str
) -> None:
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(edit(dump_plan(plan))), encoding="utf-8")
    with pytest.raises(PlanJsonError, match=message):
        import_plan_json(source, tmp_path / "Copie.smplan")
    assert not (tmp_path / "Copie.smplan").exists()


def test_tables_given_twice_are_refused(plan: PlanFile, tmp_path: Path) -> None:
    text = json.dumps(dump_plan(plan))
    tables = text[text.index('"tables": ') : -1]
    source = tmp_path / "twice.json"
    source.write_text(text[:-1] + ", " + tables + "}", encoding="utf-8")
    with pytest.raises(PlanJsonError, match='"tables" appears twice'):
        import_plan_json(source, tmp_path / "Copie.smplan")
    assert not (tmp_path / "Copie.smplan").exists()
