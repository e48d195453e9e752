"""Issue #14's rules that no import contract can see, checked on the source itself:
SQL only in storage/, undo steps made by the services (the UI wraps them), one way to
run work in the background, no module named after the standard library, the calendar
tab made of parts rather than mixins."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "smplanner"
SQL_CALLS = {"execute", "executemany", "executescript", "table"}
THREADS = {"Thread", "QThread", "QRunnable", "QThreadPool"}


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
        if not name.startswith("storage/")
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
    ]
    assert clashes == []


# The calendar tab's parts: each is handed what it drives (document, period, views,
# callbacks), never the tab (issue #14 item 6).
CALENDAR_PARTS = {
    "ui/calendar/calendar_period.py": "CalendarPeriod",
    "ui/calendar/calendar_warnings.py": "CalendarWarnings",
    "ui/calendar/calendar_selection.py": "CalendarSelection",
    "ui/calendar/calendar_dialog_launchers.py": "CalendarDialogs",
    "ui/calendar/post_gestures.py": "PostGestures",
    "ui/calendar/calendar_labels.py": "CalendarLabels",
}


def _imported(tree: ast.Module) -> set[str]:
    """The modules imported, at the top or inside functions and TYPE_CHECKING blocks."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_calendar_tab_is_made_of_parts_not_mixins() -> None:
    from smplanner.ui.calendar.calendar_tab import CalendarTab

    calendar = _modules("ui/calendar")
    mixins = [
        f"{name}: {node.name}"
        for name, tree in calendar.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name.endswith("Mixin")
    ]
    assert mixins == []
    assert [base.__module__.partition(".")[0] for base in CalendarTab.__bases__] == ["PySide6"]
    built = _called(calendar["ui/calendar/calendar_tab.py"])
    for name, part in CALENDAR_PARTS.items():
        tree = calendar[name]
        assert part in {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
        assert part in built, f"the tab builds its {part}"
        # The part knows nothing of the tab: neither imports it nor names its type.
        assert "smplanner.ui.calendar.calendar_tab" not in _imported(tree), name
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        assert "CalendarTab" not in names, name
