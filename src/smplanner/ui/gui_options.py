"""Options of `smplanner` when it opens the window, and their parser (no Qt here).

The list of CLI commands in ``--help`` comes from the caller (``__main__``): the window
does not import the CLI, nor the CLI the window (the import contracts check it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smplanner import __version__


@dataclass(frozen=True)
class GuiOptions:
    plan_path: Path | None
    read_only: bool
    quit_after_startup: bool
    language: str | None


def build_parser(epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Open the smplanner window: strategy, editorial calendar and statistics "
        "for one client per plan file (.smplan).",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "plan", nargs="?", type=Path, help="plan file to open (default: the last one used)"
    )
    parser.add_argument("--version", action="version", version=f"smplanner {__version__}")
    parser.add_argument("--read-only", action="store_true", help="open the plan read-only")
    parser.add_argument(
        "--lang", choices=["fr", "en"], help="interface language for this run (default: system)"
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="diagnostic: exit 0 once the window has painted with the plan loaded, "
        "printing the milliseconds it took",
    )
    return parser


def parse_gui_args(argv: list[str], command_list: Callable[[], str] | None = None) -> GuiOptions:
    """Parse the window's options; ``command_list()`` gives --help's list of commands."""
    # The command list imports every command module: build it only for --help (and
    # for usage errors, where argparse prints the usage line alone anyway).
    wants_help = any(arg in ("-h", "--help") for arg in argv)
    epilog = command_list() if wants_help and command_list is not None else None
    namespace = build_parser(epilog).parse_args(argv)
    return GuiOptions(
        plan_path=namespace.plan,
        read_only=namespace.read_only,
        quit_after_startup=namespace.quit_after_startup,
        language=namespace.lang,
    )
