"""`smplanner import-answers PATH ANSWERS.json`: apply the client's answers from an
approval page; posts changed since they were sent are conflicts, left as they are."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SUMMARY = "apply the client's answers (approved / changes requested) from an approval page"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("answers", type=Path, help="the answers file the client sent back")
    parser.add_argument("--dry-run", action="store_true", help="check and say, store nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from smplanner.domain.approval_answers import MAX_ANSWERS_BYTES
    from smplanner.errors import UserError
    from smplanner.services import approval_rounds
    from smplanner.storage.plan_file import open_plan

    try:
        size = args.answers.stat().st_size
        if size > MAX_ANSWERS_BYTES:  # refuse before reading a huge file into memory
            data = b"\0" * (MAX_ANSWERS_BYTES + 1)
        else:
            data = args.answers.read_bytes()
    except OSError as error:
        print(
            f"smplanner import-answers: {args.answers} cannot be read ({error.strerror}).",
            file=sys.stderr,
        )
        return 1
    try:
        with open_plan(args.path, read_only=args.dry_run) as plan:
            if args.dry_run:
                summary = approval_rounds.check_answers(plan, data)
            else:
                summary = approval_rounds.apply_answers(plan, data).value
    except UserError as error:
        print(f"smplanner import-answers: {args.answers}: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {**summary.as_json(), "stored": not args.dry_run}, indent=2, ensure_ascii=False
            )
        )
        return 0
    for line in summary_lines(summary, stored=not args.dry_run):
        print(line)
    return 0


def summary_lines(summary: object, *, stored: bool) -> list[str]:
    from smplanner.domain.approval_answers import APPLY, CHANGED, GONE, MOVED_ON, SAME
    from smplanner.domain.post_status import PostStatus
    from smplanner.services.approval_rounds import AnswersSummary

    assert isinstance(summary, AnswersSummary)
    applied = summary.applied()
    verb = "applied" if stored else "to apply"
    lines = [
        f"{applied[PostStatus.APPROVED]} approved, "
        f"{applied[PostStatus.CHANGES_REQUESTED]} with changes requested ({verb}); "
        f"{summary.count(SAME)} already so; {summary.count(CHANGED)} conflict(s); "
        f"{summary.count(GONE)} deleted since; {summary.count(MOVED_ON)} already scheduled "
        "or published"
    ]
    labels = {
        CHANGED: "changed since it was sent, not applied",
        GONE: "deleted since",
        MOVED_ON: "scheduled or published meanwhile, not applied",
    }
    for item in summary.outcomes:
        if item.outcome in labels:
            answer = item.answer
            said = answer.decision.value.replace("_", " ")
            extra = f": “{answer.comment}”" if answer.comment else ""
            lines.append(f"  post {answer.post_id} ({said}{extra}): {labels[item.outcome]}")
        elif item.outcome == APPLY and item.answer.comment:
            lines.append(f"  post {item.answer.post_id}: “{item.answer.comment}”")
    return lines
