"""Presentation slides scale to the screen (nothing hidden behind a scroll bar), move
with the arrows, Space and Page Down, open on a title slide with both names and the
manager's logo, and keep the method's warnings on the presenter's screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from smplanner.reports.presentation_pages import LOGO, presentation_pages
from smplanner.reports.report_context import ReportContext
from smplanner.reports.report_language import ReportLanguage
from smplanner.reports.report_options import ReportOptions
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.deliverables.presentation_window import PresentationWindow, PresenterNotes
from tests.deliverables_sample_plan import fill_rich_plan

TODAY = date(2026, 12, 1)


def a_logo(folder: Path) -> Path:
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = folder / "logo.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def slides(plan: PlanFile, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, TODAY)
    options = ReportOptions(
        language="fr",
        today=TODAY,
        start=TODAY,
        manager_name="Camille Durand",
        logo_path=a_logo(tmp_path),
    )
    shown = PresentationWindow(presentation_pages(ReportContext(plan, options)))
    qtbot.addWidget(shown)
    return shown


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_slide_fits_the_screen_whole(slides, qtbot, size):
    slides.resize(*size)
    slides.show()
    qtbot.waitExposed(slides)
    qtbot.waitUntil(lambda: slides.view.viewport().height() > size[1] // 2)
    index = 0
    while index < len(slides.pages):  # a slide too long is cut in two as it is shown
        slides.show_page(index)
        assert slides.fits(), slides.pages[index].title
        index += 1
    assert any(page.title.endswith("(1/2)") for page in slides.pages) or size[1] > 1000
    assert not slides.view.verticalScrollBar().isVisible()


def test_the_type_grows_with_the_screen(slides, qtbot):
    slides.resize(1366, 768)
    slides.show()
    qtbot.waitExposed(slides)
    slides.show_page(0)
    small = slides.view.font().pixelSize()
    slides.resize(1920, 1080)
    qtbot.waitUntil(lambda: slides.view.font().pixelSize() > small)


def test_arrows_space_and_page_down_move_between_slides(slides, qtbot):
    slides.show()
    qtbot.waitExposed(slides)
    for key, expected in (
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_Right, 3),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_Left, 3),
        (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(slides, key)
        assert slides.index == expected, key


def test_the_title_slide_carries_both_names_the_logo_and_the_date(slides):
    title = slides.pages[0]
    assert LOGO in title.images and title.images[LOGO].width() == 240
    assert f'src="{LOGO}"' in title.html
    slides.show_page(0)
    words = slides.view.toPlainText()
    assert "Boulangerie Martin" in words
    assert "Présenté par Camille Durand" in words
    assert "1er décembre 2026" in words  # toPlainText shows no-break spaces as spaces
    assert "1er\u00a0décembre\u00a02026" in title.html or "1er&nbsp;décembre" in title.html


def test_long_dates_never_wrap_and_say_1er_in_french():
    french = ReportLanguage("fr")
    assert french.long_date(date(2026, 12, 1)) == "1er\u00a0décembre\u00a02026"
    assert french.long_date(date(2026, 12, 15)) == "15\u00a0décembre\u00a02026"
    assert " " not in ReportLanguage("en").long_date(date(2026, 12, 1))


def test_the_presenter_sees_what_the_method_still_flags_not_the_client(slides, qtbot, french_ui):
    flagged = next(i for i, page in enumerate(slides.pages) if page.notes)
    notes = PresenterNotes(slides)
    qtbot.addWidget(notes)
    notes.show_for(flagged)
    shown = notes.text.toPlainText()
    assert "Reste à régler" in shown
    assert slides.pages[flagged].notes[0].template not in shown  # translated, not raw
    slides.show_page(flagged)
    for finding in slides.pages[flagged].notes:  # never on the client's slide
        assert finding.message() not in slides.view.toPlainText()


def test_with_one_screen_no_presenter_window_opens(slides, qtbot):
    slides.show()
    qtbot.waitExposed(slides)
    assert not slides.show_notes_on_another_screen()
    assert slides.notes is None


def test_a_slide_cut_in_parts_keeps_its_number_and_the_total_never_changes(slides, qtbot):
    slides.resize(1366, 768)
    slides.show()
    qtbot.waitExposed(slides)
    qtbot.waitUntil(lambda: slides.view.viewport().height() > 300)
    first_total = slides.position_label.text().rsplit("/ ", 1)[1]
    shown = []
    index = 0
    while index < len(slides.pages):
        slides.show_page(index)
        shown.append((slides.pages[index].title, slides.position_label.text()))
        index += 1
    assert len(slides.pages) > int(first_total)  # the calendar was cut to fit 1366×768
    assert {text.rsplit("/ ", 1)[1] for _, text in shown} == {first_total}
    parts = [text for title, text in shown if title.endswith(("(1/2)", "(2/2)"))]
    assert len(parts) == 2 and parts[0].rsplit("— ", 1)[1] == parts[1].rsplit("— ", 1)[1]
