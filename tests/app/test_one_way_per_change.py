"""Issue #14's rules that no import contract can see, checked on the source itself:
SQL only in storage/, undo steps made by the services (the UI wraps them), one way to
run work in the background, no module named after the standard library."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "smplanner"
SQL_CALLS = {"execute", "executemany", "executescript", "table"}
# services/statistics_kept.py opens a read transaction itself (BEGIN ... COMMIT): left
# to the statistics work of issue #13, which owns that module.
SQL_LEFT = {"services/statistics_kept.py"}
THREADS = {"Thread", "QThread", "QRunnable", "QThreadPool"}
# Migration modules are named after their feature (FEATURES in migrations/__init__.py);
# inside the package they shadow nothing. Renaming them waits for issue #13's new
# statistics steps to land.
STDLIB_NAMES_LEFT = {"storage/migrations/calendar.py", "storage/migrations/statistics.py"}


def _modules(folder: str = "") -> dict[str, ast.Module]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((PACKAGE / folder).rglob("*.py"))
    }


def _called(tree: ast.Module) -> set[str]:
    """The names called, as ``f(...)`` or ``x.f(...)``."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                names.add(function.attr)
            elif isinstance(function, ast.Name):
                names.add(function.id)
    return names


def _attribute_calls(tree: ast.Module) -> set[str]:
    return {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }


def test_sql_is_written_in_storage_only() -> None:
    outside = {
        name: sorted(SQL_CALLS & _attribute_calls(tree))
        for name, tree in _modules().items()
        if not name.startswith("storage/") and name not in SQL_LEFT
    }
    assert {name: calls for name, calls in outside.items() if calls} == {}


def test_the_ui_builds_no_undo_step_of_its_own() -> None:
    """A service returns the Edit (what changed, how to undo it); ui/document.py alone
    turns Edits into QUndoCommands."""
    found = {}
    for name, tree in _modules("ui").items():
        if name == "ui/document.py":
            continue
        bases = {
            ast.unparse(base)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            for base in node.bases
        }
        made = {"Edit", "combined"} & _called(tree)
        if "QUndoCommand" in bases or made:
            found[name] = sorted(made | ({"QUndoCommand"} & bases))
    assert found == {}


def test_the_ui_runs_background_work_through_one_runner() -> None:
    found = {}
    for name, tree in _modules("ui").items():
        if name == "ui/background.py":
            continue
        bases = {
            ast.unparse(base).rpartition(".")[2]
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            for base in node.bases
        }
        threads = THREADS & (_called(tree) | bases)
        if threads:
            found[name] = sorted(threads)
    assert found == {}


def test_no_module_is_named_after_the_standard_library() -> None:
    clashes = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.stem in sys.stdlib_module_names
        and path.relative_to(PACKAGE).as_posix() not in STDLIB_NAMES_LEFT
    ]
    assert clashes == []
