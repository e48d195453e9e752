"""The package's read-only resources as PyInstaller `datas` (smplanner.spec uses it).

The frozen app reads them with importlib.resources.files("smplanner") / "resources",
which PyInstaller answers from the bundle's smplanner/ folder: each file goes to
smplanner/resources/<its folder>, the layout the wheel has. The .ts translation sources
stay out (the app reads the compiled .qm), as they stay out of the wheel.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "src" / "smplanner"
RESOURCES = PACKAGE_DIR / "resources"


def shipped(path: Path) -> bool:
    """Whether a file under resources/ is part of the build (not a source, not a cache)."""
    return path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every shipped resource file."""
    package_dir = resources.parent
    return [
        (str(path), path.parent.relative_to(package_dir.parent).as_posix())
        for path in sorted(resources.rglob("*"))
        if shipped(path)
    ]
