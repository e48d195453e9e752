"""Build the one-folder app: `python packaging/build.py` -> dist/smplanner/.

Runs PyInstaller on packaging/smplanner.spec with the work files in build/smplanner/
(kept between runs, so a rebuild takes ~20-30 s) and the result in dist/. Needs the
`package` extra: `pip install -e ".[package]"`.

    python packaging/build.py           # incremental
    python packaging/build.py --clean   # drop PyInstaller's cache first
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "smplanner.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_DIR = DIST / "smplanner"


def executable(name: str = "smplanner") -> Path:
    """Path of a frozen executable inside dist/smplanner/."""
    return APP_DIR / (name + ".exe" if sys.platform == "win32" else name)


def build(clean: bool = False, log_level: str = "WARN") -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            'build: PyInstaller is not installed; run `pip install -e ".[package]"`',
            file=sys.stderr,
        )
        return 2
    # The icons first: the spec gives the executables (Windows) and the .app (macOS)
    # the ones made here from src/smplanner/resources/icons/smplanner.svg.
    icons = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(WORK / "icons")],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    if icons.returncode != 0:
        print(f"build: the icons could not be made:\n{icons.stderr}", file=sys.stderr)
        return icons.returncode
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        "--log-level",
        log_level,
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    print("build:", " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(f"build: PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return 1
    if not executable().exists():
        print(f"build: PyInstaller ran but {executable()} is missing", file=sys.stderr)
        return 1
    pruned = WORK / "smplanner" / "pruned.txt"
    summary = pruned.read_text(encoding="utf-8").splitlines()[0] if pruned.exists() else ""
    print(f"build: {APP_DIR} built in {elapsed:.0f} s; pruned {summary.lstrip('# ')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument(
        "--log-level",
        default="WARN",
        choices=["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
        help="PyInstaller's log level (default: WARN)",
    )
    args = parser.parse_args(argv)
    return build(clean=args.clean, log_level=args.log_level)


if __name__ == "__main__":
    sys.exit(main())
