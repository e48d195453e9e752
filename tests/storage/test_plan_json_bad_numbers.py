"""Numbers an edited plan JSON holds that SQLite cannot store (found by the fuzz in
tests/app/test_plan_files_fuzz.py): refused by table, row and column, in English and
French, with nothing left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services.export_json import import_plan_json
from smplanner.storage.plan_file import PlanFile, create_plan
from smplanner.storage.plan_json import dump_plan
from smplanner.storage.plan_json_load import PlanJsonError


@pytest.fixture
def plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_plan(tmp_path / "Martin.smplan", PlanProperties(client_name="Martin")) as plan:
        conn = plan.conn
        with conn:
            import_id = conn.execute(
                "INSERT INTO stat_imports (source_label, source_kind, file_hash, imported_at)"
                " VALUES ('Meta Business Suite', 'meta_posts', 'abc', '2026-11-02T10:00:00Z')"
            ).lastrowid
            conn.executemany(
                "INSERT INTO stat_posts (network, account, external_id, published_at,"
                " time_known, text, post_type, metrics, import_id)"
                " VALUES ('instagram', 'martin', ?, '2026-10-01T08:00:00+00:00', 1, 'Pain',"
                " 'image', '{\"reach\": 10}', ?)",
                [(f"ig-{i}", import_id) for i in range(1_500)],  # more than one batch
            )
        yield plan


def _edited(plan: PlanFile, folder: Path, row: int, column: str, value: object) -> Path:
    document = dump_plan(plan)
    posts = next(t for t in document["tables"] if t["name"] == "stat_posts")
    posts["rows"][row - 1][column] = value
    source = folder / "edited.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    return source


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (2**63, "9223372036854775808"),
        (-(2**63) - 1, "-9223372036854775809"),
        (10**30, "1" + "0" * 30),
    ],
)
def test_a_whole_number_too_large_for_sqlite_names_its_table_row_and_column(
    plan: PlanFile, tmp_path: Path, value: int, shown: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    source = _edited(plan, folder, 1_234, "time_known", value)
    target = folder / "Copie.smplan"
    with pytest.raises(PlanJsonError) as caught:
        import_plan_json(source, target)
    text = str(caught.value)
    assert str(source) in text
    assert 'table "stat_posts", row 1234, column "time_known"' in text
    assert ("the number " + shown[:20]) in text and "too large for a plan" in text
    assert "export the plan again" in text  # what to do
    assert not target.exists()
    assert [p.name for p in folder.iterdir()] == ["edited.json"]  # nothing left behind


def test_the_largest_whole_number_sqlite_holds_is_stored_as_it_is(
    plan: PlanFile, tmp_path: Path
) -> None:
    source = _edited(plan, tmp_path, 3, "id", 2**63 - 1)  # the largest rowid there is
    copy = import_plan_json(source, tmp_path / "Copie.smplan")
    try:
        stored = copy.conn.execute("SELECT external_id FROM stat_posts WHERE id = ?", (2**63 - 1,))
        assert stored.fetchall() == [("ig-2",)]
    finally:
        copy.close()


def test_the_refusal_reads_in_french(french_ui, plan: PlanFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.core_messages import error_text

    source = _edited(plan, tmp_path, 7, "time_known", 2**64)
    with pytest.raises(PlanJsonError) as caught:
        import_plan_json(source, tmp_path / "Copie.smplan")
    text = error_text(caught.value)
    assert "ligne 7" in text and "colonne « time_known »" in text
    assert "18446744073709551616" in text
    assert "trop grand pour un plan" in text and "too large" not in text
