"""Test session set-up: offscreen Qt, private data and settings folders, plan fixtures.

The environment is set before anything imports Qt, so that no test touches the
developer's own settings, recent files or default plan.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="smplanner-tests-"))
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / "cache")

# Hypothesis: the same examples on every run in CI (derandomized, no example
# database), so a red run is reproducible; HYPOTHESIS_PROFILE=nightly explores
# (random, 10,000 examples per property) by hand. Loaded before the test modules
# build their own settings, which inherit from it.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None)
_hypothesis_settings.register_profile("nightly", derandomize=False, database=None, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE") == "nightly":
    os.environ.setdefault("SMPLANNER_HYPOTHESIS_EXAMPLES", "10000")
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

import pytest  # noqa: E402

from smplanner.domain.plan_properties import PlanProperties  # noqa: E402
from smplanner.storage.plan_file import PlanFile, create_plan  # noqa: E402
from tests.fakes import FakePrompts  # noqa: E402

# Qt's own words when a Qt object is used or deleted from a thread it does not live in:
# a crash or a hang waits behind each (see ui/gui_thread_gc.py), so a test that makes
# Qt say one fails at once, named, instead of the run dying later somewhere else.
_ACROSS_THREADS = re.compile(
    r"from another thread|in a different thread|only be used with threads started with QThread"
)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):  # type: ignore[no-untyped-def]
    outcome = yield
    capture = getattr(item, "qt_log_capture", None)  # pytest-qt's, for this test
    if capture is not None:
        crossed = [r.message for r in capture.records if _ACROSS_THREADS.search(r.message)]
        if crossed:
            pytest.fail("Qt objects used across threads:\n" + "\n".join(crossed))
    return outcome


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["smplanner-tests"]


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application, speaking English as the app does: with its plural
    catalogues ("Move 1 post", not the source's "Move 1 post(s)"), and collecting
    cyclic garbage on the GUI thread only, as the app does (ui/gui_thread_gc.py):
    without it, a worker's allocations once collected an earlier test's Qt object off
    the GUI thread, and the run crashed (or hung) in the event loop."""
    from smplanner.ui.gui_thread_gc import collect_on_gui_thread
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "en")
    collector = collect_on_gui_thread(qapp)
    yield qapp
    _collect_while_the_application_lives(qapp)
    collector.stop()


def _collect_while_the_application_lives(app) -> None:  # type: ignore[no-untyped-def]
    """Empty every live document's undo stack while the QApplication exists, as
    PlanDocument.close does (a test's document is rarely closed; the window's is).
    Left to the interpreter's last garbage collection, PySide6 could delete a
    document's undo commands before its QUndoStack, whose destructor then touched them:
    tests/ui/strategy/test_strategy_tables_keyboard.py alone ended with a segmentation
    fault (exit 139) after every test passed. Nothing else is deleted here: deleting
    the tests' leftover widgets and collecting at this point crashed in its turn."""
    import gc

    import shiboken6

    from smplanner.ui.document import PlanDocument

    for thing in gc.get_objects():
        if isinstance(thing, PlanDocument) and shiboken6.isValid(thing):
            with contextlib.suppress(RuntimeError):  # its stack went with a parent
                thing.undo_stack.clear()


@pytest.fixture(autouse=True)
def _qt_leftovers_freed_in_their_test() -> Iterator[None]:
    """After each test, once its fixtures closed what they opened: delete what it left
    to ``deleteLater`` (the widgets pytest-qt closed, a released plan's document), then
    collect the young generations, where most of the test's reference cycles still
    are (a full collection costs ~0.1 s a test). Here, on the GUI thread and outside
    any Qt event. Left over, a test's Qt objects were freed by the GUI-thread collector
    during a later test's event processing, and freeing an unclosed document's undo
    steps there crashed the run (issue #11, fixed in ui/document.py): what still
    crashes in freeing now names the test that left it, in its teardown. Which Qt
    objects the tests leave: tests/gc_leftovers.py."""
    yield
    if not _qt_loaded():
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect(1)


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
def calendar_tab(qtbot, plan):  # type: ignore[no-untyped-def]
    """The Calendar tab on ``plan``, 1300 x 800, showing October 2026."""
    from datetime import date

    from smplanner.ui.calendar.calendar_tab import CalendarTab
    from smplanner.ui.document import PlanDocument

    document = PlanDocument(plan)
    widget = CalendarTab(document)
    document.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.period.go_to(date(2026, 10, 14))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.stop_background_work()  # the plan closes after the test


@pytest.fixture
def french_ui(qapp):  # type: ignore[no-untyped-def]
    """Switch the interface to French for one test, then back to English."""
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


# ---------------------------------------------------------------- keyrings (accounts)


# A session bus with no service directories: nothing can be D-Bus-activated on it.
# With the standard session config, an early Secret Service call activated a second,
# locked gnome-keyring-daemon that raced ours ("another secret service is running")
# and outlived the tests holding their output open.
_PRIVATE_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _start_secret_service(home: Path) -> tuple[list[object], str]:
    """A private D-Bus session bus and an unlocked gnome-keyring-daemon on it."""
    import subprocess

    (home / "data").mkdir(parents=True)
    (home / "run").mkdir(mode=0o700)
    config = home / "session-bus.conf"
    config.write_text(_PRIVATE_BUS_CONFIG.format(folder=home / "run"), encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home / "run")}
    env.pop("DISPLAY", None)  # no X11 autolaunch of another bus, no prompter window
    log = (home / "keyring-daemons.log").open("wb")  # read it when the daemon fails to start
    # Own process groups and no inherited stdio, so that nothing they spawn can keep
    # the test run's output open after the session ends.
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=log,
        env=env,
        text=True,
        start_new_session=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    # --unlock reads the login keyring's password on stdin: a throw-away one.
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=log,
        env=env,
        start_new_session=True,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"throw-away test password")
    daemon.stdin.close()
    return [daemon, bus], address


def _wait_for_unlocked_collection(timeout: float = 60.0) -> None:
    """Block until the daemon owns its bus name (gdbus waits on D-Bus, no polling)."""
    import subprocess

    import secretstorage

    waited = subprocess.run(
        ["gdbus", "wait", "--session", "--timeout", str(int(timeout)), "org.freedesktop.secrets"],
        capture_output=True,
        text=True,
        check=False,
    )
    if waited.returncode != 0:
        raise RuntimeError(f"gnome-keyring-daemon did not start: {waited.stderr.strip()}")
    # --unlock unlocks the login keyring before the daemon takes its name.
    with secretstorage.dbus_init() as connection:
        if secretstorage.get_default_collection(connection).is_locked():
            raise RuntimeError("gnome-keyring-daemon offered a locked collection")


def _stop_process_group(process: object) -> None:
    import signal
    import subprocess

    assert isinstance(process, subprocess.Popen)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@pytest.fixture(scope="session")
def os_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real Secret Service keyring, as on a Linux desktop, set as keyring's backend.

    gnome-keyring-daemon runs in a private D-Bus session with its files in a
    temporary folder; the processes end with the test session.
    """
    import shutil

    if not all(shutil.which(tool) for tool in ("dbus-daemon", "gnome-keyring-daemon", "gdbus")):
        pytest.fail("the real-keyring tests need the dbus, gnome-keyring, libglib2.0-bin packages")
    import keyring
    from keyring.backends import SecretService

    processes, address = _start_secret_service(tmp_path_factory.mktemp("os-keyring"))
    previous_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        _wait_for_unlocked_collection()
        backend = SecretService.Keyring()
        keyring.set_keyring(backend)
        yield backend
    finally:
        for process in processes:
            _stop_process_group(process)
        if previous_address is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous_address


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """An in-memory keyring backend for one test, restoring the previous one after."""
    from tests.fake_keyrings import MemoryKeyring, installed

    with installed(MemoryKeyring()) as backend:
        yield backend
