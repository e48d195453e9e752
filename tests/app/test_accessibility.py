"""The workshop and the calendar for a person using a screen reader or the keyboard
alone: every control has an accessible name (Qt's accessibility tree, as a screen
reader reads it), in French and in English, and Tab reaches every control of a
workshop section."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from smplanner.ui.accessible_names import unnamed_controls
from tests.deliverables_sample_plan import fill_rich_plan


def _describe(widgets: list[QWidget]) -> list[str]:
    described = []
    for widget in widgets:
        chain, parent = [], widget
        while parent is not None and len(chain) < 3:
            chain.append(f"{type(parent).__name__}({parent.objectName()})")
            parent = parent.parentWidget()
        described.append(" < ".join(chain))
    return described


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    """The interface language, installed before the window is built."""
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def shown(window, plan, qtbot):  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, date(2026, 11, 2))
    window.resize(1366, 768)
    window.set_plan(plan)
    qtbot.wait(20)  # the names are given once the new view's labels are filled
    return window


def test_every_control_of_every_tab_and_section_has_a_name(language, shown, qtbot):  # type: ignore[no-untyped-def]
    tabs = shown.plan_view.tabs
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        if index == 0:
            sections = shown.findChild(QWidget, "workshopSections")
            for row in range(sections.count()):
                sections.setCurrentRow(row)
                qtbot.wait(5)
                problems += _describe(unnamed_controls(shown.plan_view))
        problems += _describe(unnamed_controls(shown.plan_view))
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
    if language == "fr":
        assert tabs.tabText(0) == "Stratégie"  # the window really speaks French
        assert (
            shown.findChild(QWidget, "workshopSections").accessibleName() == "Sections de l’atelier"
        )


def test_tab_reaches_every_control_of_a_workshop_section(shown, qtbot):  # type: ignore[no-untyped-def]
    sections = shown.findChild(QWidget, "workshopSections")
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Home)
    qtbot.keyClick(sections, Qt.Key.Key_Down)  # section 2 with the keyboard
    assert sections.currentRow() == 1
    page = shown.plan_view.tabs.currentWidget()
    wanted = {
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    }
    reached: set[QWidget] = set()
    for _ in range(len(wanted) * 3 + 10):
        focused = QApplication.focusWidget()
        # Tables move between cells with Tab and text fields may take it as text, as
        # in a spreadsheet or a word processor: Ctrl+Tab leaves them.
        if isinstance(focused, QAbstractItemView):
            takes_tab = focused.tabKeyNavigation()
        elif isinstance(focused, (QPlainTextEdit, QTextEdit)):
            takes_tab = not focused.tabChangesFocus()
        else:
            takes_tab = False
        modifier = (
            Qt.KeyboardModifier.ControlModifier if takes_tab else Qt.KeyboardModifier.NoModifier
        )
        qtbot.keyClick(focused, Qt.Key.Key_Tab, modifier)
        focused = QApplication.focusWidget()
        if focused is None:
            break
        reached.add(focused)
    missing = [
        w for w in wanted if w not in reached and not any(w.isAncestorOf(r) for r in reached)
    ]
    assert _describe(missing) == []


def test_names_wait_for_the_first_frame_when_asked(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from smplanner.ui.accessible_names import give_names_soon

    root = QWidget()
    qtbot.addWidget(root)
    field = QLineEdit()
    field.setPlaceholderText("Client name")
    QVBoxLayout(root).addWidget(field)
    give_names_soon(root, after_painting=root)
    qtbot.wait(50)
    assert field.accessibleName() == ""  # the window is not on screen: nothing walked yet
    root.show()
    qtbot.waitUntil(lambda: field.accessibleName() == "Client name", timeout=2000)
