"""`smplanner check PATH`: verify a plan read-only, summarise it, list the strategy's
missing answers and warnings, the posts over their network's limits and the
calendar's warnings (``--json`` for tools)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smplanner.storage.errors import PlanFileError
from smplanner.storage.network_folders import network_folder_kind

if TYPE_CHECKING:
    from smplanner.services.calendar_check import CalendarWarning
    from smplanner.services.pillar_mix_check import PillarMixReport
    from smplanner.services.plan_summary import PlanSummary
    from smplanner.services.post_limits_check import OverLimitPost

SUMMARY = (
    "verify a plan's integrity and format version, read-only, summarise it and list "
    "the strategy's and the calendar's warnings"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.cli.cli_language import add_lang_option

    parser.add_argument("path", type=Path, help="the plan file to check")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead (always English)"
    )
    parser.add_argument(
        "--repair",
        action="store_true",
        help="first put the plan right: undo a change a crash interrupted, update an older "
        "format (after a backup), remove triggers and views smplanner did not make (after a "
        "copy); then check it",
    )
    add_lang_option(parser)


def run(args: argparse.Namespace) -> int:
    from smplanner.services.pillar_mix_check import drifts_as_json
    from smplanner.services.plan_summary import summarise
    from smplanner.services.post_limits_check import over_limit_as_json
    from smplanner.services.strategy_check import findings_as_json, strategy_findings

    report = None
    try:
        if getattr(args, "repair", False):
            from smplanner.storage.plan_repair import repair_plan

            report = repair_plan(args.path)
        summary = summarise(args.path)
    except PlanFileError as error:
        print(f"smplanner check: {error}", file=sys.stderr)
        return 1
    try:
        findings, currency = strategy_findings(args.path)
    except (PlanFileError, sqlite3.DatabaseError) as error:
        if not summary.problems:
            raise
        # The schema problems listed say why the strategy cannot be read.
        print(f"smplanner check: the strategy cannot be read ({error})", file=sys.stderr)
        findings, currency = [], "EUR"
    strategy = findings_as_json(findings, currency)
    over_limit = _over_limit_posts(args.path, summary)
    calendar = _calendar_warnings(args.path, summary)
    mix = _pillar_mix(args.path, summary)
    verdict = 1 if summary.problems else 0
    if getattr(args, "json", False):
        import json

        from smplanner.cli.check_texts import repair_lines_english

        document = {
            "summary": summary.lines(),
            "repaired": repair_lines_english(report) if report else [],
            "schema_problems": [problem.english() for problem in summary.problems],
            "strategy": strategy,
            "post_limits": over_limit_as_json(over_limit),
            "calendar_warnings": _calendar_json(calendar),
            "pillar_mix": drifts_as_json(mix) if mix else None,
            "network_folder": network_folder_kind(Path(args.path).absolute().parent),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return verdict
    from smplanner.cli.check_texts import (
        findings_lines,
        limit_lines,
        repair_lines,
        schema_lines,
        summary_lines,
    )
    from smplanner.cli.cli_language import start_language

    language = start_language(getattr(args, "lang", None))
    for line in repair_lines(report) if report else []:
        print(line)
    *facts, strategy_label = summary_lines(summary, language)
    for line in facts + schema_lines(summary):
        print(line)
    network = network_folder_kind(Path(args.path).absolute().parent)
    if network is not None:
        from PySide6.QtCore import QCoreApplication

        print(
            QCoreApplication.translate(
                "CheckCommand",
                "Warning: this plan is on a network folder (%1), where file locks are not "
                "reliable: two people opening it at once could damage it. Work on a copy on "
                "the computer.",
            ).replace("%1", network)
        )
    first, *others = findings_lines(findings, currency, language)
    print(strategy_label + first)
    for line in others:
        print(line)
    for line in limit_lines(over_limit) if over_limit else []:
        print(line)
    from smplanner.cli.check_calendar_texts import calendar_lines, pillar_mix_lines

    for line in calendar_lines(calendar) + (pillar_mix_lines(mix) if mix else []):
        print(line)
    if summary.problems:
        print(
            "smplanner check: the plan is not as smplanner makes it: open a backup copy, or "
            "run `smplanner check --repair` to remove triggers and views it did not make.",
            file=sys.stderr,
        )
    return verdict


def _over_limit_posts(path: Path, summary: PlanSummary) -> list[OverLimitPost]:
    """The posts over their network's limits; none when the schema is not readable
    (the schema problems listed say why)."""
    from smplanner.services.post_limits_check import over_limit_posts_at

    try:
        return over_limit_posts_at(path)
    except (PlanFileError, sqlite3.DatabaseError, ValueError):  # ValueError: bad JSON in a row
        if not summary.problems:
            raise
        return []


def _calendar_warnings(path: Path, summary: PlanSummary) -> list[CalendarWarning]:
    """The calendar's warnings; none when the schema is not readable (said above)."""
    from smplanner.services.calendar_check import calendar_warnings_at

    try:
        return calendar_warnings_at(path)
    except (PlanFileError, sqlite3.DatabaseError, ValueError):  # ValueError: bad JSON in a row
        if not summary.problems:
            raise
        return []


def _calendar_json(found: list[CalendarWarning]) -> list[dict[str, object]]:
    from smplanner.cli.check_calendar_texts import warning_sentences
    from smplanner.services.calendar_check import warnings_as_json

    return warnings_as_json(found, warning_sentences(found))  # no translator: English


def _pillar_mix(path: Path, summary: PlanSummary) -> PillarMixReport | None:
    """The calendar's pillar mix; None when the plan cannot be read (said above)."""
    from smplanner.services.pillar_mix_check import pillar_mix_at

    try:
        return pillar_mix_at(path)
    except (PlanFileError, sqlite3.DatabaseError, ValueError):
        if not summary.problems:
            raise
        return None
