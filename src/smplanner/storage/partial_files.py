"""Files written under a temporary name and renamed when complete, and the leftovers
of the ones a killed process never finished.

A new plan, a Save As copy, a restored plan and a report are each written beside
their target as a hidden ``.<name>.<kind>-<pid>`` file, then renamed over it: the
target is either the old file or the whole new one, never half of one. A process
killed meanwhile leaves its partial file behind; the next write in that folder (and
every plan opened there) removes the partial files whose process is gone, so none
accumulates, fills a disk or passes for a real file.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

KINDS = ("creating", "saving", "restoring", "writing")
# A partial plan copy may have its own SQLite journal beside it ("-journal").
_PARTIAL = re.compile(
    r"^\.(?P<name>.+)\.(?P<kind>creating|saving|restoring|writing)(?:-(?P<pid>\d+))?"
    r"(?:-journal)?$"
)
# A partial file of a live process is left alone unless it is older than this (the
# process id was reused by another program since).
STALE_SECONDS = 24 * 3600
# Names from before the process id was part of them: only when clearly abandoned.
UNNAMED_STALE_SECONDS = 3600


def partial_path(target: Path, kind: str) -> Path:
    """The temporary name ``target`` is written under by this process."""
    if kind not in KINDS:
        raise ValueError(f"unknown partial-file kind {kind!r}")
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no cheap check: the age decides (STALE_SECONDS)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def clear_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files in ``folder`` left by processes that died; return them.

    Never raises: a folder that cannot be listed or a file that cannot be removed
    (another user's) is left as it is.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL.match(entry.name)
        if match is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            pid = match.group("pid")
            if pid is None:
                stale = age > UNNAMED_STALE_SECONDS
            else:
                stale = age > STALE_SECONDS or not _alive(int(pid))
            if stale and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
