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


def run(args: argparse.Namespace) -> int:
    from smplanner.services.export_json import import_plan_json

    target: Path = args.output
    if target.suffix.lower() != PLAN_SUFFIX:
        target = target.with_name(target.name + PLAN_SUFFIX)
    try:
        plan = import_plan_json(args.source, target)
    except UserError as error:
        print(f"smplanner import-plan: {error}", file=sys.stderr)
        return 1
    plan.close()
    print(f"Created {target} from {args.source}.")
    return 0
