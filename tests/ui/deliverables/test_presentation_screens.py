"""Presenter notes on a real second screen: Qt's offscreen platform started with two
(then one) screens from a config file, in a process of its own. The slides go full
screen on the screen the window is not on (the projector), the notes on the CM's; with
one screen, the slides fill it and no notes open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}


def _run(tmp_path: Path, screens: list[dict[str, object]]) -> dict[str, object]:
    for screen in screens:
        screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps({"synchronousWindowSystemEvents": True, "screens": screens}), "utf-8"
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["SMPLANNER_LANG"] = "fr"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-m", "tests.presentation_screens_run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_with_two_screens_slides_go_to_the_projector_and_notes_stay_with_the_cm(tmp_path):
    shown = _run(tmp_path, [dict(LAPTOP), dict(PROJECTOR)])
    assert shown["screens"] == ["laptop", "projector"]
    assert shown["window"] == "laptop"
    assert shown["slides"] == "projector"
    assert shown["slides_full_screen"]
    assert tuple(shown["slides_geometry"]) == (1366, 0, 1920, 1080)  # type: ignore[arg-type]
    notes = shown["notes"]
    assert isinstance(notes, dict)
    assert notes["screen"] == "laptop" and notes["visible"]
    assert f"{notes['first_title']} — 1 /" in notes["first"]
    # the keyboard in the notes pages the slides, and the notes follow
    assert notes["slide_index"] == 1
    assert f"{notes['second_title']} — 2 /" in notes["after_right"]
    # the presenter's words never reach the client's screen
    assert "Reste à régler" not in notes["on_slide"]
    assert shown["notes_closed"] and shown["closed"]  # Esc closes both


def test_with_one_screen_the_slides_fill_it_and_no_notes_open(tmp_path):
    shown = _run(tmp_path, [dict(LAPTOP)])
    assert shown["slides"] == "laptop"
    assert shown["slides_full_screen"]
    assert tuple(shown["slides_geometry"]) == (0, 0, 1366, 768)  # type: ignore[arg-type]
    assert shown["notes"] is None
    assert shown["closed"]
