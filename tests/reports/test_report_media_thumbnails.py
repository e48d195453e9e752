"""The posts' pictures in the strategy report (issue #15): thumbnails in the calendar's
days and beside each text to approve, in the PDF (pdfimages), the .odt and the slides;
a video as a frame with a play mark, a document by its name only."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from smplanner.domain.post_refs import PostDraft
from smplanner.reports.media_thumbnails import THUMBNAIL_PREFIX
from smplanner.reports.presentation_pages import presentation_pages
from smplanner.reports.report_context import ReportContext
from smplanner.reports.report_file import build_report
from smplanner.reports.report_options import ReportOptions
from smplanner.services import calendar_posts, media
from smplanner.storage import media_repo
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.composer.media_list import measure_picture
from smplanner.ui.deliverables.presentation_window import THUMBNAIL_LINES, PresentationWindow
from tests.deliverables_sample_plan import fill_rich_plan
from tests.media_files import mp4_file, png_file

TODAY = date(2026, 12, 1)
PARIS = ZoneInfo("Europe/Paris")
RED, BLUE, GREEN = "#d03020", "#2050c0", "#20a040"
# What each medium becomes: its thumbnail's size (320 px on the long side) and colour.
EXPECTED = {
    "red": ((256, 320), RED),  # 800×1000, the composer's stored thumbnail
    "blue": ((320, 160), BLUE),  # 1200×600, attached without one: scaled here
    "green": ((320, 320), GREEN),  # 400×400 typed as a path beside the plan
    "video": ((320, 180), "#1f2a37"),  # no decoder: a dark frame with a play mark
}


def options(**changes: object) -> ReportOptions:
    values: dict[str, object] = {
        "language": "fr",
        "start": TODAY,
        "weeks": 6,
        "manager_name": "Julie Lefèvre",
        "today": TODAY,
    }
    values.update(changes)
    return ReportOptions(**values)  # type: ignore[arg-type]


@pytest.fixture
def plan_with_media(plan: PlanFile, tmp_path: Path, qapp) -> PlanFile:  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, TODAY)
    sources = tmp_path / "sources"
    sources.mkdir()
    red = png_file(sources / "galette.png", RED, (800, 1000))
    red_ref = media.attach_file(plan, red, measure_picture(red)).ref
    blue = media.attach_file(plan, png_file(sources / "vitrine.png", BLUE, (1200, 600))).ref
    assert media_repo.media_thumbnail(plan.conn, blue.split(":")[1].split("/")[0]) is None
    video = media.attach_file(plan, mp4_file(sources / "fournil.mp4", seconds=20)).ref
    menu = sources / "menu.pdf"
    menu.write_bytes(b"%PDF-1.4\n%%EOF\n")
    menu_ref = media.attach_file(plan, menu).ref
    beside = Path(plan.path).parent / "photos"
    beside.mkdir()
    png_file(beside / "equipe.png", GREEN, (400, 400))

    def at(day: int, hour: int) -> datetime:
        return datetime.combine(date(2026, 12, day), time(hour), PARIS)

    calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "instagram",
                "La galette des rois arrive au fournil",
                "Galette",
                "ready",
                at(4, 11),
                media=(red_ref, menu_ref),
            ),
            PostDraft(
                "facebook",
                "Notre vitrine de Noël et toute l'équipe",
                "Vitrine",
                "ready",
                at(9, 17),
                media=(blue, "photos/equipe.png"),
            ),
            PostDraft(
                "instagram",
                "Le fournil à 4 h du matin",
                "Fournil",
                "ready",
                at(15, 7),
                media=(video,),
            ),
        ],
    )
    return plan


def _listed_images(pdf: Path) -> list[dict[str, str]]:
    lines = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    keys = lines[0].split()
    return [dict(zip(keys, line.split(), strict=False)) for line in lines[2:]]


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _close(colour: QColor, expected: str, tolerance: int = 40) -> bool:
    wanted = QColor(expected)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (wanted.red(), wanted.green(), wanted.blue()),
            strict=True,
        )
    )


def _corner(image: QImage) -> QColor:
    return image.pixelColor(4, 4)  # the video's play mark is in the middle


def test_the_pdf_shows_each_posts_pictures_in_its_day_and_beside_its_text(
    plan_with_media: PlanFile, tmp_path: Path
):
    target = tmp_path / "rapport.pdf"
    build_report(plan_with_media, options(), target)
    listed = _listed_images(target)
    by_size: dict[tuple[int, int], list[int]] = {}
    for row in listed:
        by_size.setdefault((int(row["width"]), int(row["height"])), []).append(int(row["page"]))
    for key, (size, _colour) in EXPECTED.items():
        # in the month grid (a post's first medium only: a day is narrow) and beside
        # the text to approve (all of them)
        pages = 1 if key == "green" else 2
        assert len(set(by_size.get(size, []))) == pages, (key, by_size)
    # the pictures are the posts' own: read back from the PDF, in their colours
    folder = tmp_path / "extracted"
    folder.mkdir()
    subprocess.run(["pdfimages", "-png", str(target), str(folder / "img")], check=True)
    found = {}
    for path in sorted(folder.glob("*.png")):
        image = QImage(str(path))
        for key, (size, colour) in EXPECTED.items():
            if (image.width(), image.height()) == size and _close(_corner(image), colour):
                found[key] = image
    assert set(found) == set(EXPECTED)
    middle = found["video"].pixelColor(160, 90)
    assert _close(middle, "#ffffff", 10)  # the play mark
    # beside its text: the red picture is on the page that asks to approve the galette
    red_pages = set(by_size[EXPECTED["red"][0]])
    approval_page = next(
        page
        for page in red_pages
        if "La galette des rois arrive au fournil" in _page_text(target, page)
    )
    text = " ".join(_page_text(target, approval_page).split())
    assert "menu.pdf" in text  # a document has no picture: its name is said
    grid_page = next(iter(red_pages - {approval_page}))
    assert "Décembre 2026" in _page_text(target, grid_page)


def test_the_odt_carries_the_same_pictures(plan_with_media: PlanFile, tmp_path: Path):
    target = tmp_path / "rapport.odt"
    build_report(plan_with_media, options(), target)
    with zipfile.ZipFile(target) as archive:
        pictures = [name for name in archive.namelist() if name.startswith("Pictures/")]
        content = archive.read("content.xml").decode("utf-8")
        found = set()
        for name in pictures:
            image = QImage.fromData(archive.read(name))
            for key, (size, colour) in EXPECTED.items():
                if (image.width(), image.height()) == size and _close(_corner(image), colour):
                    found.add(key)
                    assert name in content  # placed in the text, not only packed
    assert found == set(EXPECTED)


def test_the_slides_show_the_pictures_at_the_size_of_the_type(plan_with_media: PlanFile, qtbot):
    context = ReportContext(plan_with_media, options())
    shown = PresentationWindow(presentation_pages(context))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.view.viewport().height() > 300)
    index = next(i for i, page in enumerate(shown.pages) if "Calendrier" in page.title)
    shown.show_page(index)
    page = shown.pages[shown.index]
    names = [name for name in page.images if name.startswith(THUMBNAIL_PREFIX)]
    assert len(names) >= 3  # December: the galette, the shop window, the video frame
    document = shown.view.document()
    pixels = document.defaultFont().pixelSize()
    sizes = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            image_format = iterator.fragment().charFormat().toImageFormat()
            if image_format.isValid() and image_format.name().startswith(THUMBNAIL_PREFIX):
                sizes.append((image_format.width(), image_format.height()))
                resource = document.resource(
                    QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                )
                assert isinstance(resource, QImage) and not resource.isNull()
            iterator += 1
        block = block.next()
    assert len(sizes) >= 3
    for width, height in sizes:  # a few lines of type high, not stretched like a chart
        assert max(width, height) <= THUMBNAIL_LINES * pixels + 0.5
        assert max(width, height) >= THUMBNAIL_LINES * pixels - 0.5
    assert shown.fits()
    # and they are drawn: the red of the galette is on the slide
    grab = shown.view.viewport().grab().toImage()
    reds = sum(
        1
        for y in range(0, grab.height(), 3)
        for x in range(0, grab.width(), 3)
        if _close(grab.pixelColor(x, y), RED, 30)
    )
    assert reds > 20
