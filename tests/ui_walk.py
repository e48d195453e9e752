"""Walk the window as a curious user would: every menu action, every button of the
tabs' bars, every dialog they open (grabbed, then closed), and the texts on screen.

Shared by tests/app/test_every_action.py (fails on an exception or English text in the
French window) and docs/screens/make_screens.py (writes the screenshots).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

TRANSLATIONS = (
    Path(__file__).resolve().parents[1] / "src" / "smplanner" / "resources" / "translations"
)

# Words a French screen never shows; a text with one of them is English left over.
_ENGLISH = re.compile(
    r"\b(the|and|with|from|your|this|that|there|which|of|to|is|are|no|not|none|"
    r"untitled|cancel|close|open|save|file|folder|look in|yes|ok|apply|help|"
    r"teaser|reveal|countdown|recap|posts?|followers|reach|engagement rate|"
    r"per day|per week|weekly|daily|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b",
    re.IGNORECASE,
)
# Words that are the same in both languages, or names (networks, products, formats).
_ALLOWED = {
    "OK",
    "Post",
    "Instagram",
    "Facebook",
    "LinkedIn",
    "TikTok",
    "YouTube",
    "Pinterest",
    "X (Twitter)",
    "Google Business Profile",
    "Threads",
    "Metricool",
    "Buffer",
    "Hootsuite",
    "Later",
    "CSV",
    "PNG",
    "PDF",
    "JSON",
    "ICS",
    "smplanner",
    "Qt",
    "The Qt Company Ltd.",  # Qt's owner, named in About Qt
    "Qt for Python",
    "PySide6",
    "Python",
    "KPI",
    "SMART",
    "Reels",
    "Stories",
    "Story",
    "Shorts",
    "Live",
    "Black Friday",  # the names French shops use too
    "Cyber Monday",
    # A language chooser names each language in its own tongue (the catalogue has
    # "English" translated for the importers' messages, "la langue anglaise").
    "English",
}


@cache
def english_sources() -> frozenset[str]:
    """Every English text of the app whose French translation differs from it."""
    found: set[str] = set()
    for ts in TRANSLATIONS.glob("*_fr.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if source and translation and translation != source and len(source) > 3:
                found.add(_plain(source))
    return frozenset(found)


def _plain(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text).replace("…", "...").strip()


def english_in(text: str) -> str | None:
    """The reason ``text`` looks English in a French window, or None."""
    plain = _plain(text)
    if not plain or plain in _ALLOWED or re.match(r"^(/|~/|[A-Za-z]:\\)", plain):
        return None  # file paths are the user's, not the app's words
    if plain in english_sources():
        return "an untranslated text of the app"
    without_names = plain
    for name in sorted(_ALLOWED, key=len, reverse=True):  # "The Qt Company" before "Qt"
        without_names = without_names.replace(name, "")
    words = re.sub(r"<[^>]+>", " ", without_names)
    words = re.sub(r"(?<![\w])/[^\s<]*", " ", words)  # file paths inside a sentence
    # French phrases made of a word the list above holds ("une file d'attente": a queue).
    words = re.sub(r"\bfiles? d['’]attente\b", " ", words, flags=re.IGNORECASE)
    # French dates abbreviated by QLocale ("mar. 15 déc.", "jeu. 12 nov. 2026"): "mar."
    # (mardi) and "nov." (novembre) are French there, though the list holds them.
    words = re.sub(
        r"\b(?:(?:lun|mar|mer|jeu|ven|sam|dim)\. )?\d{1,2} "
        r"(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.",
        " ",
        words,
    )
    words = re.sub(r"\b(?:lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2}\b", " ", words)
    match = _ENGLISH.search(words)
    if match:
        return f"the English word {match.group(0)!r}"
    return None


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a user reads in ``root``: labels, buttons, titles, tabs,
    combo items, headers of item views, menus of tool buttons."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            yield f"{name} tooltip", widget.toolTip()
            menu = widget.menu() if isinstance(widget, (QPushButton, QToolButton)) else None
            if menu is not None:
                yield from _menu_texts(menu)
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root_index = widget.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # list models hide columnCount from Python
                columns = 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{name} header", header
            for row in range(min(model.rowCount(root_index), 40)):
                for column in range(columns):
                    value = model.index(row, column, root_index).data()
                    if isinstance(value, str):
                        yield f"{name} cell", value
                    tip = model.index(row, column, root_index).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        yield f"{name} cell tooltip", tip


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield "menu", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def english_texts(root: QWidget) -> list[str]:
    """Every text in ``root`` that looks English, with where it is and why."""
    problems = []
    for where, text in visible_texts(root):
        reason = english_in(text or "")
        if reason:
            problems.append(f"{where}: {text!r} ({reason})")
    return problems


def menu_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """Every action of the window's menu bar, sub-menus included, with its menu path."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            label = f"{path} > {_plain(action.text())}"
            if action.menu() is not None:
                walk(action.menu(), label)
            else:
                found.append((label, action))

    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    return found


def bar_buttons(tab: QWidget) -> list[tuple[str, QAbstractButton]]:
    """The push and tool buttons a tab shows (not those inside tables and lists)."""
    found = []
    for button in tab.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QToolButton)):
            continue
        if not button.isVisibleTo(tab) or _inside_item_view(button):
            continue
        label = _plain(button.text() or button.toolTip() or button.objectName())
        found.append((label, button))
    return found


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


class DialogCloser(QObject):
    """Whenever a modal dialog, message box or menu pops up, hand it to ``seen`` (to
    grab or check it), then close it as the Escape key would."""

    def __init__(self, seen: Callable[[QWidget], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen = seen
        self.closed: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self._seen(popup)
            popup.close()
            return
        # Only the modal widget Qt holds now: walking every top-level widget touched the
        # Python wrappers of widgets Qt had deleted meanwhile (its own transient ones,
        # made in C++), which crashed the walk now and then (a segmentation fault).
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            self._close(modal)

    def _close(self, dialog: QDialog) -> None:
        if dialog.property("_walked"):
            return
        dialog.setProperty("_walked", True)
        self.closed.append(dialog.windowTitle() or type(dialog).__name__)
        self._seen(dialog)
        if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
            dialog.escapeButton().click()
        else:
            dialog.reject()

    def stop(self) -> None:
        self._timer.stop()


def tab_widget(window: QWidget) -> QTabWidget:
    return window.plan_view.tabs  # type: ignore[attr-defined,no-any-return]
