"""Test session set-up: offscreen Qt, private data and settings folders, plan fixtures.

The environment is set before anything imports Qt, so that no test touches the
developer's own settings, recent files or default plan.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="smplanner-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / "cache")

import pytest  # noqa: E402

from smplanner.domain.plan_properties import PlanProperties  # noqa: E402
from smplanner.storage.plan_file import PlanFile, create_plan  # noqa: E402

from .fakes import FakePrompts  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["smplanner-tests"]


@pytest.fixture(scope="session", autouse=True)
def _application_identity(request: pytest.FixtureRequest) -> None:
    """Name the QApplication as the real app does, if the session uses Qt at all."""
    if "qapp" not in request.fixturenames and not _qt_loaded():
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.setOrganizationName("")
        app.setApplicationName("smplanner")


def _qt_loaded() -> bool:
    import sys

    return "PySide6.QtWidgets" in sys.modules


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "Boulangerie Martin.smplan"


@pytest.fixture
def plan(plan_path: Path) -> Iterator[PlanFile]:
    """A fresh plan on disk, open for editing."""
    opened = create_plan(
        plan_path, PlanProperties(client_name="Boulangerie Martin", sector="bakery_food")
    )
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A QSettings file of the test's own (window state, recent files, preferences)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(qtbot, settings, prompts):  # type: ignore[no-untyped-def]
    """The main window with no plan open; questions are answered by ``prompts``."""
    from smplanner.ui.main_window import MainWindow

    win = MainWindow(settings, prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.release_plan()


@pytest.fixture
def french_ui(qapp):  # type: ignore[no-untyped-def]
    """Switch the interface to French for one test, then back to English."""
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")
