"""Interface language: French or English, from the system locale or the Preferences.

Translations are Qt Linguist files: resources/translations/<area>_<lang>.ts are the
sources (one per area of the app, so that features can be translated side by side),
compiled to .qm by tools/i18n.py and loaded by smplanner/texts/translators.py (shared
with the CLI); this module adds the window's choice of language.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from smplanner.texts.translators import SUPPORTED, install_translators, ui_language

__all__ = [
    "SUPPORTED",
    "install_translators",
    "preferred_language",
    "store_language_choice",
    "stored_language_choice",
    "ui_language",
]

_SETTING = "ui/language"


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
