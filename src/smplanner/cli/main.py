"""Subcommand dispatch. Exit status: 0 success, 1 the work failed, 2 usage error."""

from __future__ import annotations

import argparse
from types import ModuleType

from smplanner.cli import check_command, new_command

# Each module offers SUMMARY, add_arguments(parser) and run(namespace) -> int.
COMMANDS: dict[str, ModuleType] = {
    "new": new_command,
    "check": check_command,
}


def run_command(argv: list[str]) -> int:
    name, rest = argv[0], argv[1:]
    module = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"smplanner {name}", description=module.SUMMARY)
    module.add_arguments(parser)
    namespace = parser.parse_args(rest)  # exits 2 with a usage message on bad input
    result: int = module.run(namespace)
    return result
