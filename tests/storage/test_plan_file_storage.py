"""Plan files on disk: create, reopen, migrate, refuse bad files untouched, Save As."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import InvalidPropertiesError, PlanProperties
from smplanner.storage import plan_validation
from smplanner.storage.errors import (
    NotAPlanError,
    PlanCorruptError,
    PlanFileError,
    PlanNotFoundError,
    PlanReadOnlyError,
    PlanTooNewError,
)
from smplanner.storage.plan_file import (
    PlanFile,
    create_plan,
    inspect_plan,
    open_plan,
)
from smplanner.storage.plan_properties_repo import (
    read_properties,
    read_setting,
    write_properties,
    write_setting,
)
from smplanner.storage.save_as import save_as
from smplanner.storage.version import APPLICATION_ID, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_older_plan(path: Path, version: int) -> None:
    """A plan as an older smplanner left it: only the first ``version`` steps applied."""
    from sqlite_utils import Database

    from smplanner.storage.schema import migrate

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    migrate(db, stop_after=version)
    db.table("plan").insert(
        {
            "id": 1,
            "uuid": "0f8e2c1a-0000-4000-8000-000000000001",
            "client_name": "Atelier Dupont",
            "sector": "craft_art",
            "timezone": "Europe/Paris",
            "language": "fr",
            "created_at": "2026-01-05T09:00:00+00:00",
            "updated_at": "2026-01-05T09:00:00+00:00",
        }
    )
    conn.commit()
    conn.close()


def test_a_new_plan_reopens_with_its_properties(plan_path: Path):
    created = create_plan(
        plan_path,
        PlanProperties("Boulangerie Martin", "bakery_food", "America/Montreal", "en", "cad"),
    )
    created.close()
    with open_plan(plan_path) as reopened:
        properties = read_properties(reopened)
        assert properties == PlanProperties(
            "Boulangerie Martin", "bakery_food", "America/Montreal", "en", "CAD"
        )
        assert reopened.schema_version == SCHEMA_VERSION
        assert not reopened.read_only


def test_the_plan_file_uses_a_rollback_journal_and_marks_itself(plan: PlanFile):
    assert plan.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert plan.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert plan.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert plan.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert plan.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    write_setting(plan, "weekly_cap", 4)
    # No WAL side files: the .smplan alone is the whole plan.
    siblings = {p.name for p in plan.path.parent.iterdir()}
    assert not any(name.endswith(("-wal", "-shm")) for name in siblings)


def test_each_edit_is_committed_as_it_is_made(plan: PlanFile, plan_path: Path):
    write_properties(plan, read_properties(plan).with_changes(client_name="Chez Martin"))
    write_setting(plan, "theme", {"dark": True})
    # A second, independent connection sees the edits at once: nothing waits for "Save".
    other = sqlite3.connect(plan_path)
    assert other.execute("SELECT client_name FROM plan").fetchone()[0] == "Chez Martin"
    other.close()
    assert read_setting(plan, "theme") == {"dark": True}
    assert read_setting(plan, "missing", "default") == "default"


def test_a_failed_edit_leaves_nothing_half_written(plan: PlanFile):
    with pytest.raises(RuntimeError), plan.transaction() as db:
        db.table("plan").update(1, {"client_name": "Half"})
        raise RuntimeError("interrupted")
    assert read_properties(plan).client_name == "Boulangerie Martin"


def test_creating_over_an_existing_file_is_refused(plan: PlanFile, plan_path: Path):
    before = digest(plan_path)
    with pytest.raises(PlanFileError, match="already exists"):
        create_plan(plan_path, PlanProperties("Other"))
    assert digest(plan_path) == before


def test_invalid_properties_create_no_file(tmp_path: Path):
    target = tmp_path / "x.smplan"
    with pytest.raises(InvalidPropertiesError) as error:
        create_plan(target, PlanProperties("Client", timezone="Mars/Olympus"))
    assert error.value.field == "timezone"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_older_plan_is_backed_up_then_migrated(tmp_path: Path):
    path = tmp_path / "Atelier Dupont.smplan"
    make_older_plan(path, version=1)
    original = digest(path)
    assert inspect_plan(path).schema_version == 1

    with open_plan(path) as migrated:
        assert migrated.migrated_from == 1
        assert migrated.schema_version == SCHEMA_VERSION
        assert read_properties(migrated).currency == "EUR"  # added by step 2
        backup = migrated.backup_path
    assert backup == tmp_path / "Atelier Dupont (format 1 backup).smplan"
    assert digest(backup) == original
    assert inspect_plan(backup).schema_version == 1


def test_a_plan_from_a_newer_version_is_refused_naming_both_versions(plan: PlanFile):
    plan.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    plan.close()
    before = digest(plan.path)
    with pytest.raises(PlanTooNewError) as error:
        open_plan(plan.path)
    assert f"format {SCHEMA_VERSION + 3}" in str(error.value)
    assert f"up to {SCHEMA_VERSION}" in str(error.value)
    assert digest(plan.path) == before


@pytest.mark.parametrize(
    ("content", "error_type", "phrase"),
    [
        (b"", NotAPlanError, "empty"),
        (b"Date,Reach\n2026-01-01,12\n", NotAPlanError, "not a SQLite database"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, NotAPlanError, "not a SQLite database"),
        (b"SQLite format 3\x00\x10\x00", PlanCorruptError, "truncated"),
    ],
    ids=["empty", "csv", "binary", "truncated-header"],
)
def test_files_that_are_not_plans_are_refused_untouched(
    tmp_path: Path, content: bytes, error_type: type[Exception], phrase: str
):
    path = tmp_path / "suspicious.smplan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error_type, match=phrase):
        open_plan(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["suspicious.smplan"]


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "contacts.smplan"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts(name)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAPlanError, match="another program"):
        open_plan(path)
    assert digest(path) == before


def test_a_truncated_plan_is_refused_untouched(plan: PlanFile, plan_path: Path):
    for index in range(200):
        write_setting(plan, f"key{index}", "x" * 500)
    plan.close()
    data = plan_path.read_bytes()
    plan_path.write_bytes(data[: len(data) // 2])
    before = digest(plan_path)
    with pytest.raises((PlanCorruptError, NotAPlanError)):
        open_plan(plan_path)
    assert digest(plan_path) == before


def test_a_plan_with_damaged_pages_is_refused_untouched(plan: PlanFile, plan_path: Path):
    for index in range(200):
        write_setting(plan, f"key{index}", "x" * 500)
    plan.close()
    data = bytearray(plan_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, page_size * 3 + 400):  # scribble on a b-tree page
        data[offset] = 0xA5
    plan_path.write_bytes(bytes(data))
    before = digest(plan_path)
    with pytest.raises(PlanCorruptError):
        open_plan(plan_path)
    assert digest(plan_path) == before


def test_a_missing_file_says_so(tmp_path: Path):
    with pytest.raises(PlanNotFoundError, match="no file here"):
        open_plan(tmp_path / "gone.smplan")


def test_a_folder_is_not_a_plan(tmp_path: Path):
    folder = tmp_path / "folder.smplan"
    folder.mkdir()
    with pytest.raises(NotAPlanError, match="folder"):
        open_plan(folder)


def test_a_read_only_file_opens_read_only_and_refuses_edits(plan: PlanFile, monkeypatch):
    plan.close()
    # Root ignores file modes (CI runs as root), so ask the OS check through a stub
    # and also set the mode for non-root runs.
    os.chmod(plan.path, 0o444)
    real_access = os.access
    monkeypatch.setattr(
        plan_validation.os,  # where the plan is asked whether it can be written
        "access",
        lambda p, mode: False if Path(p) == plan.path and mode == os.W_OK else real_access(p, mode),
    )
    before = digest(plan.path)
    with open_plan(plan.path) as opened:
        assert opened.read_only
        assert opened.read_only_reason == "the file is read-only"
        assert read_properties(opened).client_name == "Boulangerie Martin"
        with pytest.raises(PlanReadOnlyError, match="read-only"):
            write_setting(opened, "x", 1)
    assert digest(plan.path) == before
    os.chmod(plan.path, 0o644)


def test_a_plan_in_a_read_only_folder_opens_read_only(plan: PlanFile, monkeypatch):
    plan.close()
    folder = plan.path.parent
    real_access = os.access
    monkeypatch.setattr(
        plan_validation.os,  # where the plan is asked whether it can be written
        "access",
        lambda p, mode: False if Path(p) == folder and mode == os.W_OK else real_access(p, mode),
    )
    with open_plan(plan.path) as opened:
        assert opened.read_only_reason == "its folder is read-only"


def test_opening_read_only_on_request_takes_no_lock(plan: PlanFile):
    with open_plan(plan.path, read_only=True) as reader:
        assert reader.read_only
        assert read_properties(reader).client_name == "Boulangerie Martin"


def test_save_as_writes_an_identical_copy_and_continues_on_it(plan: PlanFile, tmp_path: Path):
    write_setting(plan, "pillars", ["expertise", "storytelling"])
    original_path = plan.path
    target = tmp_path / "copies" / "Martin 2027.smplan"
    target.parent.mkdir()
    copy = save_as(plan, target)
    try:
        assert copy.path == target
        assert read_properties(copy).client_name == "Boulangerie Martin"
        assert read_setting(copy, "pillars") == ["expertise", "storytelling"]
        write_setting(copy, "only_in_copy", True)
        # The original was closed (its lock released) and keeps its own content.
        with open_plan(original_path) as original:
            assert read_setting(original, "only_in_copy") is None
            assert read_setting(original, "pillars") == ["expertise", "storytelling"]
    finally:
        copy.close()
    assert not list(tmp_path.glob("copies/.*saving"))


def test_save_as_onto_the_open_plan_is_refused(plan: PlanFile):
    with pytest.raises(PlanFileError, match="already open"):
        save_as(plan, plan.path)
    assert read_properties(plan).client_name == "Boulangerie Martin"


def test_save_as_from_a_read_only_plan_gives_an_editable_copy(plan: PlanFile, tmp_path: Path):
    plan.close()
    with open_plan(plan.path, read_only=True) as reader:
        copy = save_as(reader, tmp_path / "editable.smplan")
    with copy:
        assert not copy.read_only
        write_setting(copy, "edited", True)
        assert read_setting(copy, "edited") is True
