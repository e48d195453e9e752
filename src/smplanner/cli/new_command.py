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
    parser.add_argument(
        "--sector",
        default="",
        help="the client's business sector, one of: " + ", ".join(_sector_ids()),
    )
    parser.add_argument(
        "--timezone", default=DEFAULT_TIMEZONE, help=f"IANA time zone (default {DEFAULT_TIMEZONE})"
    )
    parser.add_argument("--language", default="fr", choices=["fr", "en"], help="plan language")
    from smplanner.cli.cli_language import add_lang_option

    add_lang_option(parser)


def _sector_ids() -> list[str]:
    from smplanner.domain.sectors import all_sectors

    return [sector.id for sector in all_sectors()]


def known_sector(given: str) -> str | None:
    """The sector id for ``given`` (an id, or a label in English or French, any case);
    None when it names no known sector. Templates and recommendations key on the id,
    so a free word such as "food" would silently get none of them."""
    from smplanner.domain.sectors import all_sectors

    wanted = given.strip().casefold()
    if not wanted:
        return ""
    for sector in all_sectors():
        if wanted == sector.id.casefold() or wanted in (
            label.casefold() for label in sector.labels.values()
        ):
            return sector.id
    return None


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from smplanner.cli.cli_language import start_language
    from smplanner.domain.sectors import all_sectors
    from smplanner.storage.plan_file import create_plan

    language = start_language(getattr(args, "lang", None))
    sector = known_sector(args.sector)
    if sector is None:
        choices = "\n".join(f"  {s.id:<26} {s.label(language)}" for s in all_sectors())
        text = QCoreApplication.translate(
            "NewCommand", "unknown sector '%1'. Use one of these ids:"
        ).replace("%1", args.sector)
        print(f"smplanner new: --sector: {text}\n{choices}", file=sys.stderr)
        return 2

    path: Path = args.path
    if path.suffix.lower() != PLAN_SUFFIX:
        path = path.with_name(path.name + PLAN_SUFFIX)
    properties = PlanProperties(
        client_name=args.client,
        sector=sector,
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
    done = QCoreApplication.translate("NewCommand", "Created %1 for %2.")
    print(done.replace("%1", str(path)).replace("%2", properties.client_name.strip()))
    return 0
