"""The calendar exports' filter options of `smplanner export` (--network, --from, …)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from smplanner.errors import UserError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write YYYY-MM-DD") from None


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("calendar exports (ics, calendar-csv, <scheduler>-csv)")
    group.add_argument("--network", action="append", help="only this network (repeat for several)")
    group.add_argument("--status", action="append", help="only this status (repeat for several)")
    group.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD")
    group.add_argument("--to", dest="last", type=_day, help="last day (included), YYYY-MM-DD")
    group.add_argument(
        "--include-not-ready",
        action="store_true",
        help="<scheduler>-csv: also the drafts and posts waiting for the client "
        "(by default only posts ready, approved or scheduled go)",
    )
    group.add_argument(
        "--free-plan",
        action="store_true",
        help="buffer-csv: the Buffer account is on the free plan, which queues at most 10 "
        "posts per channel: numbered files of 10 per channel (upload each once the posts "
        "of the one before have gone out), instead of 100",
    )
    group.add_argument(
        "--template",
        type=Path,
        help="metricool-csv: the bulk template downloaded from Metricool (its header is used)",
    )


def filter_call(
    args: argparse.Namespace, exporter: Callable[..., Any], filterable: bool
) -> Callable[[Any, Path], Any]:
    """The exporter with the selection (and template) the options ask for."""
    from smplanner.domain.networks import network_ids
    from smplanner.domain.post_refs import STATUSES
    from smplanner.domain.post_selection import PostSelection

    not_ready = getattr(args, "include_not_ready", False)
    free_plan = getattr(args, "free_plan", False)
    options = (args.network, args.status, args.start, args.last, args.template, not_ready)
    if not filterable:
        if any(options) or free_plan:
            raise UserError(
                f"--network, --status, --from, --to, --template, --include-not-ready and "
                f"--free-plan do not apply to --format {args.format}: they filter the "
                "calendar's exports."
            )
        return lambda plan, target: exporter(plan, target)
    for value in args.network or []:
        if value not in network_ids():
            raise UserError(f"Network '{value}' is unknown: use one of {', '.join(network_ids())}.")
    for value in args.status or []:
        if value not in STATUSES:
            raise UserError(f"Status '{value}' is unknown: use one of {', '.join(STATUSES)}.")
    selection = PostSelection(
        networks=frozenset(args.network) if args.network else None,
        statuses=frozenset(args.status) if args.status else None,
        start=args.start,
        end=args.last + timedelta(days=1) if args.last else None,
        include_ideas=args.format == "calendar-csv",
    )
    if args.template is not None and args.format != "metricool-csv":
        raise UserError("--template applies to --format metricool-csv only.")
    if free_plan and args.format != "buffer-csv":
        raise UserError("--free-plan applies to --format buffer-csv only.")
    scheduler = args.format.removesuffix("-csv")
    if args.format in ("ics", "calendar-csv"):
        if not_ready:
            raise UserError("--include-not-ready applies to the schedulers' formats only.")
        return lambda plan, target: exporter(plan, target, selection)
    from smplanner.services.calendar_export import write_scheduler_csv

    return lambda plan, target: write_scheduler_csv(
        plan,
        scheduler,
        target,
        selection,
        template=args.template,
        ready_only=not not_ready,
        free_plan=free_plan,
    )
