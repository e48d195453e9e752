"""`smplanner report PATH -o FILE.pdf [--lang fr|en] [--sections …]`: the client's PDF."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from smplanner.errors import UserError

SUMMARY = "write the client's strategy report as a PDF"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from smplanner.reports.report_options import DEFAULT_WEEKS, SECTION_IDS

    parser.add_argument("path", type=Path, help="the plan file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    parser.add_argument(
        "--lang", choices=["fr", "en"], help="report language (default: the plan's language)"
    )
    parser.add_argument(
        "--sections",
        default="all",
        help="comma-separated sections in any order, or all (default): " + ",".join(SECTION_IDS),
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=date.fromisoformat,
        help="first day of the calendar period, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--weeks",
        type=int,
        default=DEFAULT_WEEKS,
        help=f"length of the calendar period in weeks (default {DEFAULT_WEEKS})",
    )
    parser.add_argument("--manager", help="the community manager's name (default: Preferences)")
    parser.add_argument("--logo", type=Path, help="a logo for the cover (default: Preferences)")


def run(args: argparse.Namespace) -> int:
    from smplanner.reports.report_options import ReportOptions, UnknownSectionError, parse_sections

    try:
        sections = parse_sections(args.sections)
    except UnknownSectionError as error:
        print(f"smplanner report: --sections: {error}", file=sys.stderr)
        return 2
    if not 1 <= args.weeks <= 52:
        print("smplanner report: --weeks: give a number of weeks from 1 to 52.", file=sys.stderr)
        return 2
    if args.logo is not None and not args.logo.is_file():
        print(f"smplanner report: --logo: there is no file at {args.logo}.", file=sys.stderr)
        return 2
    from smplanner.reports.report_file import build_report
    from smplanner.storage.plan_file import open_plan
    from smplanner.storage.plan_properties_repo import read_properties

    _start_gui_application()
    try:
        with open_plan(args.path, read_only=True) as plan:
            manager, logo = _stored_profile()
            today = date.today()
            options = ReportOptions(
                language=args.lang or read_properties(plan).language,
                sections=sections,
                start=args.start or today,
                weeks=args.weeks,
                manager_name=args.manager if args.manager is not None else manager,
                logo_path=args.logo if args.logo is not None else logo,
                today=today,
            )
            result = build_report(plan, options, args.output)
    except UserError as error:
        print(f"smplanner report: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {result.path}: {result.pages} pages ({', '.join(result.sections)}).")
    return 0


_application: object = None  # the command's QGuiApplication, alive until the process ends


def _start_gui_application() -> None:
    """Start the QGuiApplication the PDF painter needs (fonts), unless one runs already."""
    from PySide6.QtGui import QGuiApplication

    global _application
    if QGuiApplication.instance() is None:
        # No window is ever shown: draw without needing a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication(["smplanner-report"])


def _stored_profile() -> tuple[str, Path | None]:
    """The community manager's name and logo from Preferences (the user's, not the plan's)."""
    from PySide6.QtCore import QSettings

    # The window's Preferences file and keys (ui/app_paths.app_settings,
    # ui/preferences_dialog.MANAGER_NAME/MANAGER_LOGO): the CLI does not import the UI.
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "smplanner", "smplanner"
    )
    name = str(settings.value("profile/manager_name", "") or "")
    logo = str(settings.value("profile/logo_path", "") or "")
    return name, (Path(logo) if logo else None)
