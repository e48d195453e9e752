"""Reference columns of an edited plan JSON that point at no row (issue #10).

The import ids of the statistics (``stat_posts``, ``stat_daily``, ``stat_hourly``,
``stat_overwritten``) have no foreign key: an edited export naming no import must be
refused by table, row and column, in English and French, with nothing created. The
foreign keys (posts -> campaigns, groups, series; labels; matches -> posts) say the
table, the column and the value. The columns allowed to dangle (a removed pillar or
objective, a deleted planned post, media from another plan) still import.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services.export_json import import_plan_json
from smplanner.storage.plan_file import PlanFile, create_plan
from smplanner.storage.plan_json import dump_plan
from smplanner.storage.plan_json_load import PlanJsonError

POSTS = 1_500  # more than one batch of rows (plan_json_rows.BATCH_ROWS)


@pytest.fixture
def plan(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_plan(tmp_path / "Martin.smplan", PlanProperties(client_name="Martin")) as plan:
        conn = plan.conn
        with conn:
            for n in (1, 2):
                conn.execute(
                    "INSERT INTO stat_imports (id, source_label, source_kind, file_hash,"
                    " imported_at) VALUES (?, 'Meta Business Suite', 'meta_posts', ?,"
                    " '2026-11-02T10:00:00Z')",
                    (n, f"hash-{n}"),
                )
            conn.executemany(
                "INSERT INTO stat_posts (id, network, account, external_id, published_at,"
                " time_known, text, post_type, metrics, import_id)"
                " VALUES (?, 'instagram', 'martin', ?, '2026-10-01T08:00:00+00:00', 1, 'Pain',"
                " 'image', '{\"reach\": 10}', ?)",
                [(i + 1, f"ig-{i}", 1 if i < 1_000 else 2) for i in range(POSTS)],
            )
            conn.executemany(
                "INSERT INTO stat_daily VALUES ('facebook', '', ?, 'followers', ?, 1)",
                [(f"2026-10-{day:02d}", 100 + day) for day in range(1, 29)],
            )
            conn.executemany(
                "INSERT INTO stat_hourly VALUES ('tiktok', '', '2026-10-01', ?, ?, 2)",
                [(hour, 10.0 * hour) for hour in range(24)],
            )
            conn.execute(
                "INSERT INTO stat_overwritten VALUES (2, 'stat_posts', '3',"
                " json_object('metrics', '{}', 'import_id', 1))"
            )
            conn.execute(
                "INSERT INTO campaigns (id, name, starts_on, ends_on) VALUES"
                " (1, 'Noël', '2026-12-01', '2026-12-24')"
            )
            conn.execute("INSERT INTO labels (id, name) VALUES (1, 'Promo')")
            conn.executemany(
                "INSERT INTO posts (id, network, status, scheduled_at, campaign_id, pillar_id,"
                " objective_id, media) VALUES (?, 'instagram', 'approved',"
                " '2026-12-0' || ? || 'T09:00:00+01:00', 1, 77, 88, ?)",
                [(n, n, json.dumps([f"media:{'ab' * 32}/pain.jpg"])) for n in range(1, 4)],
            )
            conn.execute("INSERT INTO post_labels VALUES (2, 1)")
            # a planned post the calendar deleted since: the match stays (on purpose)
            conn.execute("INSERT INTO stat_post_matches VALUES (5, 999, 'link', 1.0)")
        yield plan


def _table(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t for t in document["tables"] if t["name"] == name)


def _written(document: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    source = folder / "edited.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    return source


def _refused(source: Path) -> PlanJsonError:
    target = source.parent / "Copie.smplan"
    with pytest.raises(PlanJsonError) as caught:
        import_plan_json(source, target)
    assert not target.exists()
    assert [p.name for p in source.parent.iterdir()] == [source.name]  # nothing left behind
    return caught.value


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("stat_posts", 1_234),
        ("stat_posts", 1),
        ("stat_daily", 17),
        ("stat_hourly", 24),
        ("stat_overwritten", 1),
    ],
)
def test_an_import_id_naming_no_import_is_refused_by_table_row_and_column(
    plan: PlanFile, tmp_path: Path, table: str, row: int
) -> None:
    document = dump_plan(plan)
    _table(document, table)["rows"][row - 1]["import_id"] = 99
    error = _refused(_written(document, tmp_path / "in"))
    text = str(error)
    assert f'table "{table}", row {row}, column "import_id": 99 is not the id of any row' in text
    assert 'of table "stat_imports"' in text
    assert "the export was edited" in text and "export the plan again" in text


def test_the_first_row_naming_no_import_is_the_one_told(plan: PlanFile, tmp_path: Path) -> None:
    document = dump_plan(plan)
    rows = _table(document, "stat_posts")["rows"]
    for number in (1_100, 1_200, 1_300):
        rows[number - 1]["import_id"] = 42
    text = str(_refused(_written(document, tmp_path / "in")))
    assert 'table "stat_posts", row 1100, column "import_id": 42' in text


def test_an_import_removed_from_the_file_refuses_every_row_of_it(
    plan: PlanFile, tmp_path: Path
) -> None:
    document = dump_plan(plan)
    imports = _table(document, "stat_imports")
    imports["rows"] = [r for r in imports["rows"] if r["id"] != 2]
    text = str(_refused(_written(document, tmp_path / "in")))
    assert 'table "stat_posts", row 1001, column "import_id": 2 is not the id' in text


def test_imports_listed_after_their_rows_are_found(plan: PlanFile, tmp_path: Path) -> None:
    """An export re-saved with its tables in another order: the parent comes later."""
    document = dump_plan(plan)
    imports = _table(document, "stat_imports")
    document["tables"].remove(imports)
    document["tables"].append(imports)
    source = _written(document, tmp_path / "in")
    copy = import_plan_json(source, tmp_path / "in" / "Copie.smplan")
    try:
        conn = copy.conn
        assert conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (POSTS,)
        assert conn.execute(
            "SELECT import_id, count(*) FROM stat_posts GROUP BY import_id"
        ).fetchall() == [(1, 1_000), (2, 500)]
    finally:
        copy.close()
    # ... and a row naming no import is still refused, by its number in the file
    _table(document, "stat_daily")["rows"][4]["import_id"] = 7
    text = str(_refused(_written(document, tmp_path / "again")))
    assert 'table "stat_daily", row 5, column "import_id": 7' in text


def test_an_import_id_written_as_text_is_the_same_import(plan: PlanFile, tmp_path: Path) -> None:
    document = dump_plan(plan)
    _table(document, "stat_posts")["rows"][0]["import_id"] = "1"
    copy = import_plan_json(_written(document, tmp_path / "in"), tmp_path / "in" / "C.smplan")
    try:
        assert copy.conn.execute("SELECT import_id FROM stat_posts WHERE id = 1").fetchone() == (1,)
    finally:
        copy.close()
    _table(document, "stat_posts")["rows"][0]["import_id"] = "un"
    text = str(_refused(_written(document, tmp_path / "text")))
    assert "row 1, column \"import_id\": 'un' is not the id" in text


@pytest.mark.parametrize(
    ("table", "column", "value", "parent"),
    [
        ("posts", "campaign_id", 999, "campaigns"),
        ("post_labels", "label_id", 55, "labels"),
        ("post_labels", "post_id", 66, "posts"),
        ("stat_post_matches", "stat_post_id", 9_999, "stat_posts"),
    ],
)
def test_a_foreign_key_naming_no_row_says_the_table_the_column_and_the_value(
    plan: PlanFile, tmp_path: Path, table: str, column: str, value: int, parent: str
) -> None:
    document = dump_plan(plan)
    _table(document, table)["rows"][0][column] = value
    text = str(_refused(_written(document, tmp_path / "in")))
    assert (
        f'table "{table}", column "{column}": {value} is not the id of any row of table "{parent}"'
        in text
    )


def test_the_references_allowed_to_dangle_still_import(plan: PlanFile, tmp_path: Path) -> None:
    """A removed pillar or objective, a deleted planned post, media of another plan:
    smplanner writes such plans itself, so their exports import as they are."""
    source = _written(dump_plan(plan), tmp_path / "in")
    copy = import_plan_json(source, tmp_path / "in" / "Copie.smplan")
    try:
        conn = copy.conn
        assert conn.execute("SELECT DISTINCT pillar_id, objective_id FROM posts").fetchall() == [
            (77, 88)
        ]
        assert conn.execute("SELECT * FROM stat_post_matches").fetchall() == [(5, 999, "link", 1.0)]
        assert conn.execute("SELECT count(*) FROM media").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM stat_overwritten").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM stat_hourly").fetchone() == (24,)
    finally:
        copy.close()


def test_the_refusal_reads_in_french(french_ui, plan: PlanFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.core_messages import error_text

    document = dump_plan(plan)
    _table(document, "stat_posts")["rows"][6]["import_id"] = 1_234_567
    text = error_text(_refused(_written(document, tmp_path / "in")))
    assert "« stat_posts »" in text and "ligne 7" in text and "colonne « import_id »" in text
    assert "1234567" in text and "« stat_imports »" in text  # an id, not an amount
    assert "is not the" not in text and "was edited" not in text
    document = dump_plan(plan)
    _table(document, "posts")["rows"][0]["campaign_id"] = 999
    text = error_text(_refused(_written(document, tmp_path / "fk")))
    assert "« posts »" in text and "colonne « campaign_id »" in text and "999" in text
    assert "is not the" not in text
