"""Options of `smplanner` when it opens the window."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from smplanner import __version__


@dataclass(frozen=True)
class GuiOptions:
    plan_path: Path | None
    read_only: bool
    quit_after_startup: bool
    language: str | None


def _epilog() -> str:
    from smplanner.cli.main import COMMANDS, command_module

    lines = ["commands (each has --help):"]
    for name in COMMANDS:
        module = command_module(name)
        if not getattr(module, "HIDDEN", False):  # diagnostics stay out of the list
            lines.append(f"  {name:<13} {module.SUMMARY}")
    return "\n".join(lines)


def build_parser(*, with_command_list: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smplanner",
        description="Open the smplanner window: strategy, editorial calendar and statistics "
        "for one client per plan file (.smplan).",
        epilog=_epilog() if with_command_list else None,
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


def parse_gui_args(argv: list[str]) -> GuiOptions:
    # The command list imports every command module: build it only for --help (and
    # for usage errors, where argparse prints the usage line alone anyway).
    wants_help = any(arg in ("-h", "--help") for arg in argv)
    namespace = build_parser(with_command_list=wants_help).parse_args(argv)
    return GuiOptions(
        plan_path=namespace.plan,
        read_only=namespace.read_only,
        quit_after_startup=namespace.quit_after_startup,
        language=namespace.lang,
    )
