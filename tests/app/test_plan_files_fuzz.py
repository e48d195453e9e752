"""Fuzzing the files a user brings in besides the networks' exports: a whole-plan JSON
export edited or damaged, and a posts CSV. Whatever the file, the import either
works or refuses with a UserError (a message, never a traceback), and a refusal
leaves nothing behind: no plan file, no temporary file, the open plan unchanged.

The CI profile (tests/conftest.py) is derandomised with a few dozen examples per
test; ``HYPOTHESIS_PROFILE=nightly`` runs 10,000 each, by hand.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.posts_csv_layout import COLUMNS
from smplanner.errors import UserError
from smplanner.services.calendar_import import apply_posts_import, preview_posts_csv
from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.storage.plan_file import create_plan

EXAMPLES = int(os.environ.get("SMPLANNER_HYPOTHESIS_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def export_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real export of a plan with a few rows of each kind a workshop makes."""
    from datetime import date

    from tests.deliverables_sample_plan import fill_rich_plan

    folder = tmp_path_factory.mktemp("export")
    with create_plan(folder / "Martin.smplan", PlanProperties(client_name="Martin")) as plan:
        fill_rich_plan(plan, date(2026, 11, 2))
        export_plan_json(plan, folder / "martin.json")
    return json.loads((folder / "martin.json").read_text(encoding="utf-8"))


_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=8,
)


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (a path of keys and indexes)."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:6]):  # the first rows of each table
            found += _nodes(child, (*path, index))
    return found


@st.composite
def edited_exports(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """The export with a few of its values replaced or removed, as a hand edit would."""
    edited = copy.deepcopy(document)
    places = _nodes(edited)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(places))
        if not path:
            return draw(_VALUES)
        parent = edited
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed that place
    return edited


def _no_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".") and ".lock" not in p.name]


@FUZZ
@given(data=st.data())
def test_an_edited_json_export_is_imported_or_refused_cleanly(
    export_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
):
    folder = tmp_path_factory.mktemp("fuzz-json")
    document = data.draw(edited_exports(export_document))
    source = folder / "edited.json"
    source.write_text(json.dumps(document, allow_nan=True), encoding="utf-8")
    target = folder / "Nouveau.smplan"
    try:
        plan = import_plan_json(source, target)
    except UserError as error:
        assert str(error)  # a message for the person
        assert not target.exists()
    else:
        plan.close()
    assert _no_leftovers(folder) == []


@FUZZ
@given(raw=st.binary(max_size=400))
def test_a_damaged_json_file_is_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
):
    folder = tmp_path_factory.mktemp("fuzz-bytes")
    source = folder / "damaged.json"
    source.write_bytes(raw)
    with pytest.raises(UserError):
        import_plan_json(source, folder / "Nouveau.smplan")
    assert not (folder / "Nouveau.smplan").exists()
    assert _no_leftovers(folder) == []


_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "instagram",
            "Instagram",
            "tiktok",
            "2026-12-24",
            "24/12/2026",
            "31/02/2026",
            "18:30",
            "02:30",
            "25:00",
            "draft",
            "ready",
            "=1+1",
            "1",
            "99999999999999999999",
            "",
        ]
    ),
)


@st.composite
def posts_csv(draw: st.DrawFn) -> str:
    columns = draw(
        st.lists(st.sampled_from([*COLUMNS, "scheduled_at", "surprise"]), min_size=1, max_size=8)
    )
    separator = draw(st.sampled_from([";", ",", "\t"]))
    rows = draw(
        st.lists(st.lists(_CELLS, min_size=len(columns), max_size=len(columns)), max_size=5)
    )

    def line(cells: list[str]) -> str:
        return separator.join('"' + cell.replace('"', '""') + '"' for cell in cells)

    return "\n".join([line(columns), *(line(row) for row in rows)]) + "\n"


def _post_rows(plan) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return plan.conn.execute("SELECT * FROM posts ORDER BY id").fetchall()


@FUZZ
@given(text=posts_csv(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_a_posts_csv_is_imported_or_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str
):
    folder = tmp_path_factory.mktemp("fuzz-posts")
    source = folder / "posts.csv"
    try:
        source.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        source.write_bytes(text.encode("utf-8"))
    with create_plan(folder / "Plan.smplan", PlanProperties(client_name="Fournil")) as plan:
        before = _post_rows(plan)
        try:
            preview = preview_posts_csv(plan, source)
            apply_posts_import(plan, preview)
        except UserError as error:
            assert str(error)
            assert _post_rows(plan) == before  # a refused file changes nothing
        assert plan.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------- approval answers


@pytest.fixture(scope="module")
def sent_plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A plan whose January posts were sent for approval (one real round)."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from smplanner.approval.send import send_for_approval
    from smplanner.domain.post_refs import PostDraft
    from smplanner.services import calendar_posts

    folder = tmp_path_factory.mktemp("approval")
    plan = create_plan(folder / "Plan.smplan", PlanProperties(client_name="Fournil"))
    paris = ZoneInfo("Europe/Paris")
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                f"Post {n}",
                f"P{n}",
                "draft",
                datetime(2027, 1, 5 + n, 10, tzinfo=paris),
            )
            for n in range(3)
        ],
    )
    edit = send_for_approval(plan, date(2027, 1, 1), date(2027, 2, 1), folder / "page.html")
    yield plan, edit.value.round_id, ids
    plan.close()


_ANSWER_VALUES = st.one_of(
    _VALUES,
    st.sampled_from(["approved", "changes_requested", "to_approve", "published", "APPROVED"]),
)


@st.composite
def answers_files(draw: st.DrawFn, plan_id: str, round_id: str, ids: list[int]) -> bytes:
    """Answers files as a client's browser writes them, then tampered with."""
    answers = [
        {
            "post_id": draw(st.one_of(st.sampled_from(ids), _VALUES)),
            "decision": draw(_ANSWER_VALUES),
            "comment": draw(st.one_of(st.text(max_size=200), _VALUES)),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    document: dict[str, Any] = {
        "format": draw(st.sampled_from(["smplanner-approval-answers", "other"])),
        "version": draw(st.one_of(st.just(1), _VALUES)),
        "plan_id": draw(st.one_of(st.just(plan_id), st.text(max_size=40))),
        "round_id": draw(st.one_of(st.just(round_id), st.text(max_size=40))),
        "answered_at": draw(st.one_of(st.just("2027-01-03T10:00:00Z"), _VALUES)),
        "answers": draw(st.one_of(st.just(answers), _VALUES)),
    }
    for key in draw(st.lists(st.sampled_from(sorted(document)), max_size=2)):
        document.pop(key, None)
    data = json.dumps(document, allow_nan=True).encode()
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=20))
    return data


@FUZZ
@given(data=st.data())
def test_an_answers_file_is_applied_or_refused_cleanly(sent_plan, data: st.DataObject):  # type: ignore[no-untyped-def]
    from smplanner.services import approval_rounds
    from smplanner.storage.plan_properties_repo import plan_uuid

    plan, round_id, ids = sent_plan
    raw = data.draw(answers_files(plan_uuid(plan), round_id, ids))
    before = _statuses(plan)
    try:
        edit = approval_rounds.apply_answers(plan, raw)
    except UserError as error:
        assert str(error)
        assert _statuses(plan) == before  # a refused file changes nothing
        return
    edit.undo()  # one step, undone: the posts as they were, for the next example
    assert _statuses(plan) == before


def _statuses(plan) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return plan.conn.execute(
        "SELECT id, status, client_comment, text FROM posts ORDER BY id"
    ).fetchall()


def test_a_decision_that_is_not_a_word_is_refused_with_a_message(sent_plan):  # type: ignore[no-untyped-def]
    # Found by the fuzzer: a list as the decision raised TypeError (a traceback).
    from smplanner.domain.approval_answers import AnswersFileError
    from smplanner.services import approval_rounds
    from smplanner.storage.plan_properties_repo import plan_uuid

    plan, round_id, ids = sent_plan
    document = {
        "format": "smplanner-approval-answers",
        "version": 1,
        "plan_id": plan_uuid(plan),
        "round_id": round_id,
        "answered_at": "2027-01-03T10:00:00Z",
        "answers": [{"post_id": ids[0], "decision": [], "comment": ""}],
    }
    with pytest.raises(AnswersFileError, match="is not a decision"):
        approval_rounds.apply_answers(plan, json.dumps(document).encode())
