"""`smplanner restore PLAN [NUMBER]`: list the kept copies of a plan, or put one back.

The copies are made by smplanner itself (storage/plan_backups.py): when a plan is
opened, before a format update, an import or a template. Restoring keeps the plan
as it was first, so a restore can be undone by restoring that copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smplanner.storage.errors import PlanFileError

SUMMARY = (
    "list the copies smplanner kept of a plan (when it was opened, before an import...), "
    "or put one of them back"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.cli.cli_language import add_lang_option

    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument(
        "number",
        type=int,
        nargs="?",
        help="the copy to put back, as numbered by the list (without it: the list)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the list as JSON instead (always English)"
    )
    add_lang_option(parser)


def run(args: argparse.Namespace) -> int:
    from smplanner.storage.plan_backups import backups_of_file

    path = Path(args.path).absolute()
    backups = backups_of_file(path)
    if args.json and args.number is None:
        import json

        from smplanner.cli.restore_texts import backups_json

        print(json.dumps(backups_json(backups), ensure_ascii=False, indent=2))
        return 0
    from smplanner.cli.cli_language import start_language
    from smplanner.cli.restore_texts import list_lines, no_copies, restored_lines, wrong_number

    start_language(getattr(args, "lang", None))
    if not backups:
        print(no_copies(path), file=sys.stderr)
        return 1
    if args.number is None:
        for line in list_lines(path, backups):
            print(line)
        return 0
    if not 1 <= args.number <= len(backups):
        print(wrong_number(args.number, len(backups)), file=sys.stderr)
        return 2
    from smplanner.storage.plan_restore import restore_backup
    from smplanner.texts.core_messages import error_text

    try:
        restored = restore_backup(backups[args.number - 1], path)
    except PlanFileError as error:
        print(f"smplanner restore: {error_text(error)}", file=sys.stderr)
        return 1
    for line in restored_lines(restored):
        print(line)
    return 0
