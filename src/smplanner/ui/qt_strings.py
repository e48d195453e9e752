"""Qt's own texts that PySide6's qtbase_fr.qm leaves in English, translated here.

Qt looks a text up in every installed translator (the last installed first), so
these entries fill the gaps of qtbase_fr without replacing what it does translate.
The list is what the widget-based file dialog shows that qtbase_fr lacks (checked
by tests/test_qt_french.py on a real QFileDialog).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File name:"),
    # The "Type" column of the file dialog's list.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def file_kind_text() -> str:
    """Qt asks for this one with a disambiguation, which only a translate() call carries
    into the .ts (QT_TRANSLATE_NOOP3 is not extracted)."""
    return QCoreApplication.translate(
        "QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"
    )
