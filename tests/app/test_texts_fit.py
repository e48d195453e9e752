"""Every button and one-line label of the window shows its whole text at 1366×768,
in French (the longer language) and in English, on a rich plan: each tab and each
workshop section looked at, as a laptop user sees them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from tests.deliverables_sample_plan import fill_rich_plan


def _clipped(window: QWidget) -> set[str]:
    found = set()
    for button in window.findChildren(QPushButton):
        text = button.text().replace("&", "")
        # Icon-like buttons (◀ ▶) are narrower than Qt's minimum on purpose.
        if button.isVisible() and len(text) > 2 and button.width() < button.sizeHint().width() - 2:
            found.add(f"button {text!r}: {button.width()} < {button.sizeHint().width()} px")
    for label in window.findChildren(QLabel):
        if (
            label.isVisible()
            and label.text()
            and not label.wordWrap()
            and label.pixmap().isNull()
            and label.width() < label.sizeHint().width() - 2
        ):
            found.add(
                f"label {label.text()[:60]!r}: {label.width()} < {label.sizeHint().width()} px"
            )
    for edit in window.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisible() and hint and not edit.text() and edit.width() < _hint_width(edit) - 2:
            found.add(f"placeholder {hint[:60]!r}: {edit.width()} < {_hint_width(edit)} px")
    for header in window.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            wanted = header.sectionSizeHint(section)
            if header.isSectionHidden(section) or header.sectionSize(section) >= wanted - 2:
                continue
            title = model.headerData(section, Qt.Orientation.Horizontal) if model else None
            found.add(f"column {title!r}: {header.sectionSize(section)} < {wanted} px")
    return found


def _hint_width(edit: QLineEdit) -> int:
    """Qt's size hint for the field (17 'x' plus frame and margins) with the placeholder
    in place of the 17 'x', and the 6 px before the edge where Qt elides it already."""
    metrics = edit.fontMetrics()
    return (
        edit.sizeHint().width()
        - 17 * metrics.horizontalAdvance("x")
        + metrics.horizontalAdvance(edit.placeholderText())
        + 6
    )


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    """The interface language, installed before the window is built."""
    from smplanner.ui.i18n import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_no_text_is_cut_at_1366_by_768(language, window, plan, qtbot):  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, date(2026, 11, 2))
    window.resize(1366, 768)
    window.set_plan(plan)
    tabs = window.plan_view.tabs
    problems: set[str] = set()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        if index == 0:
            sections = window.findChild(QWidget, "workshopSections")
            for row in range(sections.count()):
                sections.setCurrentRow(row)
                qtbot.wait(5)
                problems |= {f"section {row + 1}: {p}" for p in _clipped(window)}
        problems |= {f"tab {index + 1}: {p}" for p in _clipped(window)}
    assert sorted(problems) == [], "\n".join(sorted(problems))
    if language == "fr":
        assert tabs.tabText(1) == "Calendrier"  # the window really speaks French


def test_the_post_dialog_fits_1366_by_768_with_nothing_cut(language, plan, qtbot):  # type: ignore[no-untyped-def]
    """The composer on a laptop: at most 716 px high (768 less a title bar and a
    panel), every button whole, "Jeux" (hashtag sets) with room for its menu arrow."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QSize

    from smplanner.domain.post_refs import PostDraft
    from smplanner.services import labels
    from smplanner.ui.calendar.post_dialog import PostDialog, fitted_size

    fill_rich_plan(plan, date(2026, 11, 2))
    chosen = [labels.new_label(plan, name).value.id for name in ("Promo", "Vidéo à tourner")]
    for name in ("À valider par Julie", "Noël", "Jeu concours", "Fête des mères"):
        labels.new_label(plan, name)
    paris = ZoneInfo("Europe/Paris")
    moment = datetime(2026, 11, 12, 11, 0, tzinfo=paris)
    draft = PostDraft(
        "instagram", "Galette", status="draft", scheduled_at=moment, labels=tuple(chosen)
    )
    dialog = PostDialog(plan, draft, paris)
    qtbot.addWidget(dialog)
    wanted = dialog.sizeHint()
    assert wanted.height() <= 716 and wanted.width() <= 1346, wanted
    dialog.resize(fitted_size(wanted, QSize(1366, 768)))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(_clipped(dialog)) == []
    sets = dialog.hashtag_sets
    assert sets.text() == ("Jeux" if language == "fr" else "Sets")
    assert (
        sets.width()
        >= sets.sizeHint().width()
        > sets.fontMetrics().horizontalAdvance(sets.text()) + 16
    )  # the text and the menu arrow beside it


def test_the_preferences_show_their_hints_whole_and_no_stray_ampersand(language, settings, qtbot):  # type: ignore[no-untyped-def]
    from smplanner.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(_clipped(dialog)) == []
    # Each label's "&" is a shortcut (underlined) on its field, never shown as "L&ogo".
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_the_statistics_import_dialog_shows_its_column_titles_before_any_file(
    language, plan, qtbot
):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(_clipped(dialog)) == []  # "Reconnu comme" was cut at 100 px


def test_the_accounts_dialog_shows_a_clients_name_on_one_line(language, plan, qtbot):  # type: ignore[no-untyped-def]
    from smplanner.ui.accounts.accounts_dialog import NAME_COLUMN, AccountsDialog
    from smplanner.ui.document import PlanDocument

    fill_rich_plan(plan, date(2026, 11, 2))  # a LinkedIn account "Boulangerie Martin"
    dialog = AccountsDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.model().index(0, NAME_COLUMN).data() == "Boulangerie Martin"
    assert table.columnWidth(NAME_COLUMN) >= table.sizeHintForColumn(NAME_COLUMN)
    assert sorted(_clipped(dialog)) == []
