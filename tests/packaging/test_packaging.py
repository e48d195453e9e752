"""The packaged build: PyInstaller builds dist/smplanner and packaging/smoke.py tests it.

About 30-60 s: a PyInstaller build, a few runs of the frozen app, a .tar.gz for the size.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (pip install -e '.[package]')",
)
def test_packaged_build_passes_its_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=1200,
        check=False,
    )
    print(result.stdout)  # shown with -s or -rA: the sizes and the start-up times
    assert result.returncode == 0, (
        f"packaging/smoke.py exited {result.returncode}\n"
        f"{result.stdout[-8000:]}\n{result.stderr[-4000:]}"
    )
