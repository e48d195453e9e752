"""`smplanner export PATH --format FORMAT -o FILE`: write a plan out for other tools.

One command for every export format; each format is one line in FORMATS naming the
service function ``(plan, target) -> int`` (rows written) that writes it, so a feature
adds a format without touching the rest.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path

from smplanner.errors import UserError

SUMMARY = "export a plan: the whole plan as JSON, statistics as CSV, and more"

# format -> "module:function"; the function takes (plan, target path), returns rows written.
FORMATS: dict[str, str] = {
    "json": "smplanner.services.export_json:export_plan_json",
    "posts-csv": "smplanner.services.export_csv:write_posts_csv",
    "stats-csv": "smplanner.services.export_csv:write_daily_statistics_csv",
    "stat-posts-csv": "smplanner.services.export_csv:write_post_statistics_csv",
    # The calendar's exports take the filter options and report the posts left out.
    "ics": "smplanner.exports.ics_export:write_ics",
    "calendar-csv": "smplanner.services.calendar_export:write_calendar_csv",
    "buffer-csv": "smplanner.services.calendar_export:write_buffer_csv",
    "hootsuite-csv": "smplanner.services.calendar_export:write_hootsuite_csv",
    "sprout-csv": "smplanner.services.calendar_export:write_sprout_csv",
    "metricool-csv": "smplanner.services.calendar_export:write_metricool_csv",
}
FILTERABLE = {"ics", "calendar-csv", "buffer-csv", "hootsuite-csv", "sprout-csv", "metricool-csv"}

DEFAULT_SUFFIX = {
    "json": ".json",
    "posts-csv": ".posts.csv",
    "stats-csv": ".statistics.csv",
    "stat-posts-csv": ".post-statistics.csv",
    "ics": ".ics",
    "calendar-csv": ".calendar.csv",
    "buffer-csv": ".buffer.csv",
    "hootsuite-csv": ".hootsuite.csv",
    "sprout-csv": ".sprout.csv",
    "metricool-csv": ".metricool.csv",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file to export")
    parser.add_argument("--format", required=True, choices=sorted(FORMATS), help="what to write")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the file to write (default: beside the plan, named after it)",
    )
    from smplanner.cli.calendar_export_options import add_filter_arguments

    add_filter_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from smplanner.storage.plan_file import open_plan

    module_name, function_name = FORMATS[args.format].split(":")
    exporter = getattr(import_module(module_name), function_name)
    plan_path: Path = args.path
    target: Path = args.output or plan_path.with_name(
        plan_path.stem + DEFAULT_SUFFIX.get(args.format, "." + args.format)
    )
    from smplanner.cli.calendar_export_options import filter_call

    try:
        call = filter_call(args, exporter, args.format in FILTERABLE)
        # Exporting only reads: a plan open in the app can still be exported.
        with open_plan(plan_path, read_only=True) as plan:
            rows = call(plan, target)
    except UserError as error:
        print(f"smplanner export: {error}", file=sys.stderr)
        return 1
    if isinstance(rows, int):
        print(f"Wrote {target} ({rows} rows).")
    else:
        print("\n".join(rows.report_lines()))
        if not rows.files:
            print("smplanner export: no post could be exported; nothing written.", file=sys.stderr)
            return 1
    return 0
