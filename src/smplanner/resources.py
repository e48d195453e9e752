"""Where the read-only resources (translations, data files, icons) are.

The same code runs from a source checkout, an installed wheel and a PyInstaller
build; each lays resources/ out in a different place.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def resources_dir() -> Path:
    """The folder holding translations/, data/ and icons/."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package = Path(__file__).resolve().parent
    candidates.append(package / "_resources")  # installed wheel
    candidates.append(package.parents[1] / "resources")  # source checkout (src layout)
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        "smplanner's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
        + ". Reinstall smplanner."
    )


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. resource_path("data", "sectors.json")."""
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Read a JSON data file shipped in resources/."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
