"""`smplanner send-for-approval PATH --month YYYY-MM -o PAGE.html`: the approval page
of a period's posts (one self-contained HTML file to e-mail to the client); the posts
sent become "to approve"."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

SUMMARY = "write the approval page of a month's (or a period's) posts for the client"


def _month(value: str) -> date:
    try:
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a month: write YYYY-MM") from None


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date: write YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the page to write")
    parser.add_argument("--month", type=_month, help="the month to send (YYYY-MM)")
    parser.add_argument("--start", type=_day, help="first day (YYYY-MM-DD), with --end")
    parser.add_argument("--end", type=_day, help="last day, included (YYYY-MM-DD)")


def period(args: argparse.Namespace) -> tuple[date, date] | None:
    from datetime import timedelta

    if args.month is not None and args.start is None and args.end is None:
        first = args.month
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following
    if args.month is None and args.start is not None and args.end is not None:
        if args.end < args.start:
            return None
        return args.start, args.end + timedelta(days=1)
    return None


def run(args: argparse.Namespace) -> int:
    from smplanner.approval.send import send_for_approval
    from smplanner.errors import UserError
    from smplanner.storage.plan_file import open_plan

    chosen = period(args)
    if chosen is None:
        print(
            "smplanner send-for-approval: give --month YYYY-MM, or --start and --end "
            "(the end not before the start).",
            file=sys.stderr,
        )
        return 2
    try:
        with open_plan(args.path) as plan:
            edit = send_for_approval(plan, chosen[0], chosen[1], args.output)
    except UserError as error:
        print(f"smplanner send-for-approval: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"smplanner send-for-approval: {args.output} could not be written ({error.strerror}).",
            file=sys.stderr,
        )
        return 1
    count = len(edit.value.fingerprints)
    print(f"{args.output}: {count} post(s) to approve; send this file to the client.")
    return 0
