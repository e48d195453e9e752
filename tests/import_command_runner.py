"""`smplanner import …` run as a user runs it: a process of its own, in a locale."""

from __future__ import annotations

import os
import subprocess
import sys


def run_import(*args: object, lang: str | None = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command's result; ``lang`` sets LC_ALL and LANG (None: this process's own)."""
    env = dict(os.environ)
    if lang is not None:
        env.update(LC_ALL=lang, LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "import", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
