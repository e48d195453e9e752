"""Load the interface language: smplanner's .qm catalogues and Qt's own.

Shared by the window (ui/i18n.py adds the Preferences' choice) and the CLI
(cli/cli_language.py). English is the source language: its <area>_en catalogues hold
only the plural forms of the "%n" strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smplanner.resource_files import resource, resource_file

SUPPORTED = ("fr", "en")
_active_language = "en"
_translators: list[QTranslator] = []


def ui_language() -> str:
    """The language the interface was started in."""
    return _active_language


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load every smplanner .qm for ``language`` plus Qt's own (standard buttons)."""
    global _active_language
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _active_language = language if language in SUPPORTED else "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    # English is the source language: its catalogues hold only the plural forms
    # ("Move 1 post", "Move 2 posts" for the source "Move %n post(s)").
    suffix = f"_{_active_language}.qm"
    names = sorted(e.name for e in resource("translations").iterdir() if e.name.endswith(suffix))
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(resource_file("translations", name))):
            app.installTranslator(translator)
            _translators.append(translator)
    if _active_language == "en":
        return
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{_active_language}", qt_folder):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
