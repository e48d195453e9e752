"""Entry point: `smplanner [PATH]` opens the window; `smplanner COMMAND ...` runs the CLI."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smplanner.ui.gui_options import GuiOptions


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from smplanner.cli.main import COMMANDS, command_list, run_command

    if args and args[0] in COMMANDS:
        return run_command(args)
    from smplanner.ui.gui_options import parse_gui_args

    options = parse_gui_args(args, command_list)
    # Loading the window's ~300 modules makes long-lived objects only: no cyclic
    # collection meanwhile (~1.3% of start-up). The window's own collector takes over
    # (ui/gui_thread_gc.py); the automatic one is back, as it was, once the window is gone.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _open_window(options)
    finally:
        if was_enabled:
            gc.enable()


def _open_window(options: GuiOptions) -> int:
    try:
        from smplanner.ui.pyside_feature_scan import skip_source_scan

        skip_source_scan()  # before the window's ~120 modules load (saves ~9 ms)
        from smplanner.ui.gui_main import run_gui
    except ImportError as error:
        # Qt's own libraries are bundled; the graphics stack (libGL, libEGL) is the
        # system's. On a minimal system one is missing: say which, not a traceback.
        missing = _missing_library(error)
        if missing is None:
            raise
        print(missing_library_message(missing), file=sys.stderr)
        return 1
    return run_gui(options)


# The Debian/Ubuntu package that provides each system library the window loads.
SYSTEM_LIBRARY_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _missing_library(error: ImportError) -> str | None:
    text = str(error)
    marker = ": cannot open shared object file"
    if marker not in text:
        return None
    return text.split(marker)[0].strip()


def missing_library_message(library: str) -> str:
    """What to tell a person whose system lacks a library the window needs."""
    package = SYSTEM_LIBRARY_PACKAGES.get(library)
    install = (
        f"On Debian or Ubuntu: sudo apt install {package}"
        if package
        else "Install the package that provides it with your system's package manager"
    )
    return (
        f"smplanner: the window cannot open: this system lacks {library}, a graphics "
        f"library every desktop has. {install} (a minimal system needs: sudo apt install "
        "libgl1 libegl1 libfontconfig1). The command line works without it: smplanner --help."
    )


if __name__ == "__main__":
    sys.exit(main())
