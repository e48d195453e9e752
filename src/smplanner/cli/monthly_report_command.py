"""`smplanner monthly-report PATH --month YYYY-MM -o FILE.pdf`: the month's report for
the client (or ``--quarter 2027-Q1``, ``--campaign NAME``: a quarter's, a campaign's);
``--comment SECTION=TEXT`` keeps the manager's commentary in the plan, ``--colour``,
``--accent`` and ``--brand-logo`` the manager's brand (white label)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smplanner.domain.report_periods import ReportPeriod
    from smplanner.storage.plan_file import PlanFile

SUMMARY = "the monthly report PDF: published against planned, results, pillars, slots"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.cli.send_for_approval_command import _month
    from smplanner.services.monthly_report_notes import SECTIONS

    parser.add_argument("path", type=Path, help="the plan file")
    period = parser.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", type=_month, help="the month (YYYY-MM)")
    period.add_argument("--quarter", type=_quarter, help="a quarter (YYYY-Q1 to YYYY-Q4)")
    period.add_argument("--campaign", help="a campaign of the plan, by its name or number")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    parser.add_argument("--lang", choices=("fr", "en"), help="default: the plan's language")
    parser.add_argument("--manager", default="", help="your name, printed under the title")
    parser.add_argument("--logo", type=Path, help="a logo for this report only (PNG or JPEG)")
    brand = parser.add_argument_group("your brand, kept in the plan for its reports")
    brand.add_argument("--colour", help="the titles' colour (#RRGGBB; '' for the report's own)")
    brand.add_argument("--accent", help="the tables' header colour (#RRGGBB)")
    brand.add_argument("--brand-logo", type=Path, help="your logo (PNG or JPEG, at most 1 MB)")
    parser.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="SECTION=TEXT",
        help="your commentary on a section, kept in the plan (" + ", ".join(SECTIONS) + ")",
    )


def _quarter(text: str) -> ReportPeriod:
    from smplanner.domain.report_periods import parse_quarter

    try:
        return parse_quarter(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _period(plan: PlanFile, args: argparse.Namespace) -> ReportPeriod:
    """The period asked for; a campaign the plan does not have is a UserError."""
    from smplanner.domain.report_periods import campaign_period, month_period
    from smplanner.errors import UserError
    from smplanner.services.calendar_queries import campaigns

    if args.month is not None:
        return month_period(args.month)
    if args.quarter is not None:
        quarter: ReportPeriod = args.quarter
        return quarter
    found = campaigns(plan)
    wanted = args.campaign.strip()
    for campaign in found:
        if wanted.casefold() in (campaign.name.strip().casefold(), str(campaign.id)):
            return campaign_period(campaign)
    names = ", ".join(f"{c.id} ({c.name})" for c in found) or "none"
    raise UserError(f"the plan has no campaign '{wanted}': its campaigns are {names}")


def run(args: argparse.Namespace) -> int:
    from smplanner.cli.report_command import _start_gui_application
    from smplanner.errors import UserError
    from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf
    from smplanner.services import monthly_report_notes, report_branding
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
    branded = any(v is not None for v in (args.colour, args.accent, args.brand_logo))
    _start_gui_application()
    try:
        with open_plan(args.path, read_only=not (comments or branded)) as plan:
            period = _period(plan, args)
            if branded:
                report_branding.set_branding(
                    plan, colour=args.colour, accent=args.accent, logo_file=args.brand_logo
                )
            if comments:
                kept = monthly_report_notes.period_comments(plan, period.key)
                monthly_report_notes.set_period_comments(plan, period.key, {**kept, **comments})
            language = args.lang or read_properties(plan).language
            options = MonthlyOptions(period.first, language, args.manager, args.logo, period=period)
            pages = write_monthly_pdf(plan, options, args.output)
    except UserError as error:
        print(f"smplanner monthly-report: {error}", file=sys.stderr)
        return 1
    print(f"{args.output}: {pages} page(s)")
    return 0
