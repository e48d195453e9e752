"""The monthly report's top and flop posts show their pictures as the strategy report
does (reports/media_thumbnails.py): a medium stored in the plan by its thumbnail, a
video as a dark frame with a play mark, a picture typed as a path beside the plan;
read back from the PDF with pdfimages."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf
from smplanner.services import calendar_posts, calendar_queries, media
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.composer.media_list import measure_picture
from tests.media_files import mp4_file, png_file
from tests.monthly_report_sample import fill_month_plan

RED = "#D03020"
PHOTO = "#D9A441"  # the sample's picture typed as a path (320 × 200)


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


def test_the_flop_posts_show_their_stored_picture_and_video(
    qapp, plan: PlanFile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_month_plan(plan, tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    red = png_file(sources / "promo.png", RED, (800, 1000))
    red_ref = media.attach_file(plan, red, measure_picture(red)).ref  # stored, 256 × 320
    video_ref = media.attach_file(plan, mp4_file(sources / "fournil.mp4", seconds=12)).ref
    posts = {p.title: p for p in calendar_queries.all_posts(plan)}
    # The month's two weakest posts (30 and 45 likes) had no picture: give them one.
    calendar_posts.restore_posts(
        plan,
        [
            replace(posts["Promotions 27/01"], media=(red_ref,)),
            replace(posts["Savoir-faire 11/01"], media=(video_ref,)),
        ],
    )
    target = tmp_path / "janvier.pdf"
    write_monthly_pdf(plan, MonthlyOptions(date(2027, 1, 1), "fr"), target)
    listed = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    placed = sorted((int(line.split()[3]), int(line.split()[4])) for line in listed)
    # The typed photo beside each of the three top posts, the stored picture's
    # thumbnail and the video's frame beside the flop ones...
    assert placed == [(256, 320), (320, 180), (320, 200), (320, 200), (320, 200)]
    # ...the photo embedded once (one image resource per medium).
    assert len({line.split()[10] for line in listed}) == 3
    folder = tmp_path / "images"
    folder.mkdir()
    subprocess.run(["pdfimages", "-png", str(target), str(folder / "img")], check=True)
    colours = {}
    for png in sorted(folder.glob("*.png")):
        image = QImage(str(png))
        colours[(image.width(), image.height())] = image.pixelColor(4, 4)
    assert _close(colours[(256, 320)], RED)
    assert _close(colours[(320, 200)], PHOTO)
    assert _close(colours[(320, 180)], "#1f2a37")
