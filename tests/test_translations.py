"""The French interface is complete and its compiled files are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_visible_string_has_a_french_translation_and_every_qm_is_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, "Run tools/i18n.py update / fill:\n" + result.stdout
