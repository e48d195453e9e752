"""`smplanner check PATH`: verify a plan read-only and print a summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smplanner.storage.errors import PlanFileError

SUMMARY = "verify a plan's integrity and format version, read-only, and summarise it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file to check")


def run(args: argparse.Namespace) -> int:
    from smplanner.services.plan_summary import summarise

    try:
        summary = summarise(args.path)
    except PlanFileError as error:
        print(f"smplanner check: {error}", file=sys.stderr)
        return 1
    for line in summary.lines():
        print(line)
    return 0
