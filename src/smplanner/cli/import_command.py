"""`smplanner import PATH FILE...`: import analytics exports into a plan from a script."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

SUMMARY = "import the networks' analytics exports (CSV, XLS, XLSX, ZIP) into a plan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("files", type=Path, nargs="+", help="export files to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="read and check the files, store nothing"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even if some rows have problems",
    )


def run(args: argparse.Namespace) -> int:
    from smplanner.errors import UserError
    from smplanner.services.statistics_import import import_files, preview
    from smplanner.storage.plan_file import open_plan

    previews = preview(args.files)
    report: list[dict[str, Any]] = [
        {
            "file": str(item.path),
            "kind": item.reading.kinds if item.reading else None,
            "kind_label": item.reading.kind_label if item.reading else None,
            "rows": item.reading.rows_read if item.reading else 0,
            "problems": item.problems,
        }
        for item in previews
    ]
    failed = any(not item.importable for item in previews)
    bad_rows = any(item.reading and item.reading.problems for item in previews)
    stored: list[dict[str, Any]] = []
    if not args.dry_run and not failed and not (bad_rows and not args.skip_bad_rows):
        try:
            with open_plan(args.path) as plan:
                outcome = import_files(plan, previews, skip_bad_rows=args.skip_bad_rows)
        except UserError as error:
            print(f"smplanner import: {error}", file=sys.stderr)
            if args.json:  # a script still reads JSON: each file says why it was not stored
                for entry in report:
                    entry["error"] = str(error)
                print(json.dumps(report, indent=2))
            return 1
        stored = [
            {
                "source": source,
                "import_id": result.import_id,
                "posts_added": result.posts_added,
                "posts_updated": result.posts_updated,
                "daily_added": result.daily_added,
                "daily_updated": result.daily_updated,
            }
            for source, result in outcome.results
        ]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_text(report, stored, args)
    if failed or (bad_rows and not args.skip_bad_rows):
        if not args.json:
            print(
                "smplanner import: nothing was imported"
                + ("" if args.dry_run else "; fix the files or use --skip-bad-rows")
                + ".",
                file=sys.stderr,
            )
        return 1
    return 0


def _print_text(
    report: list[dict[str, Any]], stored: list[dict[str, Any]], args: argparse.Namespace
) -> None:
    for entry in report:
        label = entry["kind_label"] or "not recognised"
        print(f"{entry['file']}: {label}, {entry['rows']} rows read")
        for problem in entry["problems"]:
            print(f"  problem: {problem}")
    for item in stored:
        print(
            f"stored {item['source']}: {item['posts_added']} new posts, "
            f"{item['posts_updated']} updated; {item['daily_added']} new daily values, "
            f"{item['daily_updated']} updated"
        )
    if args.dry_run:
        print("dry run: nothing was stored.")
