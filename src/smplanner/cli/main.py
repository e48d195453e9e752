"""Subcommand dispatch. Exit status: 0 success, 1 the work failed, 2 usage error.

Each command module offers SUMMARY, add_arguments(parser) and run(namespace) -> int;
modules load only when their command runs (or for --help).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from importlib import import_module
from types import ModuleType

COMMANDS: dict[str, str] = {
    "new": "smplanner.cli.new_command",
    "check": "smplanner.cli.check_command",
    "import": "smplanner.cli.import_command",
    "export": "smplanner.cli.export_command",
    "import-plan": "smplanner.cli.import_plan_command",
    "import-posts": "smplanner.cli.import_posts_command",
    "send-for-approval": "smplanner.cli.send_for_approval_command",
    "import-answers": "smplanner.cli.import_answers_command",
    "report": "smplanner.cli.report_command",
    "monthly-report": "smplanner.cli.monthly_report_command",
    "restore": "smplanner.cli.restore_command",
    "diagnose-keyring": "smplanner.cli.diagnose_keyring_command",
}


def command_module(name: str) -> ModuleType:
    return import_module(COMMANDS[name])


def command_list() -> str:
    """The commands and their summaries, for the window's ``smplanner --help``."""
    lines = ["commands (each has --help):"]
    for name in COMMANDS:
        module = command_module(name)
        if not getattr(module, "HIDDEN", False):  # diagnostics stay out of the list
            lines.append(f"  {name:<13} {module.SUMMARY}")
    return "\n".join(lines)


def run_command(argv: list[str]) -> int:
    name, rest = argv[0], argv[1:]
    module = command_module(name)
    parser = argparse.ArgumentParser(prog=f"smplanner {name}", description=module.SUMMARY)
    module.add_arguments(parser)
    namespace = parser.parse_args(rest)  # exits 2 with a usage message on bad input
    try:
        result: int = module.run(namespace)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader left (`smplanner check PLAN | head`): not an error of ours. Point
        # stdout at /dev/null so that the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except sqlite3.DatabaseError as error:
        # A tampered or damaged plan that passed the checks on open: a message, not a
        # traceback (`check` names what is wrong).
        if os.environ.get("SMPLANNER_DEBUG"):
            raise
        print(
            f"smplanner {name}: the plan could not be read ({error}). Run "
            "`smplanner check PLAN` to see what is wrong, or open a backup copy.",
            file=sys.stderr,
        )
        return 1
    return result
