"""Counts in plural texts are written the interface's way: "1 499 nouvelles publications"
in French, "1,499 new posts" in English (Qt localizes %Ln; a bare %n printed "1499")."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

SOURCE = Path(__file__).resolve().parents[2] / "src" / "smplanner"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_large_count_reads_french_in_the_french_window(qapp, french_ui):
    text = QCoreApplication.translate("PostsImportDialog", "%Ln new post(s)", None, 1499)
    assert _plain(text) == "1 499 nouvelles publications"
    one = QCoreApplication.translate("PostsImportDialog", "%Ln new post(s)", None, 1)
    assert one == "1 nouvelle publication"


def test_a_large_count_reads_english_in_the_english_window(qapp):
    text = QCoreApplication.translate("PostsImportDialog", "%Ln new post(s)", None, 1499)
    assert text == "1,499 new posts"
    assert QCoreApplication.translate("PostsImportDialog", "%Ln new post(s)", None, 1) == (
        "1 new post"
    )


def test_every_plural_text_of_the_window_localizes_its_count():
    scanned = list((SOURCE / "ui").rglob("*.py"))
    assert len(scanned) > 100  # the window's sources were found
    assert any("%Ln" in path.read_text(encoding="utf-8") for path in scanned)
    bare = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted((SOURCE / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"%n(?![A-Za-z])", line)
    ]
    assert bare == [], "use %Ln (the locale's digits grouping), not %n: " + ", ".join(bare)
