"""Interface language: French or English, from the system locale or the Preferences.

Translations are Qt Linguist files: resources/translations/<area>_<lang>.ts are the
sources (one per area of the app, so that features can be translated side by side),
compiled to .qm by tools/i18n.py. English is the source language: its <area>_en files
hold only the plural forms of the "%n" strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from smplanner.resources import resource_path

SUPPORTED = ("fr", "en")
_SETTING = "ui/language"
_active_language = "en"
_translators: list[QTranslator] = []


def preferred_language(settings: QSettings, override: str | None = None) -> str:
    """The language to use: command-line override, then Preferences, then the system."""
    if override in SUPPORTED:
        return str(override)
    chosen = settings.value(_SETTING, "")
    if chosen in SUPPORTED:
        return str(chosen)
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def stored_language_choice(settings: QSettings) -> str:
    """ "" for "follow the system", else "fr" or "en"."""
    value = settings.value(_SETTING, "")
    return str(value) if value in SUPPORTED else ""


def store_language_choice(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language if language in SUPPORTED else "")


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
    folder = resource_path("translations")
    # English is the source language: its catalogues hold only the plural forms
    # ("Move 1 post", "Move 2 posts" for the source "Move %n post(s)").
    for qm in sorted(folder.glob(f"*_{_active_language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)
    if _active_language == "en":
        return
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{_active_language}", qt_folder):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
