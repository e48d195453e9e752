"""smplanner's own per-user data folder, found without Qt (the CLI needs it too).

The same folder as Qt's ``QStandardPaths.AppDataLocation`` for an application named
"smplanner" with no organisation (ui/app_paths.data_dir; a test keeps them equal):
Linux ``$XDG_DATA_HOME/smplanner`` (``~/.local/share/smplanner``), Windows
``%APPDATA%\\smplanner``, macOS ``~/Library/Application Support/smplanner``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "smplanner"


def app_data_dir() -> Path:
    """The folder (not created here) where smplanner keeps its own files."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG spec: a relative value is invalid and must be ignored.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_FOLDER
