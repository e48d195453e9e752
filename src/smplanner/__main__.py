"""Entry point: `smplanner [PATH]` opens the window; `smplanner COMMAND ...` runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from smplanner.cli.main import COMMANDS, command_list, run_command

    if args and args[0] in COMMANDS:
        return run_command(args)
    from smplanner.ui.gui_options import parse_gui_args

    options = parse_gui_args(args, command_list)
    from smplanner.ui.gui_main import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
