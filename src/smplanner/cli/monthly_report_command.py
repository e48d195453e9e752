"""`smplanner monthly-report PATH --month YYYY-MM -o FILE.pdf`: the month's report for
the client; ``--comment SECTION=TEXT`` keeps the manager's commentary in the plan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SUMMARY = "the monthly report PDF: published against planned, results, pillars, slots"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.cli.send_for_approval_command import _month
    from smplanner.services.monthly_report_notes import SECTIONS

    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("--month", type=_month, required=True, help="the month (YYYY-MM)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    parser.add_argument("--lang", choices=("fr", "en"), help="default: the plan's language")
    parser.add_argument("--manager", default="", help="your name, printed under the title")
    parser.add_argument("--logo", type=Path, help="your logo (PNG or JPEG)")
    parser.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="SECTION=TEXT",
        help="your commentary on a section, kept in the plan (" + ", ".join(SECTIONS) + ")",
    )


def run(args: argparse.Namespace) -> int:
    from smplanner.cli.report_command import _start_gui_application
    from smplanner.errors import UserError
    from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf
    from smplanner.services import monthly_report_notes
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.plan_properties_repo import read_properties

    comments: dict[str, str] = {}
    for item in args.comment:
        section, sep, words = item.partition("=")
        if not sep or section not in monthly_report_notes.SECTIONS:
            print(
                f"smplanner monthly-report: '{item}' is not SECTION=TEXT with a section among "
                + ", ".join(monthly_report_notes.SECTIONS),
                file=sys.stderr,
            )
            return 2
        comments[section] = words
    _start_gui_application()
    try:
        with open_plan(args.path, read_only=not comments) as plan:
            if comments:
                kept = monthly_report_notes.month_comments(plan, args.month)
                monthly_report_notes.set_month_comments(plan, args.month, {**kept, **comments})
            language = args.lang or read_properties(plan).language
            options = MonthlyOptions(args.month, language, args.manager, args.logo)
            pages = write_monthly_pdf(plan, options, args.output)
    except UserError as error:
        print(f"smplanner monthly-report: {error}", file=sys.stderr)
        return 1
    print(f"{args.output}: {pages} page(s)")
    return 0
