"""The read-only resources (translations, data files, icons) shipped inside the package.

They live in ``smplanner/resources/`` and are read through ``importlib.resources``, so
a source checkout, an installed wheel and a PyInstaller build (which bundles them at
``smplanner/resources`` beside its frozen modules) need no lookup of their own.
"""

from __future__ import annotations

import atexit
import json
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def resource(*parts: str) -> Traversable:
    """One resource, e.g. resource("data", "sectors.json") (a file or a folder)."""
    return files("smplanner").joinpath("resources", *parts)


def read_text(*parts: str) -> str:
    """The text of one resource file (UTF-8)."""
    return resource(*parts).read_text(encoding="utf-8")


def load_json(*parts: str) -> Any:
    """Read a JSON data file shipped in resources/."""
    return json.loads(read_text(*parts))


# Qt reads some files lazily (an SVG icon when first painted, a .qm catalogue that
# may be mapped into memory), so a path handed to Qt must stay valid until the
# process ends, even when as_file had to copy the resource out of an archive.
_kept_files = ExitStack()
atexit.register(_kept_files.close)


@cache
def resource_file(*parts: str) -> Path:
    """A real file's path for one resource, for APIs that want a path (Qt's loaders)."""
    return _kept_files.enter_context(as_file(resource(*parts)))
