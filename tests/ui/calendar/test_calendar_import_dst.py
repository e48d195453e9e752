"""The calendar CSV around changes of time: the repeated autumn hour and the skipped
spring hour are refused row by row with what to write instead, never guessed; the
export writes the offset in the repeated hour, so a round trip changes nothing."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.wall_clock import clock_text, parse_offset, wall_clock_moment
from smplanner.services import calendar_export, calendar_import, calendar_posts, calendar_queries

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
# 25 October 2026, Paris: 02:30 CEST is 00:30 UTC, then 02:30 CET is 01:30 UTC.
SUMMER_0230 = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
WINTER_0230 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_a_wall_clock_in_the_repeated_hour_needs_its_offset() -> None:
    with pytest.raises(ValueError) as refused:
        wall_clock_moment(date(2026, 10, 25), time(2, 30), PARIS)
    text = str(refused.value)
    assert "02:30 happens twice on 2026-10-25 in Europe/Paris (the clocks go back)" in text
    assert "write 02:30 +02:00 for the first one" in text and "02:30 +01:00 for the second" in text
    first = wall_clock_moment(date(2026, 10, 25), time(2, 30), PARIS, timedelta(hours=2))
    second = wall_clock_moment(date(2026, 10, 25), time(2, 30), PARIS, timedelta(hours=1))
    assert (first, second) == (SUMMER_0230, WINTER_0230)
    # New York repeats 01:00-02:00 on 1 November 2026.
    with pytest.raises(ValueError, match="01:15 happens twice on 2026-11-01"):
        wall_clock_moment(date(2026, 11, 1), time(1, 15), NEW_YORK)


def test_a_wall_clock_the_clocks_skip_is_refused_with_the_time_it_becomes() -> None:
    with pytest.raises(ValueError) as refused:
        wall_clock_moment(date(2026, 3, 29), time(2, 30), PARIS)
    assert str(refused.value) == (
        "02:30 does not exist on 2026-03-29 in Europe/Paris (the clocks go forward): "
        "write 03:30, the time it becomes, or another time"
    )
    with pytest.raises(ValueError, match=r"02:30 \+05:00 is not a time of Europe/Paris"):
        wall_clock_moment(date(2026, 10, 14), time(2, 30), PARIS, timedelta(hours=5))
    ordinary = wall_clock_moment(date(2026, 10, 14), time(2, 30), PARIS, timedelta(hours=2))
    assert ordinary == datetime(2026, 10, 14, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "minutes"), [("+02:00", 120), ("+0200", 120), ("UTC+1", 60), ("-04:30", -270)]
)
def test_offsets_are_read_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_offset(text) == timedelta(minutes=minutes)


def test_the_export_writes_the_offset_only_in_the_repeated_hour() -> None:
    assert clock_text(SUMMER_0230.astimezone(PARIS)) == "02:30 +02:00"
    assert clock_text(WINTER_0230.astimezone(PARIS)) == "02:30 +01:00"
    assert clock_text(datetime(2026, 10, 25, 9, tzinfo=PARIS)) == "09:00"


def _two_posts_in_the_repeated_hour(plan) -> list[int]:  # type: ignore[no-untyped-def]
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Avant le changement", status="ready", scheduled_at=SUMMER_0230),
            PostDraft("facebook", "Après le changement", status="ready", scheduled_at=WINTER_0230),
        ],
    )
    return ids


def _rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8-sig")


def test_a_round_trip_of_posts_in_the_repeated_hour_changes_nothing(plan, tmp_path) -> None:
    _two_posts_in_the_repeated_hour(plan)
    exported = tmp_path / "calendar.csv"
    calendar_export.write_calendar_csv(plan, exported)
    rows = _rows(exported)
    assert {r["text"]: (r["date"], r["time"]) for r in rows} == {
        "Avant le changement": ("2026-10-25", "02:30 +02:00"),
        "Après le changement": ("2026-10-25", "02:30 +01:00"),
    }
    preview = calendar_import.preview_posts_csv(plan, exported)
    assert not preview.problems
    assert [row.action for row in preview.rows] == [calendar_import.UNCHANGED] * 2
    # Without the ids (a file rebuilt by hand), the same posts are recognised, not doubled.
    for row in rows:
        row["id"] = ""
    _write(tmp_path / "no-ids.csv", rows)
    again = calendar_import.preview_posts_csv(plan, tmp_path / "no-ids.csv")
    assert not again.problems
    assert [row.action for row in again.rows] == [calendar_import.UNCHANGED] * 2


def test_a_row_in_the_repeated_or_skipped_hour_is_refused_and_nothing_is_stored(
    plan, tmp_path
) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(
        "network;date;time;text\r\n"
        "facebook;14/10/2026;18:30;Un jour ordinaire\r\n"
        "facebook;25/10/2026;02:30;Heure répétée\r\n"
        "facebook;29/03/2026;02:15;Heure sautée\r\n"
        "facebook;25/10/2026;02:30 +01:00;Heure d'hiver, dite\r\n",
        "utf-8",
    )
    preview = calendar_import.preview_posts_csv(plan, source)
    problems = {p.line: (p.column, p.message) for p in preview.problems}
    assert set(problems) == {3, 4}
    assert problems[3][0] == "time" and "happens twice" in problems[3][1]
    assert "write 02:30 +02:00 for the first one" in problems[3][1]
    assert problems[4][0] == "time" and "write 03:15, the time it becomes" in problems[4][1]
    told = [row.draft.scheduled_at for row in preview.rows]
    assert told[1] == WINTER_0230
    with pytest.raises(calendar_import.PostsImportRefusedError, match="line 3, column 'time'"):
        calendar_import.apply_posts_import(plan, preview)
    assert calendar_queries.all_posts(plan) == []


def test_the_iso_column_refuses_a_repeated_hour_without_offset(plan, tmp_path) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(
        "network,scheduled_at,text\n"
        "facebook,2026-10-25T02:30:00,Sans décalage\n"
        "facebook,2026-10-25T02:30:00+02:00,Avec décalage\n",
        "utf-8",
    )
    preview = calendar_import.preview_posts_csv(plan, source)
    [problem] = preview.problems
    assert (problem.line, problem.column) == (2, "scheduled_at")
    assert "happens twice" in problem.message
    assert [row.draft.scheduled_at for row in preview.rows] == [SUMMER_0230]


def test_the_import_preview_says_it_in_french(window, french_ui, plan, tmp_path) -> None:
    window.set_plan(plan)
    source = tmp_path / "posts.csv"
    source.write_text("network;date;time;text\r\nfacebook;25/10/2026;02:30;Répétée\r\n", "utf-8")
    actions = window.calendar_exchange
    actions.ask_open = lambda title, file_filter: source
    seen: list[str] = []

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        model = dialog.model
        seen.extend(model.data(model.index(r, 5)) for r in range(model.rowCount()))
        return False

    actions.run_dialog = answer
    actions.import_posts_csv()
    assert seen == [
        "colonne time : 02:30 revient deux fois le 25/10/2026 dans le fuseau Europe/Paris "
        "(passage à l’heure d’hiver) : écrivez 02:30 +02:00 pour la première, avant le "
        "changement, ou 02:30 +01:00 pour la seconde"
    ]
