"""Whole-plan JSON export and import: exact round trip, no secrets, clear refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from smplanner.resource_files import load_json
from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_json import (
    FORMAT_NAME,
    LAYOUT_VERSION,
    SCHEMA_FILE,
    dump_plan,
    exportable_tables,
)
from smplanner.storage.plan_json_load import PlanJsonError
from tests.deliverables_sample_plan import fill_rich_plan


def _all_rows(plan: PlanFile) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every data table, with SQLite's own types, in a stable order."""
    result = {}
    for table in exportable_tables(plan.conn):
        rows = plan.conn.execute(f'SELECT * FROM "{table}"').fetchall()
        result[table] = sorted(rows, key=repr)
    return result


@pytest.fixture
def rich_plan(plan: PlanFile) -> PlanFile:
    fill_rich_plan(plan, date(2026, 11, 2))
    return plan


def _tables_by_feature() -> dict[str, set[str]]:
    """The tables each feature's migrations create, as the schema stands today."""
    from sqlite_utils import Database

    from smplanner.storage.migrations import feature_steps

    db = Database(memory=True)
    seen: set[str] = set()
    result = {}
    for feature, steps in feature_steps():
        for _name, step in steps:
            step(db)
        now = {name for name in db.table_names() if not name.startswith("sqlite_")}
        result[feature] = now - seen
        seen = now
    return result


# Features whose every table the rich plan must fill, so that the round trip is tested
# on real rows of each (built by the features' services and importers).
FEATURES_FILLED = ("core", "calendar", "statistics", "accounts")


def test_a_rich_plan_survives_export_and_import_exactly(rich_plan: PlanFile, tmp_path: Path):
    exported = tmp_path / "martin.json"
    export_plan_json(rich_plan, exported)
    copy = import_plan_json(exported, tmp_path / "copy.smplan")
    try:
        original_rows = _all_rows(rich_plan)
        copied_rows = _all_rows(copy)
        # The copy is a plan of its own (services/plan_import_identity.py): a new id,
        # accounts without the original's keyring entries. The rest is the same.
        assert copied_rows["plan"][0][1] != original_rows["plan"][0][1]
        assert (
            copy.conn.execute(
                "SELECT count(*) FROM accounts WHERE keyring_entry IS NOT NULL"
            ).fetchone()[0]
            == 0
        )
        for rows in (original_rows, copied_rows):
            rows["plan"] = [(row[0], "id", *row[2:]) for row in rows["plan"]]
        entry = [
            column[1] for column in rich_plan.conn.execute("PRAGMA table_info(accounts)")
        ].index("keyring_entry")
        original_rows["accounts"] = [
            (*row[:entry], None, *row[entry + 1 :]) for row in original_rows["accounts"]
        ]
        original_rows["accounts"].sort(key=repr)
        assert copied_rows == original_rows
        # Every filled feature is really in there, not just empty tables compared.
        tables = _tables_by_feature()
        in_exports = set(exportable_tables(rich_plan.conn))  # derived figures are not
        for feature in FEATURES_FILLED:
            for table in sorted(tables[feature] & in_exports):
                assert original_rows.get(table), (
                    f"the rich plan (tests/deliverables_sample_plan.py) has no row in {table}: "
                    "fill it through its feature's service so the round trip covers it"
                )
        for table in ("objectives", "objective_kpis", "content_pillars", "network_choices"):
            assert original_rows[table], table
        assert copy.schema_version == rich_plan.schema_version
        # What the features read back is the same too.
        from smplanner.services import calendar_queries, statistics_progress, statistics_queries

        day = date(2026, 11, 2)
        assert calendar_queries.all_posts(copy) == calendar_queries.all_posts(rich_plan)
        assert statistics_queries.stat_posts(copy) == statistics_queries.stat_posts(rich_plan)
        assert statistics_progress.objectives_progress(
            copy, day
        ) == statistics_progress.objectives_progress(rich_plan, day)
        first, second = dump_plan(rich_plan), dump_plan(copy)
        first.pop("exported_at")
        second.pop("exported_at")
        for document in (first, second):  # the id and the keyring entries: see above
            for table in document["tables"]:
                for row in table["rows"]:
                    if table["name"] == "plan":
                        row["uuid"] = "id"
                    if table["name"] == "accounts":
                        row["keyring_entry"] = None
        assert first == second
    finally:
        copy.close()


def test_the_export_never_holds_a_token_even_if_a_table_had_one(plan: PlanFile, tmp_path: Path):
    with plan.transaction() as db:
        db.execute(
            "CREATE TABLE demo_links (id INTEGER PRIMARY KEY, keyring_entry TEXT, "
            "access_token TEXT, refresh_token TEXT, api_key TEXT)"
        )
        db.execute(
            "INSERT INTO demo_links VALUES (1, 'smplanner/x/1', 'tok-SECRET', "
            "'ref-SECRET', 'key-SECRET')"
        )
    export_plan_json(plan, tmp_path / "out.json")
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "SECRET" not in text
    assert "smplanner/x/1" in text  # the entry name is not a secret, and keeps the link
    table = next(t for t in json.loads(text)["tables"] if t["name"] == "demo_links")
    assert table["columns"] == ["id", "keyring_entry"]


def test_the_layout_is_versioned_and_matches_its_schema_file(rich_plan: PlanFile):
    document = dump_plan(rich_plan)
    schema = load_json("schemas", SCHEMA_FILE)
    assert document["format"] == FORMAT_NAME == schema["properties"]["format"]["const"]
    assert document["layout_version"] == LAYOUT_VERSION
    assert schema["properties"]["layout_version"]["const"] == LAYOUT_VERSION
    assert set(schema["required"]) <= set(document)
    assert set(document) <= set(schema["properties"])
    table_keys = set(schema["$defs"]["table"]["properties"])
    assert all(set(table) == table_keys for table in document["tables"])
    names = [table["name"] for table in document["tables"]]
    assert names[0] == "plan"
    assert "_sqlite_migrations" not in names
    # Parents before children: posts after campaigns, KPIs after objectives.
    assert names.index("campaigns") < names.index("posts")
    assert names.index("objectives") < names.index("objective_kpis")


def test_binary_and_infinite_values_round_trip(plan: PlanFile, tmp_path: Path):
    with plan.transaction() as db:
        db.table("settings").insert({"key": "blob", "value": b"\x00\x01png"})
        db.table("settings").insert({"key": "inf", "value": float("inf")})
    export_plan_json(plan, tmp_path / "v.json")
    copy = import_plan_json(tmp_path / "v.json", tmp_path / "v.smplan")
    try:
        assert _all_rows(copy)["settings"] == _all_rows(plan)["settings"]
    finally:
        copy.close()


def test_an_export_from_a_newer_smplanner_is_refused_and_nothing_is_created(
    plan: PlanFile, tmp_path: Path
):
    document = dump_plan(plan)
    document["schema"]["steps"].append("strategy:9999_from_the_future")
    source = tmp_path / "future.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PlanJsonError, match="newer smplanner"):
        import_plan_json(source, tmp_path / "new.smplan")
    assert list(tmp_path.glob("new*")) == []
    assert list(tmp_path.glob(".new*")) == []


def test_a_broken_row_names_the_table_and_row(plan: PlanFile, tmp_path: Path):
    document = dump_plan(plan)
    settings = next(t for t in document["tables"] if t["name"] == "settings")
    settings["rows"] = [{"key": "a", "value": "1"}, {"key": "b", "colour": "red"}]
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PlanJsonError, match=r'table "settings", row 2: unknown column "colour"'):
        import_plan_json(source, tmp_path / "new.smplan")
    assert not (tmp_path / "new.smplan").exists()


def test_a_file_that_is_not_json_says_where(tmp_path: Path):
    source = tmp_path / "notes.json"
    source.write_text('{"format": "smplanner-plan",\n  oops}', encoding="utf-8")
    with pytest.raises(PlanJsonError, match="line 2"):
        import_plan_json(source, tmp_path / "new.smplan")


def test_cli_export_then_import_plan(rich_plan: PlanFile, plan_path: Path, tmp_path: Path):
    exported = tmp_path / "cli.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "export",
            str(plan_path),
            "--format",
            "json",
            "-o",
            str(exported),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == FORMAT_NAME
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "import-plan",
            str(exported),
            "-o",
            str(tmp_path / "restored"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "restored.smplan").is_file()
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "import-plan",
            str(exported),
            "-o",
            str(tmp_path / "restored.smplan"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert "Traceback" not in again.stderr


def test_cli_export_of_a_missing_plan_fails_with_a_message(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smplanner",
            "export",
            str(tmp_path / "none.smplan"),
            "--format",
            "json",
            "-o",
            str(tmp_path / "x.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "there is no file here" in result.stderr
