"""Times in the hour lived twice when the clocks go back are asked, never chosen
silently: in the import preview (one answer per file, by mouse or keyboard) and by
the service, which stores nothing while the question is open. The question follows
the zone the file is read in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_import_repeated import (
    Repeated,
    RepeatedHourUnansweredError,
    choose,
    repeated_times,
)
from smplanner.services.statistics_import_times import set_time_zone

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
META_FR = EXPORTS / "meta_facebook_posts_fr.csv"
META_EN = EXPORTS / "meta_facebook_posts.csv"


def meta_file(tmp_path: Path, when: str, source: Path = META_FR) -> Path:
    """The export with its first post published at ``when`` (Meta's month-first text)."""
    first = "09/16/2025 05:03" if source == META_FR else "09/28/2026 18:12"
    path = tmp_path / f"posts_{source.stem}.csv"
    path.write_text(
        source.read_text(encoding="utf-8-sig").replace(first, when), encoding="utf-8-sig"
    )
    return path


def instants(plan) -> list[datetime]:  # type: ignore[no-untyped-def]
    return [
        datetime.fromisoformat(at).astimezone(UTC)
        for (at,) in plan.conn.execute("SELECT published_at FROM stat_posts")
    ]


def test_nothing_is_stored_until_the_hour_is_said_then_it_is_the_one_said(plan, tmp_path):
    (item,) = preview([meta_file(tmp_path, "11/01/2026 01:30", META_EN)])
    found = repeated_times(item)
    assert found is not None and (found.zone, found.rows) == ("America/Los_Angeles", (2,))
    with pytest.raises(RepeatedHourUnansweredError) as refused:
        import_files(plan, [item])
    assert "rows 2" in str(refused.value) and "nothing was imported" in str(refused.value)
    assert instants(plan) == []
    choose(item, Repeated.LATER)
    assert item.flag_messages[-1].endswith("read as the second hour (winter time).")
    import_files(plan, [item])
    assert datetime(2026, 11, 1, 9, 30, tzinfo=UTC) in instants(plan)  # PST, UTC-8


def test_the_hour_skipped_in_spring_and_ordinary_nights_are_not_asked(tmp_path):
    # 8 March 2026, 02:30 does not exist in Los Angeles; 31 October 01:30 is one time.
    for when in ("03/08/2026 02:30", "10/31/2026 01:30"):
        (item,) = preview([meta_file(tmp_path, when)])
        assert repeated_times(item) is None and item.flag_messages == []


def test_the_question_follows_the_zone_the_file_is_read_in(tmp_path):
    # 25 October 2026, 02:30 is lived twice in Paris, once in Los Angeles.
    (item,) = preview([meta_file(tmp_path, "10/25/2026 02:30")])
    assert repeated_times(item) is None
    set_time_zone(item, "Europe/Paris")
    found = repeated_times(item)
    assert found is not None and (found.zone, found.rows) == ("Europe/Paris", (2,))
    choose(item, Repeated.EARLIER)
    set_time_zone(item, "Europe/Brussels")  # the answer holds in the next zone too
    assert item.reading is not None
    moment = next(
        row[4] for row in item.reading.readings[0].post_rows if row[4] and row[4].day == 25
    )
    assert moment.utcoffset().total_seconds() == 7200  # CEST: the first 02:30


def test_the_preview_asks_and_the_user_answers_with_the_mouse(qtbot, plan, tmp_path, french_ui):
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    path = meta_file(tmp_path, "11/01/2026 01:30")
    dialog = ImportDialog(PlanDocument(plan))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.add_paths([path, META_EN])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 2)
    asked = dialog.repeated
    assert asked.isVisible() and not dialog.import_button.isEnabled()
    assert asked.label.text() == (
        "posts_meta_facebook_posts_fr.csv : 1 publication(s) à une heure vécue deux fois au "
        "passage à l’heure d’hiver (fuseau America/Los_Angeles, lignes 2). Laquelle des deux "
        "heures est-ce ?"
    )
    assert "Dites laquelle des deux heures" in dialog.summary.text()
    # The other file has no such time: nothing asked while it is selected.
    rect = dialog.table.visualItemRect(dialog.table.item(1, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not asked.isVisible()
    rect = dialog.table.visualItemRect(dialog.table.item(0, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.isVisible()
    qtbot.mouseClick(asked.choice, Qt.MouseButton.LeftButton)
    view = asked.choice.view()
    qtbot.waitUntil(view.isVisible)
    second = asked.choice.findData(Repeated.LATER.value)
    for _ in range(second - asked.choice.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked.choice.currentText() == "la seconde (heure d’hiver)"
    assert dialog.table.item(0, 3).text().endswith("lue(s) comme la seconde heure (heure d’hiver).")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert datetime(2026, 11, 1, 9, 30, tzinfo=UTC) in instants(plan)
