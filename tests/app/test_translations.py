"""The French interface is complete and its compiled files are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_visible_string_has_a_french_translation_and_every_qm_is_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, "Run tools/i18n.py update / fill:\n" + result.stdout


def _tool():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n  # tools/i18n.py
    finally:
        sys.path.pop(0)
    return i18n


def test_english_plural_forms_come_from_the_source():
    i18n = _tool()
    assert i18n.english_plural_forms("Move %n post(s) to %1") == (
        "Move %n post to %1",
        "Move %n posts to %1",
    )
    assert i18n.english_plural_forms("%n row(s) have problems: fix them.") == (
        "%n row has problems: fix them.",
        "%n rows have problems: fix them.",
    )
    assert i18n.english_plural_forms("+%n more") == ("+%n more", "+%n more")


def test_every_plural_string_has_its_two_english_forms():
    i18n = _tool()
    plural = [
        (ts.name, source, forms)
        for ts in sorted(
            (ROOT / "src" / "smplanner" / "resources" / "translations").glob("*_en.ts")
        )
        for _context, source, forms in i18n.plural_messages(ts)
    ]
    assert len(plural) >= 15  # the calendar, statistics and workshop ones
    assert [entry for entry in plural if len(entry[2]) != 2 or not all(entry[2])] == []
    french_sources = {
        source
        for ts in (ROOT / "src" / "smplanner" / "resources" / "translations").glob("*_fr.ts")
        for _context, source, _forms in i18n.plural_messages(ts)
    }
    assert {source for _name, source, _forms in plural} == french_sources


def test_the_english_interface_says_1_post_and_2_posts(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    def move(count: int) -> str:
        return QCoreApplication.translate("CalendarActions", "Move %Ln post(s) to %1", "", count)

    assert move(1) == "Move 1 post to %1"
    assert move(2) == "Move 2 posts to %1"
    assert QCoreApplication.translate("HeatMapView", "%Ln post(s)", "", 1) == "1 post"


def test_the_french_interface_keeps_its_own_plurals(qapp, french_ui):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("CalendarActions", "Move %Ln post(s) to %1", "", 2)
    assert text == "Déplacer 2 publications au %1"
