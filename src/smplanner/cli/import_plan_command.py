"""`smplanner import-plan FILE.json -o NEW.smplan`: a new plan from a full JSON export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smplanner.errors import UserError
from smplanner.storage.version import PLAN_SUFFIX

SUMMARY = "create a new plan file from a whole-plan JSON export"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, help="the JSON file written by `smplanner export`")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help=f"the plan file to create ({PLAN_SUFFIX})"
    )
    parser.add_argument(
        "--copy-tokens",
        action="store_true",
        help="also copy the accounts' access tokens from the original plan's keyring entries "
        "(by default the new plan, a plan of its own, has none: forgetting a token in one "
        "plan then never removes it from the other)",
    )


def run(args: argparse.Namespace) -> int:
    from smplanner.services.export_json import import_plan
    from smplanner.services.plan_import_identity import copy_tokens

    target: Path = args.output
    if target.suffix.lower() != PLAN_SUFFIX:
        target = target.with_name(target.name + PLAN_SUFFIX)
    try:
        imported = import_plan(args.source, target)
    except UserError as error:
        print(f"smplanner import-plan: {error}", file=sys.stderr)
        return 1
    try:
        print(f"Created {target} from {args.source}.")
        wanted = len(imported.original_entries)
        if wanted and args.copy_tokens:
            try:
                copied = copy_tokens(imported)
            except UserError as error:
                print(
                    f"smplanner import-plan: the tokens were not copied: {error}", file=sys.stderr
                )
                return 1
            print(f"Tokens copied for {copied.copied} of {wanted} accounts.")
            if copied.not_found:
                print(
                    f"{copied.not_found} token(s) are not in this computer's keyring: enter "
                    "them in Edit > Accounts.",
                )
        elif wanted:
            print(
                f"{wanted} account(s) need their access token again (Edit > Accounts), or "
                "import again with --copy-tokens."
            )
    finally:
        imported.plan.close()
    return 0
