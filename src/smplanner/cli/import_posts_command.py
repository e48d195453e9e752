"""`smplanner import-posts PATH FILE`: import posts from smplanner's posts CSV."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SUMMARY = "import posts from a posts CSV (the calendar-csv layout); the id column updates"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("file", type=Path, help="the posts CSV to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="read and check the file, store nothing"
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even if some rows have problems",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from smplanner.errors import UserError
    from smplanner.services.calendar_import import (
        NEW,
        UNCHANGED,
        UPDATE,
        apply_posts_import,
        preview_posts_csv,
    )
    from smplanner.storage.plan_file import open_plan

    try:
        with open_plan(args.path, read_only=args.dry_run) as plan:
            preview = preview_posts_csv(plan, args.file)
            refused = bool(preview.problem_count) and not args.skip_bad_rows
            if not args.dry_run and not refused:
                apply_posts_import(plan, preview, skip_bad_rows=args.skip_bad_rows)
    except UserError as error:
        print(f"smplanner import-posts: {error}", file=sys.stderr)
        return 1
    stored = not args.dry_run and not refused
    report = {
        "file": str(args.file),
        "new": preview.count(NEW),
        "updated": preview.count(UPDATE),
        "unchanged": preview.count(UNCHANGED),
        "problems": [
            {"line": p.line, "column": p.column, "message": p.message} for p in preview.problems
        ],
        "problem_count": preview.problem_count,  # "problems" lists the first ones
        "ignored_columns": preview.ignored_columns,
        "stored": stored,
    }
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(
            f"{args.file}: {report['new']} new posts, {report['updated']} updated, "
            f"{report['unchanged']} unchanged"
        )
        for name in preview.ignored_columns:
            print(f"  column '{name}' is not part of the layout: ignored")
        for problem in preview.problems:
            print(f"  problem: {problem}")
        if preview.problem_count > len(preview.problems):
            print(f"  … and {preview.problem_count - len(preview.problems)} more problems")
        if args.dry_run:
            print("dry run: nothing was stored.")
        elif stored:
            print("stored." + (" The bad rows were skipped." if preview.problems else ""))
    if refused:
        if not args.json:
            print(
                "smplanner import-posts: nothing was imported"
                + ("" if args.dry_run else "; fix the file or use --skip-bad-rows")
                + ".",
                file=sys.stderr,
            )
        return 1
    return 0
