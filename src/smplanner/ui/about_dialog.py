"""Help > About: versions of smplanner, Qt, PySide6 and Python, and the plan's path."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner import __version__
from smplanner.storage.version import SCHEMA_VERSION


def about_text(plan_path: Path | None) -> str:
    lines = [
        f"<h3>smplanner {__version__}</h3>",
        QCoreApplication.translate(
            "AboutDialog",
            "Social-media strategy, editorial calendar and statistics for community managers.",
        ),
        "<br><br>",
        f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}",
        "<br>",
        QCoreApplication.translate("AboutDialog", "Plan format: {version}").format(
            version=SCHEMA_VERSION
        ),
        "<br>",
        QCoreApplication.translate("AboutDialog", "Plan file: {path}").format(path=plan_path)
        if plan_path
        else QCoreApplication.translate("AboutDialog", "No plan open"),
    ]
    return "".join(lines)


def show_about(parent: QWidget, plan_path: Path | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutDialog", "About smplanner"),
        about_text(plan_path),
    )
