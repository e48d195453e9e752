"""`smplanner check PATH`: verify a plan read-only, summarise it, list the strategy's
missing answers and warnings (``--json`` for tools)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smplanner.storage.errors import PlanFileError

SUMMARY = (
    "verify a plan's integrity and format version, read-only, summarise it and list "
    "the strategy's warnings"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.cli.cli_language import add_lang_option

    parser.add_argument("path", type=Path, help="the plan file to check")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead (always English)"
    )
    add_lang_option(parser)


def run(args: argparse.Namespace) -> int:
    from smplanner.services.plan_summary import summarise
    from smplanner.services.strategy_check import findings_as_json, strategy_findings

    try:
        summary = summarise(args.path)
        findings, currency = strategy_findings(args.path)
    except PlanFileError as error:
        print(f"smplanner check: {error}", file=sys.stderr)
        return 1
    strategy = findings_as_json(findings, currency)
    if getattr(args, "json", False):
        import json

        lines = summary.lines()
        print(json.dumps({"summary": lines, "strategy": strategy}, ensure_ascii=False, indent=2))
        return 0
    from smplanner.cli.check_texts import findings_lines, summary_lines
    from smplanner.cli.cli_language import start_language

    language = start_language(getattr(args, "lang", None))
    *facts, strategy_label = summary_lines(summary, language)
    for line in facts:
        print(line)
    first, *others = findings_lines(findings, currency, language)
    print(strategy_label + first)
    for line in others:
        print(line)
    return 0
