"""The layers hold by construction: `lint-imports` (pyproject's contracts) passes.

The same command runs in .ci/run before the tests; running it here too means a layer
broken by a change fails the README's test command, not only CI.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Which Qt modules a layer below ui/ may use: import-linter sees only top-level external
# packages (PySide6), so the modules are checked here.
REPORTS_QT = {"PySide6.QtCore", "PySide6.QtGui"}


def _lint_imports(
    cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_import_contracts_are_kept():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert "Layers: each imports only the layers below it KEPT" in result.stdout


def test_no_contract_lets_an_import_through():
    # The CLI's check texts used to import the workshop's and the calendar's ui/ texts
    # under three ignored imports; they live in texts/ now, and nothing is let through.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert contracts
    assert [c["name"] for c in contracts if c.get("ignore_imports")] == []


def test_a_layer_broken_on_purpose_is_reported(tmp_path: Path):
    # The contracts are not vacuous: a copy of the tree where storage imports a service
    # and the domain imports Qt breaks both, and lint-imports names the lines.
    copy = tmp_path / "tree"
    copy.mkdir()
    (copy / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text("utf-8"), "utf-8")
    package = copy / "smplanner"
    shutil.copytree(
        ROOT / "src" / "smplanner", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    with (package / "storage" / "version.py").open("a", encoding="utf-8") as module:
        module.write("\nimport smplanner.services.plan_files  # noqa\n")
    with (package / "domain" / "caps.py").open("a", encoding="utf-8") as module:
        module.write("\nimport PySide6.QtGui  # noqa\n")
    result = _lint_imports(cwd=copy, env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "smplanner.storage.version -> smplanner.services.plan_files" in result.stdout
    assert "smplanner.domain.caps -> PySide6" in result.stdout


@pytest.mark.parametrize(
    ("package", "allowed", "expected"),
    [
        # The PDF paints with QtGui (and its geometry types in QtCore).
        ("reports", REPORTS_QT, "PySide6.QtGui"),
        # The CLI's and the window's texts: translators and locales, no painting.
        ("texts", {"PySide6.QtCore"}, "PySide6.QtCore"),
    ],
)
def test_the_qt_of_reports_and_texts_is_the_qt_they_need(
    package: str, allowed: set[str], expected: str
):
    seen: dict[str, set[str]] = {}
    for path in sorted((ROOT / "src" / "smplanner" / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                    seen.setdefault(name, set()).add(path.name)
    assert expected in seen  # the scan finds the imports
    assert {name: files for name, files in seen.items() if name not in allowed} == {}
