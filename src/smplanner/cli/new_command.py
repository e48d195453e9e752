"""`smplanner new PATH --client NAME`: create a plan file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smplanner.domain.plan_properties import (
    DEFAULT_TIMEZONE,
    InvalidPropertiesError,
    PlanProperties,
)
from smplanner.storage.errors import PlanFileError
from smplanner.storage.version import PLAN_SUFFIX

SUMMARY = "create a new plan file for a client"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help=f"the plan file to create ({PLAN_SUFFIX})")
    parser.add_argument("--client", required=True, help="the client's name")
    parser.add_argument("--sector", default="", help="the client's business sector")
    parser.add_argument(
        "--timezone", default=DEFAULT_TIMEZONE, help=f"IANA time zone (default {DEFAULT_TIMEZONE})"
    )
    parser.add_argument("--language", default="fr", choices=["fr", "en"], help="plan language")


def run(args: argparse.Namespace) -> int:
    from smplanner.storage.plan_file import create_plan

    path: Path = args.path
    if path.suffix.lower() != PLAN_SUFFIX:
        path = path.with_name(path.name + PLAN_SUFFIX)
    properties = PlanProperties(
        client_name=args.client,
        sector=args.sector,
        timezone=args.timezone,
        language=args.language,
    )
    try:
        plan = create_plan(path, properties)
    except InvalidPropertiesError as error:
        print(f"smplanner new: --{error.field.replace('_name', '')}: {error}", file=sys.stderr)
        return 2
    except PlanFileError as error:
        print(f"smplanner new: {error}", file=sys.stderr)
        return 1
    plan.close()
    print(f"Created {path} for {properties.client_name.strip()}.")
    return 0
