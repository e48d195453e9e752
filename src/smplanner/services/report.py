"""Build the client's strategy report as a PDF (the use case behind File > Export report…)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.reports.report_options import ReportOptions
from smplanner.storage.plan_file import PlanFile


class ReportWriteError(UserError):
    """The PDF could not be written where asked; the message says where and why."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sections: tuple[str, ...]  # ids of the sections printed (empty ones are skipped)


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts and painting; the CLI has none yet."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # No window is ever shown: draw without needing a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _application
        _application = QGuiApplication(["smplanner-report"])


_application: object = None


def build_report(plan: PlanFile, options: ReportOptions, target: Path) -> ReportResult:
    """Write the report PDF for ``plan`` to ``target`` (replaced only when complete)."""
    ensure_gui_application()
    from smplanner.reports.pdf_report import lay_out, write_pdf
    from smplanner.reports.report_context import ReportContext

    target = Path(target)
    if not target.parent.is_dir():
        raise ReportWriteError(
            Message(
                "Cannot write {path}: the folder {folder} does not exist. Choose another.",
                path=str(target),
                folder=str(target.parent),
            )
        )
    context = ReportContext(plan, options)
    layout = lay_out(context)
    temporary = target.with_name(f".{target.name}.writing")
    try:
        pages = write_pdf(layout, context, temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ReportWriteError(
            Message(
                "Could not write {path} ({reason}): check that you may write "
                "there and that the file is not open in another program.",
                path=str(target),
                reason=str(error.strerror or error),
            )
        ) from error
    return ReportResult(target, pages, tuple(section.id for section in layout.sections))


def stored_profile() -> tuple[str, Path | None]:
    """The community manager's name and logo from Preferences (the user's, not the plan's)."""
    from PySide6.QtCore import QSettings

    ensure_gui_application()
    # The same file as the app's Preferences (ui/app_paths.app_settings).
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "smplanner", "smplanner"
    )
    name = str(settings.value("profile/manager_name", "") or "")
    logo = str(settings.value("profile/logo_path", "") or "")
    return name, (Path(logo) if logo else None)
