"""The first frame waits only for what it shows: heavy modules load later, when needed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HEAVY = ("numpy", "pyqtgraph", "sqlite_utils", "keyring", "openpyxl", "xlrd", "httpx")


def test_the_first_frame_imports_no_heavy_module(tmp_path: Path):
    plan = tmp_path / "Martin.smplan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "smplanner", "new", str(plan), "--client", "Martin"],
        check=True,
        env=env,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "smplanner", "--quit-after-startup", str(plan)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = set(re.findall(r"\|\s+([\w.]+)\s*$", result.stderr, flags=re.MULTILINE))
    top_level = {name.split(".")[0] for name in imported}
    assert "PySide6" in top_level  # the measure did see the imports
    assert not top_level.intersection(HEAVY), sorted(top_level.intersection(HEAVY))
    # Neither the lazily built tabs, nor the importers, reports, online clients or the
    # other commands' modules belong to the first frame.
    lazy = [
        name
        for name in imported
        if name.startswith(
            (
                "smplanner.importers",
                "smplanner.reports",
                "smplanner.online",
                "smplanner.ui.calendar.calendar_tab",
                "smplanner.ui.statistics.statistics_tab",
                # The monthly report's dialog and periods: its menu entry is enough.
                "smplanner.ui.deliverables.monthly_report_dialog",
                "smplanner.domain.report_periods",
                # The calendar bar's menu button (and with it Python's QStyle type).
                "smplanner.ui.calendar.menu_tool_button",
            )
        )
        or (name.startswith("smplanner.cli.") and name.endswith("_command"))
    ]
    assert not lazy, sorted(lazy)
    # uuid (with platform, ~9 ms) makes new plans' identities only.
    assert not imported.intersection({"uuid", "platform"}), imported & {"uuid", "platform"}


def test_a_missing_system_library_is_named_with_its_package_not_a_traceback(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    import builtins

    from smplanner import __main__

    real_import = builtins.__import__

    def without_gl(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "smplanner.ui.gui_main":
            raise ImportError(
                "libGL.so.1: cannot open shared object file: No such file or directory"
            )
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_gl)
    assert __main__.main(["--read-only"]) == 1
    err = capsys.readouterr().err
    assert "lacks libGL.so.1" in err and "sudo apt install libgl1" in err
    assert "Traceback" not in err


def test_what_waits_for_the_first_frame_runs_after_it(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from smplanner.ui.after_first_paint import AfterFirstPaint

    ran: list[str] = []
    label = QLabel("Boulangerie Martin")
    qtbot.addWidget(label)
    AfterFirstPaint(label, lambda: ran.append("painted"))
    qtbot.wait(50)
    assert ran == []  # not before the window shows
    label.show()
    qtbot.waitUntil(lambda: ran == ["painted"], timeout=2000)
    label.repaint()
    qtbot.wait(50)
    assert ran == ["painted"]  # once
    monkeypatch.setattr(AfterFirstPaint, "LATEST_MS", 30)
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    AfterFirstPaint(hidden, lambda: ran.append("late"))
    qtbot.waitUntil(lambda: ran == ["painted", "late"], timeout=2000)  # a window never painted


def test_pyside_reads_no_module_source_once_the_views_load(monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """PySide6 read the source of every module imported after it (~9 ms of start-up)."""
    import inspect

    from smplanner.ui.pyside_feature_scan import skip_source_scan

    assert skip_source_scan()  # what __main__ does before importing the window
    feature = sys.modules["PySide6.support.feature"]
    (tmp_path / "scan_probe_view.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    real_getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real_getsource(obj))
    __import__("scan_probe_view")  # an import statement's way, which PySide6 watches
    monkeypatch.delitem(sys.modules, "scan_probe_view")
    assert feature.pyside_feature_dict.get("scan_probe_view") == 0  # seen, as using PySide6
    assert read == []


def test_the_strategy_guidance_waits_for_the_first_frame(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.strategy.strategy_tab import StrategyTab

    plan = create_plan(tmp_path / "Martin.smplan", PlanProperties(client_name="Martin"))
    try:
        tab = StrategyTab(PlanDocument(plan))
        qtbot.addWidget(tab)
        qtbot.wait(30)
        assert tab.guidance is None  # not checked while the window is not on screen
        tab.show()
        qtbot.waitUntil(lambda: tab.guidance is not None, timeout=2000)
        assert tab.guidance is not None and tab.guidance.findings.count() > 0
        assert tab.guidance.findings.accessibleName()  # named, though built after the tab
    finally:
        tab.close()
        plan.close()


PROBE = """
import inspect, sys
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or real(obj)
from smplanner.__main__ import main
status = main(["--quit-after-startup", sys.argv[1]])
print("SOURCES READ", sorted(name for name in read if name.startswith("smplanner")))
sys.exit(status)
"""


def test_the_window_starts_without_pyside_reading_its_modules_sources(tmp_path: Path):
    plan = tmp_path / "Martin.smplan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "smplanner", "new", str(plan), "--client", "Martin"],
        check=True,
        env=env,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(plan)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first frame painted" in result.stdout  # the window did start
    assert "SOURCES READ []" in result.stdout, result.stdout[-2000:]


def test_no_cyclic_collection_while_the_window_loads_and_back_after(monkeypatch):  # type: ignore[no-untyped-def]
    import gc

    from smplanner import __main__
    from smplanner.ui import gui_main

    seen: list[bool] = []
    monkeypatch.setattr(gui_main, "run_gui", lambda options: seen.append(gc.isenabled()) or 0)
    before = gc.isenabled()  # off here: the test session collects on the GUI thread
    gc.enable()
    try:
        assert __main__.main(["--read-only"]) == 0
        assert seen == [False]  # the window's modules loaded with the collector off
        assert gc.isenabled()  # and on again once the window is gone
    finally:
        if not before:
            gc.disable()
