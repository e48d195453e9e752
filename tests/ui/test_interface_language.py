"""The interface language: system locale by default, Preferences override, CLI override."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from smplanner.ui.i18n import preferred_language, store_language_choice, stored_language_choice
from smplanner.ui.preferences_dialog import MANAGER_NAME, PreferencesDialog


def test_the_system_locale_decides_unless_preferences_or_the_command_line_say(settings):
    QLocale.setDefault(QLocale("fr_FR"))
    system = QLocale.system().name().split("_")[0]
    expected_default = system if system in ("fr", "en") else "en"
    assert preferred_language(settings) == expected_default
    store_language_choice(settings, "fr")
    assert preferred_language(settings) == "fr"
    assert preferred_language(settings, override="en") == "en"
    store_language_choice(settings, "")
    assert stored_language_choice(settings) == ""


def test_preferences_store_the_language_and_the_managers_name(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.manager_edit.setText(" Camille Durand ")
    assert dialog.language_changed()
    dialog.accept()
    assert stored_language_choice(settings) == "fr"
    assert settings.value(MANAGER_NAME) == "Camille Durand"
