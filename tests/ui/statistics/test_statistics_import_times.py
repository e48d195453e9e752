"""The import preview says which time zone and which period it assumed, and the user
changes them before storing: the zone is remembered per network, the days are placed
again by the download day the user gives."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_import_times import (
    apply_remembered,
    file_times,
    read_again,
    remember_time_zones,
    remembered_time_zones,
    set_time_zone,
)

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
META_FR = EXPORTS / "meta_facebook_posts_fr.csv"


def first_instant(plan) -> datetime:  # type: ignore[no-untyped-def]
    (text,) = plan.conn.execute(
        "SELECT published_at FROM stat_posts ORDER BY external_id LIMIT 1"
    ).fetchone()
    return datetime.fromisoformat(text).astimezone(UTC)


def test_meta_times_read_in_another_zone_and_the_choice_remembered_per_network(plan):
    (item,) = preview([META_FR])
    times = file_times(item)
    assert times is not None and (times.network, times.time_zone) == (
        "facebook",
        "America/Los_Angeles",
    )
    set_time_zone(item, "Asia/Manila")  # 09/16/2025 05:03 in Manila
    import_files(plan, [item])
    assert first_instant(plan) == datetime(2025, 9, 15, 21, 3, tzinfo=UTC)
    remember_time_zones(plan, [item])
    assert remembered_time_zones(plan) == {"facebook": "Asia/Manila"}
    (again,) = preview([META_FR])
    apply_remembered(again, remembered_time_zones(plan))
    assert file_times(again).time_zone == "Asia/Manila"  # type: ignore[union-attr]
    (instagram,) = preview([EXPORTS / "meta_instagram_posts.csv"])
    apply_remembered(instagram, remembered_time_zones(plan))
    assert file_times(instagram).time_zone == "America/Los_Angeles"  # type: ignore[union-attr]


def test_an_unknown_zone_is_refused():
    (item,) = preview([META_FR])
    with pytest.raises(ValueError):
        set_time_zone(item, "Europe/Nowhere")


def tiktok_zip(path: Path, made: datetime) -> Path:
    rows = ['"Date","Video Views","Profile Views","Likes","Comments","Shares"']
    rows += [f'"{day} décembre","{100 + day}","1","2","0","0"' for day in range(25, 32)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("Overview.csv", made.timetuple()[:6]), "\n".join(rows))
    return path


def test_tiktok_days_placed_again_by_another_download_day(tmp_path):
    (item,) = preview([tiktok_zip(tmp_path / "tiktok.zip", datetime(2026, 1, 2, 9, 0))])
    assert file_times(item).period == (date(2025, 12, 25), date(2025, 12, 31))  # type: ignore[union-attr]
    again = read_again(item, date(2025, 1, 3), {})
    times = file_times(again)
    assert times is not None and times.download_day == date(2025, 1, 3)
    assert times.period == (date(2024, 12, 25), date(2024, 12, 31))


def test_the_preview_shows_the_zone_and_the_user_picks_another(qtbot, plan, french_ui):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    document = PlanDocument(plan)
    dialog = ImportDialog(document)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.add_paths([META_FR])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1)
    row = dialog.times
    assert row.isVisible() and row.zone_choice.isVisible()
    assert "heure du Pacifique" in row.zone_choice.currentText()
    assert row.zone_label.text().startswith("meta_facebook_posts_fr.csv : les heures de Facebook")
    qtbot.mouseClick(row.zone_choice, Qt.MouseButton.LeftButton)
    manila = row.zone_choice.findData("Asia/Manila")
    view = row.zone_choice.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(manila - row.zone_choice.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert row.zone_choice.currentData() == "Asia/Manila"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert first_instant(plan) == datetime(2025, 9, 15, 21, 3, tzinfo=UTC)
    # The next Facebook file of this plan is read in the zone chosen.
    second = ImportDialog(document)
    qtbot.addWidget(second)
    second.show()
    second.add_paths([META_FR])
    qtbot.waitUntil(lambda: not second.reading and len(second.previews) == 1)
    assert second.times.zone_choice.currentData() == "Asia/Manila"


def test_the_preview_shows_the_period_and_places_the_days_again(qtbot, plan, tmp_path, french_ui):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([tiktok_zip(tmp_path / "tiktok.zip", datetime(2026, 1, 2, 9, 0))])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1)
    row = dialog.times
    assert row.period_label.isVisible() and not row.zone_choice.isVisible()
    assert "25/12/2025" in row.period_label.text() and "31/12/2025" in row.period_label.text()
    row.download_day.selectAll()
    qtbot.keyClicks(row.download_day, "03/01/2025")
    qtbot.keyClick(row.download_day, Qt.Key.Key_Return)  # places them, opens no chooser
    assert "25/12/2024" in row.period_label.text()
    qtbot.mouseClick(row.place_again, Qt.MouseButton.LeftButton)  # the button does the same
    assert "25/12/2024" in row.period_label.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    days = [day for (day,) in plan.conn.execute("SELECT DISTINCT day FROM stat_daily ORDER BY 1")]
    assert days[0] == "2024-12-25" and days[-1] == "2024-12-31"


def test_a_time_in_the_repeated_hour_is_asked_in_the_preview_and_the_language_named(
    qtbot, plan, tmp_path, french_ui
):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    # 1 November 2026, 01:30 happens twice in Pacific time (the clocks go back at 02:00).
    text = META_FR.read_text(encoding="utf-8-sig").replace("09/16/2025 05:03", "11/01/2026 01:30")
    path = tmp_path / "publications.csv"
    path.write_text(text, encoding="utf-8-sig")
    (item,) = preview([path])
    (flag,) = item.flag_messages
    assert flag.startswith("1 post(s) were published in the hour that repeats") and "rows 2" in flag
    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([path])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1)
    kind = dialog.table.item(0, 1).text()
    assert kind == "Meta Business Suite : publications Facebook (français)"
    assert dialog.table.item(0, 3).text().startswith("⚠ 1 publication(s)")
    assert not dialog.import_button.isEnabled()  # asked first, never chosen silently
    assert dialog.repeated.isVisible()
    choice = dialog.repeated.choice
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the first (summer time)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = [
        datetime.fromisoformat(at).astimezone(UTC)
        for (at,) in plan.conn.execute("SELECT published_at FROM stat_posts")
    ]
    assert datetime(2026, 11, 1, 8, 30, tzinfo=UTC) in stored  # the first 01:30 (PDT)
