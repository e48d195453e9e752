"""The suite's guard (tests/conftest.py): a test that makes Qt say an object was used
from a thread it does not live in fails, named, with Qt's words. Such a message is
what came before the crashes and the hang of issue #11 (ui/gui_thread_gc.py)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

_CROSSING = """
import threading

from PySide6.QtCore import QTimer


def test_a_timer_stopped_from_a_worker(qapp):
    timer = QTimer()
    timer.start(10)
    worker = threading.Thread(target=timer.stop)
    worker.start()
    worker.join()


def test_a_timer_stopped_where_it_lives(qapp):
    timer = QTimer()
    timer.start(10)
    timer.stop()
"""


def test_a_qt_object_used_across_threads_fails_its_test() -> None:
    # Written inside tests/ so that the suite's conftest applies; removed at once.
    probe = TESTS / "ui" / f"test_probe_{uuid.uuid4().hex}.py"
    probe.write_text(_CROSSING, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", str(probe), "-q", "-p", "no:cacheprovider"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=TESTS.parent,
        )
    finally:
        probe.unlink()
    assert done.returncode == 1, done.stdout[-3000:]
    assert "1 failed, 1 passed" in done.stdout
    assert "FAILED " in done.stdout and "::test_a_timer_stopped_from_a_worker" in done.stdout
    assert "Failed: Qt objects used across threads" in done.stdout
    assert "Timers cannot be stopped from another thread" in done.stdout
