"""`smplanner import PATH FILE...`: import analytics exports into a plan from a script.

The choices the window's import preview offers are options here: ``--timezone`` for
the files that write their times without a zone (Meta: Pacific time; by default the
zone last chosen for the network in this plan, as in the window) and
``--download-day`` for the days TikTok writes without a year, ``--ambiguous`` for
the times in the hour lived twice when the clocks go back (without it, such a file
is refused with its rows named), ``--network`` for a Meta daily series whose file
does not say whether it is Facebook's or Instagram's (without it, such a file is
refused with its series named: never guessed), ``--mapping NAME`` for another
tool's CSV (Metricool, an agency's spreadsheet), read through the column mapping the
window's import preview saved in the plan under NAME (the exact name, else the one
name that matches ignoring case; an unknown name exits 2, naming the saved ones).
Text output is in the user's language (``--lang``, else the locale); ``--json`` is
English, for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smplanner.importers.generic_csv import ColumnMapping

SUMMARY = "import the networks' analytics exports (CSV, XLS, XLSX, ZIP) into a plan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from PySide6.QtCore import QCoreApplication

    from smplanner.cli.cli_language import (
        add_lang_option,
        command_line_language,
        start_language,
        translate_parser_chrome,
    )

    start_language(command_line_language(sys.argv))  # --help in the user's language

    # SUMMARY's words (the command list is English: it is built before any language).
    parser.description = QCoreApplication.translate(
        "ImportCommand",
        "import the networks' analytics exports (CSV, XLS, XLSX, ZIP) into a plan",
    )
    translate_parser_chrome(parser)
    parser.add_argument(
        "path", type=Path, help=QCoreApplication.translate("ImportCommand", "the plan file")
    )
    parser.add_argument(
        "files",
        type=Path,
        nargs="+",
        help=QCoreApplication.translate("ImportCommand", "export files to import"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("ImportCommand", "read and check the files, store nothing"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate(
            "ImportCommand", "print the result as JSON (always English)"
        ),
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=QCoreApplication.translate(
            "ImportCommand", "import the good rows even if some rows have problems"
        ),
    )
    parser.add_argument(
        "--timezone",
        metavar=QCoreApplication.translate("ImportCommand", "ZONE"),
        help=QCoreApplication.translate(
            "ImportCommand",
            "read the times of the files that write them without a time zone (Meta "
            "Business Suite: Pacific time) in ZONE, an IANA name such as Asia/Manila; "
            "default: the zone last chosen for that network in this plan, else Pacific time",
        ),
    )
    parser.add_argument(
        "--download-day",
        metavar=QCoreApplication.translate("ImportCommand", "YYYY-MM-DD"),
        help=QCoreApplication.translate(
            "ImportCommand",
            "the day the files were downloaded, which places the days TikTok Studio "
            "writes without a year; default: the dates of the zip's entries, else the "
            "file's modification time",
        ),
    )
    parser.add_argument(
        "--ambiguous",
        choices=["earlier", "later"],
        help=QCoreApplication.translate(
            "ImportCommand",
            "which of the two hours a time in the hour repeated when the clocks go back "
            "is: earlier (the first, summer time) or later (the second, winter time); "
            "without it such a file is not imported",
        ),
    )
    parser.add_argument(
        "--network",
        choices=["facebook", "instagram"],
        help=QCoreApplication.translate(
            "ImportCommand",
            "the network of a Meta Business Suite daily series whose file does not say "
            "it (a title such as Reach or Followers en plus): facebook or instagram; "
            "without it such a file is not imported",
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar=QCoreApplication.translate("ImportCommand", "NAME"),
        help=QCoreApplication.translate(
            "ImportCommand",
            "read the files through the column mapping saved in the plan under NAME "
            "(saved by the window's import preview, e.g. Metricool); case is ignored "
            "when no saved name matches exactly",
        ),
    )
    add_lang_option(parser)


def run(args: argparse.Namespace) -> int:
    from smplanner.cli import import_texts as texts
    from smplanner.cli.cli_language import start_language
    from smplanner.errors import UserError
    from smplanner.services.statistics_import import import_files, preview
    from smplanner.services.statistics_import_network import (
        choose_network,
        remember_networks,
        unanswered_network,
        unsaid_title,
    )
    from smplanner.services.statistics_import_repeated import (
        Repeated,
        choose,
        repeated_times,
    )
    from smplanner.services.statistics_import_repeated import unanswered as repeated_unanswered
    from smplanner.services.statistics_import_times import (
        apply_remembered,
        remember_time_zones,
        remembered_time_zones,
        set_time_zone,
    )
    from smplanner.storage.plan_file import open_plan
    from smplanner.texts.core_messages import error_text

    start_language(getattr(args, "lang", None))
    try:
        download_day = _download_day(getattr(args, "download_day", None))
    except ValueError:
        print(texts.bad_download_day(args.download_day), file=sys.stderr)
        return 2
    zone = getattr(args, "timezone", None)
    if zone is not None and not _is_zone(zone):
        print(texts.bad_zone(zone), file=sys.stderr)
        return 2
    mapping, plan_zone = None, None
    mapping_name = getattr(args, "mapping", None)
    if mapping_name is not None:
        try:
            saved, plan_zone = _saved_mappings(args.path)
        except (UserError, OSError) as error:  # the plan is needed to read its mappings
            print(f"smplanner import: {error_text(error)}", file=sys.stderr)
            return 1
        mapping = _mapping_named(saved, mapping_name)
        if mapping is None:
            print(texts.unknown_mapping(args.path, mapping_name, list(saved)), file=sys.stderr)
            return 2
    previews = preview(args.files, mapping, download_day=download_day, plan_zone=plan_zone)
    remembered = _remembered_zones(args.path, remembered_time_zones)
    ambiguous = getattr(args, "ambiguous", None)
    network = getattr(args, "network", None)
    for item in previews:
        if network is not None and unsaid_title(item) is not None:
            choose_network(item, network)
        if zone is not None:
            set_time_zone(item, zone)
        else:
            apply_remembered(item, remembered)
        if ambiguous is not None and repeated_times(item) is not None:
            choose(item, Repeated(ambiguous))
    report = [texts.report_entry(item) for item in previews]
    unanswered = [(item, found) for item in previews if (found := repeated_unanswered(item))]
    unsaid = [(item, title) for item in previews if (title := unanswered_network(item))]
    failed = any(not item.importable for item in previews) or bool(unanswered or unsaid)
    bad_rows = any(item.reading and item.reading.problems for item in previews)
    stored: list[dict[str, Any]] = []
    if not args.dry_run and not failed and not (bad_rows and not args.skip_bad_rows):
        try:
            with open_plan(args.path) as plan:
                outcome = import_files(plan, previews, skip_bad_rows=args.skip_bad_rows)
                remember_time_zones(plan, previews)  # as the window does, for the next files
                remember_networks(plan, previews)
        except UserError as error:
            print(f"smplanner import: {error_text(error)}", file=sys.stderr)
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
        for item in previews:
            print("\n".join(texts.file_lines(item)))
        for entry in stored:
            print(texts.stored_line(entry))
        if args.dry_run:
            print(texts.dry_run_line())
    if failed or (bad_rows and not args.skip_bad_rows):
        for item, title in unsaid:  # what to pass, even with --json (on stderr)
            print(texts.network_unsaid(item, title), file=sys.stderr)
        for item, found in unanswered:
            print(texts.repeated_unanswered(item, found), file=sys.stderr)
        if not args.json:
            print(texts.nothing_imported(args.dry_run), file=sys.stderr)
        return 1
    return 0


def _download_day(text: str | None) -> date | None:
    """The day given (None when none was); ValueError if it is not a day up to today."""
    if text is None:
        return None
    day = date.fromisoformat(text.strip())
    if day > date.today():
        raise ValueError(text)
    return day


def _is_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _saved_mappings(path: Path) -> tuple[dict[str, dict[str, Any]], str]:
    """The column mappings saved in the plan by name, and the plan's time zone (a
    mapped file's times are wall times of it)."""
    from smplanner.services.statistics_queries import saved_column_mappings
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.plan_properties_repo import plan_zone

    with open_plan(path, read_only=True) as plan:
        return saved_column_mappings(plan), plan_zone(plan.conn).key


def _mapping_named(saved: dict[str, dict[str, Any]], name: str) -> ColumnMapping | None:
    """The mapping saved under ``name``: the exact name, else the only one that matches
    ignoring case; None when there is none (or two that differ only in case)."""
    from smplanner.importers.generic_csv import ColumnMapping

    found = saved.get(name)
    if found is None:
        matches = [data for key, data in saved.items() if key.casefold() == name.casefold()]
        found = matches[0] if len(matches) == 1 else None
    return None if found is None else ColumnMapping.from_json(json.dumps(found))


def _remembered_zones(path: Path, read: Any) -> dict[str, str]:
    """The zones the plan remembers per network; none if it cannot be read (the error
    is told when storing; a dry run needs no plan)."""
    from smplanner.errors import UserError
    from smplanner.storage.plan_file import open_plan

    try:
        with open_plan(path, read_only=True) as plan:
            return dict(read(plan))
    except (UserError, OSError):
        return {}
