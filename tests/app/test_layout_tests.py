"""tools/layout_tests.py on a small repository of its own: the tests move to their
package's folder with their history, their imports and paths still work (pytest passes
there), the references to them follow, and a second run moves only a new root test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = [ROOT / "tools" / "layout_tests.py", ROOT / "tools" / "layout_places.py"]

ROWS_TEST = """from pathlib import Path

from smplanner.storage import plan_file

from .fakes import FAKE

SAMPLE = Path(__file__).parent / "fixtures" / "sample.csv"


def helper() -> int:
    return 2


def test_rows() -> None:
    assert plan_file and FAKE == 1 and SAMPLE.read_text() == "a,b\\n"
"""

CARDS_TEST = """from .test_rows import helper


def _view() -> None:
    from smplanner.ui.calendar import cells_model  # noqa: F401


def test_cards() -> None:
    assert helper() == 2
"""

# Written at the root after the first run, against the old names.
LATE_TEST = """from . import fakes
from .test_rows import helper
from smplanner.storage import plan_file


def test_late() -> None:
    assert plan_file and helper() + fakes.FAKE == 3
"""


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        command, cwd=repo, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _git(repo: Path, *args: str) -> str:
    identity = ("-c", "user.name=t", "-c", "user.email=t@example.org")
    return _run(repo, "git", *identity, *args).stdout


def _repository(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "tools").mkdir(parents=True)
    for tool in TOOLS:
        shutil.copy(tool, repo / "tools")
    for package in ("calendar", "statistics"):
        (repo / "src" / "smplanner" / "ui" / package).mkdir(parents=True)
    tests = repo / "tests"
    (tests / "fixtures").mkdir(parents=True)
    (tests / "__init__.py").write_text("")
    (tests / "fakes.py").write_text("FAKE = 1\n")
    (tests / "fixtures" / "sample.csv").write_text("a,b\n")
    (tests / "test_rows.py").write_text(ROWS_TEST)
    (tests / "test_cards.py").write_text(CARDS_TEST)
    (repo / "README.md").write_text("Rows: `tests/test_rows.py`.\n")
    (repo / "pyproject.toml").write_text('[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "flat tests")
    return repo


def _pytest(repo: Path) -> str:
    return _run(repo, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider").stdout


def test_tests_move_to_their_package_folder_and_still_pass(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    plan = _run(repo, sys.executable, "tools/layout_tests.py", "--dry-run").stdout
    assert "test_rows.py" in plan and "tests/storage/" in plan and "tests/ui/calendar/" in plan
    assert (repo / "tests" / "test_rows.py").exists(), "--dry-run moves nothing"

    _run(repo, sys.executable, "tools/layout_tests.py")
    rows = repo / "tests" / "storage" / "test_rows.py"
    cards = repo / "tests" / "ui" / "calendar" / "test_cards.py"
    assert rows.exists() and cards.exists() and not (repo / "tests" / "test_rows.py").exists()
    for package in ("storage", "ui", "ui/calendar"):
        assert (repo / "tests" / package / "__init__.py").exists()
    assert "from tests.fakes import FAKE" in rows.read_text()
    assert 'Path(__file__).parents[1] / "fixtures"' in rows.read_text()
    assert "from tests.storage.test_rows import helper" in cards.read_text()
    assert (repo / "README.md").read_text() == "Rows: `tests/storage/test_rows.py`.\n"
    status = _git(repo, "status", "--short")
    assert "R" in status.split("tests/test_rows.py -> tests/storage/test_rows.py")[0][-3:]
    assert "2 passed" in _pytest(repo)

    _git(repo, "commit", "-q", "-am", "moved")
    (repo / "tests" / "test_late.py").write_text(LATE_TEST)
    # A change written before the move and rebased onto it: a relative import, now in a folder.
    cards.write_text(cards.read_text() + "\n\nfrom .fakes import FAKE  # noqa: E402\n")
    _git(repo, "add", "-A")
    again = _run(repo, sys.executable, "tools/layout_tests.py").stdout
    assert "1 test files at tests/ root" in again
    late = (repo / "tests" / "storage" / "test_late.py").read_text()
    assert "from tests import fakes" in late
    assert "from tests.storage.test_rows import helper" in late
    assert "from tests.fakes import FAKE" in cards.read_text()
    changed = _git(repo, "status", "--short").splitlines()
    assert all("test_late" in line or "test_cards" in line for line in changed), changed
    assert "3 passed" in _pytest(repo)


def test_no_test_is_left_at_the_root_of_tests() -> None:
    """New tests go in their package's folder (README, Development)."""
    left = sorted(p.name for p in (ROOT / "tests").glob("test_*.py"))
    assert left == [], f"run: python tools/layout_tests.py ({', '.join(left)})"
