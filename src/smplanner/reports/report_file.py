"""Write the client's strategy report as a PDF (File > Export report…, `smplanner report`).

Painting text needs a QGuiApplication (fonts). This module never makes one: the caller
owns the application (the window's QApplication, or the one the CLI command starts), and
reads the manager's name and logo from its own settings into ReportOptions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.reports.report_options import ReportOptions
from smplanner.storage.partial_files import clear_stale_partials, partial_path
from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:
    from smplanner.reports.pdf_report import ReportLayout


class ReportWriteError(UserError):
    """The PDF could not be written where asked; the message says where and why."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sections: tuple[str, ...]  # ids of the sections printed (empty ones are skipped)


def write_odt(layout: ReportLayout, target: Path) -> int:
    """The laid-out report as an editable .odt (images embedded); its page count."""
    from PySide6.QtGui import QTextDocumentWriter

    writer = QTextDocumentWriter(str(target), b"ODF")
    if not writer.write(layout.document):
        raise OSError(f"cannot write {target}")
    return int(layout.page_count)


def build_report(plan: PlanFile, options: ReportOptions, target: Path) -> ReportResult:
    """Write the report PDF for ``plan`` to ``target`` (replaced only when complete);
    a ``target`` ending in .odt gets the same document as OpenDocument text, which
    LibreOffice and Word open and edit.

    A QGuiApplication must exist (the caller's): RuntimeError otherwise.
    """
    from PySide6.QtGui import QGuiApplication

    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("build_report needs the caller's QGuiApplication (fonts, painting)")
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
    clear_stale_partials(target.parent)
    temporary = partial_path(target, "writing")
    try:
        if target.suffix.lower() == ".odt":  # the same content, for the CM to adjust
            pages = write_odt(layout, temporary)
        else:
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
