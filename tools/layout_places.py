"""Where each test goes (tools/layout_tests.py moves it): the folder under tests/ of the
package it tests.

Read from its imports of smplanner.* (one per import statement), the CLI it runs and
the Qt fixtures it asks for, each weighted by its layer: a view's test builds its plan
through services and storage, and still goes with the view. PLACES names the tests of
the whole app (tests/app/), of the packaging (tests/packaging/) and the few the weights
misplace.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_PACKAGES = {p.name for p in (ROOT / "src" / "smplanner" / "ui").iterdir() if p.is_dir()}

# The layers, bottom up (README, Development); a test is weighted to the highest it uses.
WEIGHTS = {
    "messages": 1,
    "errors": 1,
    "resource_files": 1,
    "domain": 1,
    "storage": 2,
    "importers": 2,
    "keyring_tokens": 2,
    "services": 4,
    "reports": 8,
    "exports": 8,
    "online": 8,
    "approval": 8,
    "texts": 12,
    "cli": 4,  # a CLI run is often one check among others: counts as a service call
    "ui": 16,
}

# Tests that are about the whole app, its packaging, or that the weights misplace.
APP = "app"  # the window and the CLI together, crash/kill safety, layering, translations
PACKAGING = "packaging"  # the wheel, the frozen build, the Linux package, installers
PLACES = {
    "test_accessibility": APP,
    "test_benchmark_tools": APP,
    "test_client_sees_french": APP,
    "test_every_action": APP,
    "test_hostile_and_tampered_plans": APP,
    "test_import_contracts": APP,
    "test_kills": APP,
    "test_plan_files_fuzz": APP,
    "test_smoke_window": APP,
    "test_startup_imports": APP,
    "test_texts_fit": APP,
    "test_translations": APP,
    "test_typed_values": APP,
    "test_ui_walk_checker": APP,
    "test_installer_scripts": PACKAGING,
    "test_linux_package": PACKAGING,
    "test_packaging": PACKAGING,
    "test_qt_binding_sanity": PACKAGING,
    "test_resources_and_packaging_data": PACKAGING,
    # Placed by what they test rather than by the views or set-up they import:
    "test_accounts_service": "services",
    "test_buffer_free_plan": "services",
    "test_calendar_dark_palette": "ui/calendar",
    "test_composer_limits": "ui/composer",
    "test_composer_tools": "ui/composer",
    "test_core_messages_french": "ui/core_messages",
    "test_crash_journal_ownership": "storage",
    "test_deliverables_json_export": "services",
    "test_domain_plan_properties": "domain",
    "test_french_file_names": "ui",  # every tab's save dialog
    "test_monthly_report_media": "reports",
    "test_monthly_report_periods": "reports",
    "test_plan_json_bad_numbers": "storage",
    "test_presentation_screens": "ui/deliverables",
    "test_report_media_thumbnails": "reports",
    "test_statistics_rate_index": "storage",
    "test_statistics_sql_equivalence": "storage",
    "test_statistics_xlsx_shared_strings": "importers",
}

CLI_RUN = re.compile(r"""["']-m["'],\s*["']smplanner["']""")
UI_FIXTURES = {"qtbot", "window", "calendar_tab", "french_ui"}


def area_of(module: str) -> str | None:
    """smplanner.ui.calendar.cells_model -> "ui/calendar"; smplanner.storage.x -> "storage"."""
    parts = module.split(".")
    if parts[0] != "smplanner" or len(parts) < 2:
        return None
    if parts[1] == "ui":
        return f"ui/{parts[2]}" if len(parts) > 2 and parts[2] in UI_PACKAGES else "ui"
    if parts[1] == "__main__":
        return "cli"
    return parts[1] if parts[1] in WEIGHTS else None


def scores(source: str) -> dict[str, float]:
    """Each package the test imports (one per import statement), its CLI runs, its Qt
    fixtures."""
    counts: Counter[str] = Counter()
    tests = with_qt = 0
    tree = ast.parse(source)
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "smplanner":
                modules = [f"smplanner.{alias.name}" for alias in node.names]
            else:
                modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        for module in modules:
            area = area_of(module)
            if area is not None:
                counts[area] += 1
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            tests += 1
            with_qt += bool(UI_FIXTURES & {arg.arg for arg in node.args.args})
    counts["cli"] += len(CLI_RUN.findall(source))
    found: dict[str, float] = {area: n for area, n in counts.items() if n}
    # Widget tests that import no view (a fixture builds the window): up to two imports' worth.
    if with_qt:
        found["ui"] = found.get("ui", 0) + 2 * with_qt / tests
    return found


def place(name: str, source: str) -> str:
    """The folder under tests/ for the test module ``name`` (without .py)."""
    if name in PLACES:
        return PLACES[name]
    words = name.removeprefix("test_").split("_")
    if "cli" in words:
        return "cli"
    counts = scores(source)
    ui_total = sum(n for area, n in counts.items() if area.startswith("ui")) * WEIGHTS["ui"]
    weighted = {a: n * WEIGHTS[a] for a, n in counts.items() if not a.startswith("ui")}
    best = max(weighted.values(), default=0)
    if ui_total and ui_total >= best:
        subs = {a: n for a, n in counts.items() if a.startswith("ui/")}
        if subs:  # the most imported area; a tie goes to the one the file is named after
            top = max(subs.values())
            tied = sorted(a for a, n in subs.items() if n == top)
            return next((a for a in tied if a.removeprefix("ui/") in words), tied[0])
        hint = next((w for w in words if w in UI_PACKAGES), None)
        return f"ui/{hint}" if hint else "ui"
    if not best:
        return APP
    tied = [a for a, n in weighted.items() if n == best]
    # A tie goes to the higher layer (the lower ones are the test's set-up), then the name.
    return max(tied, key=lambda a: (WEIGHTS[a], a in words, a))
