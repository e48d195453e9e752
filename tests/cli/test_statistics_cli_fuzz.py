"""Fuzzing ``smplanner import --json`` as a script runs it: a real process, damaged files.

Each example writes a handful of files on disk (the real samples cut, flipped,
reshaped, re-encoded, re-zipped; and hostile ones: inflating archives, absurdly wide
rows, far workbook cells, binary junk) and imports them all in one ``smplanner
import PLAN FILE... --json`` process under a memory limit. Whatever the files, the
process ends in bounded time with status 0 or 1, never a traceback; its stdout is
one JSON entry per file, in order, each either read (its kind) or refused with a
message that names it; and when the status is 1 the plan is exactly as it was.
Derandomized in CI (the "ci" profile of conftest.py); HYPOTHESIS_PROFILE=nightly
with SMPLANNER_HYPOTHESIS_EXAMPLES=1000 runs a larger search by hand.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage.plan_file import create_plan, open_plan
from tests.importers.test_statistics_properties_malformed import (
    SAMPLES,
    mangled_export,
    stat_contents,
)

EXAMPLES = max(4, int(os.environ.get("SMPLANNER_HYPOTHESIS_EXAMPLES", "40")) // 5)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MEMORY_LIMIT = 2 * 1024**3  # address space of the import process: a blow-up fails it


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


HEADER = b"Post id,Date,Post text,Post Link,Impressions,Likes,Engagements\n"


@st.composite
def hostile_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file made to hurt a reader: each kind found by fuzzing the import (issue 10)."""
    how = draw(
        st.sampled_from(
            ["bomb", "wide", "long_cell", "binary", "empty", "huge_number", "far_cell", "junk"]
        )
    )
    if how == "bomb":
        return "tiktok.zip", _zip({"Overview.csv": b"Date," + b"0" * (48 * 1024 * 1024)})
    if how == "wide":
        return "content.csv", HEADER + b"1," * draw(st.integers(2_000, 400_000)) + b"\n"
    if how == "long_cell":
        return "content.csv", HEADER + b"1,Mon, Sep 01, 2025," + b"x" * 300_000 + b"\n"
    if how == "binary":
        return "export.csv", draw(st.binary(min_size=1, max_size=4096))
    if how == "empty":
        return "export.csv", draw(st.sampled_from([b"", b"\n\n", b"   ", b"\xef\xbb\xbf"]))
    if how == "huge_number":
        number = draw(st.sampled_from(["1e308K", "9" * 400, "-1e309", "1.8e308", "nan", "inf"]))
        row = f'1834793298374982374,"Mon, Sep 01, 2025",hi,https://x.com/a/status/1,{number},1,2'
        return "account_analytics_content.csv", HEADER + row.encode() + b"\n"
    if how == "far_cell":
        from openpyxl import Workbook  # type: ignore[import-untyped]

        book = Workbook()
        book.active["A1"] = "Date"
        book.active[draw(st.sampled_from(["XFD1048576", "ZZ500000", "A1048576"]))] = 1
        buffer = io.BytesIO()
        book.save(buffer)
        return "visitors.xlsx", buffer.getvalue()
    return "export.csv", draw(st.text(max_size=300)).encode("utf-8", "surrogatepass")


@st.composite
def damaged_files(draw: st.DrawFn) -> list[tuple[str, bytes]]:
    files = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.integers(0, 3)) == 0:
            files.append(draw(hostile_file()))
        else:
            name = draw(st.sampled_from(SAMPLES))
            files.append((name, draw(mangled_export(name))))
    return files


def check_cli_import(folder: Path, files: list[tuple[str, bytes]]) -> None:
    plan_path = folder / "Client.smplan"
    if not plan_path.exists():
        create_plan(plan_path, PlanProperties(client_name="Client")).close()
    with open_plan(plan_path, read_only=True) as plan:
        before = stat_contents(plan)
    paths = []
    for index, (name, data) in enumerate(files):
        path = folder / f"{index}" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    result = subprocess.run(
        [sys.executable, "-m", "smplanner", "import", str(plan_path), *map(str, paths), "--json"],
        capture_output=True,
        text=True,
        timeout=180,  # a hang fails the test
        preexec_fn=_limited,
        env={**os.environ, "XDG_DATA_HOME": str(folder / "data")},
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode in (0, 1), result.stderr[-3000:]
    entries = json.loads(result.stdout)  # stdout is the JSON and nothing else
    assert [entry["file"] for entry in entries] == [str(path) for path in paths]
    for entry, path in zip(entries, paths, strict=True):
        if entry["kind"] is None:
            (problem,) = entry["problems"]
            assert problem.startswith(path.name) and len(problem) > len(path.name) + 10
        for problem in entry["problems"]:
            assert problem.startswith(path.name), problem
    with open_plan(plan_path, read_only=True) as plan:
        after = stat_contents(plan)
    if result.returncode == 1:
        assert after == before  # all or nothing
    else:
        assert all(entry["kind"] and not entry["problems"] for entry in entries)


@FUZZ
@given(files=damaged_files())
def test_any_damaged_files_give_json_an_exit_status_and_an_untouched_plan(tmp_path_factory, files):
    check_cli_import(tmp_path_factory.mktemp("fuzz"), files)


def test_every_hostile_kind_through_the_cli_at_once(tmp_path):
    """The hostile files of the fuzzing, one of each, in a single import."""
    kinds = ["bomb", "wide", "long_cell", "binary", "empty", "huge_number", "far_cell"]
    check_cli_import(tmp_path, [_hostile(how) for how in kinds])


def _hostile(how: str) -> tuple[str, bytes]:
    return {
        "bomb": ("tiktok.zip", _zip({"Overview.csv": b"Date," + b"0" * (48 * 1024 * 1024)})),
        "wide": ("content.csv", HEADER + b"1," * 300_000 + b"\n"),
        "long_cell": ("content.csv", HEADER + b"1,x," + b"x" * 300_000 + b"\n"),
        "binary": ("export.csv", bytes(range(256)) * 8),
        "empty": ("export.csv", b""),
        "huge_number": (
            "account_analytics_content.csv",
            HEADER + b'1834793298374982374,"Mon, Sep 01, 2025",hi,https://x.com/a/status/1,'
            b"1e308K,1,2\n",
        ),
        "far_cell": ("visitors.xlsx", _far_cell_workbook()),
    }[how]


def _far_cell_workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Date"
    book.active["XFD1048576"] = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_plan_that_cannot_be_opened_still_gives_json_naming_why(tmp_path):
    not_a_plan = tmp_path / "notes.smplan"
    not_a_plan.write_text("these are my notes, not a plan")
    export = Path(__file__).parents[1] / "fixtures" / "exports" / "meta_facebook_posts.csv"
    result = subprocess.run(
        [sys.executable, "-m", "smplanner", "import", str(not_a_plan), str(export), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["kind"] == ["meta_facebook_posts"] and "notes.smplan" in entry["error"]
    assert not_a_plan.read_text() == "these are my notes, not a plan"
