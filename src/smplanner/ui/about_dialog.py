"""Help > About: versions of smplanner, Qt, PySide6 and Python, and the plan's path;
Help > About Qt, in the interface's language."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QPixmap
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


def about_qt_text() -> tuple[str, str]:
    """The About Qt box's heading and body, translated.

    Qt's own box (QMessageBox.aboutQt) translates only its heading: its body has no
    French in the catalogues Qt ships, so a French window showed six paragraphs of
    English. This says the same things, with the licence smplanner uses Qt under."""
    heading = "<h3>{}</h3><p>{}</p>".format(
        QCoreApplication.translate("AboutDialog", "About Qt"),
        QCoreApplication.translate("AboutDialog", "This program uses Qt version {version}.").format(
            version=qVersion()
        ),
    )
    paragraphs = [
        QCoreApplication.translate(
            "AboutDialog", "Qt is a C++ toolkit for cross-platform application development."
        ),
        QCoreApplication.translate(
            "AboutDialog",
            "smplanner uses Qt through PySide6 (Qt for Python) {version}, under the terms of "
            "the GNU Lesser General Public License (LGPL) version 3.",
        ).format(version=PySide6.__version__),
        QCoreApplication.translate(
            "AboutDialog",
            "Qt is available under several licences, commercial and open source: see "
            '<a href="https://qt.io/licensing/">qt.io/licensing</a>.',
        ),
        QCoreApplication.translate(
            "AboutDialog", "Copyright (C) The Qt Company Ltd. and other contributors."
        ),
        QCoreApplication.translate(
            "AboutDialog", "Qt and the Qt logo are trademarks of The Qt Company Ltd."
        ),
        QCoreApplication.translate(
            "AboutDialog",
            "Qt is The Qt Company Ltd. product developed as an open source project. "
            'See <a href="https://qt.io/">qt.io</a> for more information.',
        ),
    ]
    return heading, "".join(f"<p>{text}</p>" for text in paragraphs)


def show_about_qt(parent: QWidget | None) -> QMessageBox:
    """Help > About Qt: Qt's logo, version and licence, in the interface's language."""
    heading, body = about_qt_text()
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each opening its own box
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Qt"))
    box.setText(heading)
    box.setInformativeText(body)
    logo = QPixmap(":/qt-project.org/qmessagebox/images/qtlogo-64.png")  # Qt's own resource
    if not logo.isNull():
        box.setIconPixmap(logo)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
