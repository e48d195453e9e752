"""The .ics read by two independent parsers (icalendar, and vobject as Radicale and
other CalDAV servers use it) gives the same instants as the plan, on both changes of
time of several years, in zones of both hemispheres and one without changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from smplanner.domain.post_refs import PostDraft
from smplanner.exports.ics_export import write_ics
from smplanner.exports.ics_text import fold
from smplanner.exports.ics_timezone import changes
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.plan_properties import get_properties, set_properties

NOW = datetime(2025, 6, 1, tzinfo=UTC)
YEARS = (2026, 2027, 2028, 2029)


def _instants_around_changes(zone: ZoneInfo) -> list[datetime]:
    """For each change of time of the years: an hour before, during and after it,
    and noon of the day before and after (plus a January and a July noon)."""
    moments = []
    for year in YEARS:
        moments += [datetime(year, 1, 15, 12, tzinfo=zone), datetime(year, 7, 15, 12, tzinfo=zone)]
    for change in changes(zone, date(YEARS[0], 1, 1), date(YEARS[-1] + 1, 1, 1)):
        for minutes in (-90, -30, 30, 90):  # the repeated hour included when clocks go back
            moments.append(change.instant + timedelta(minutes=minutes))
        for days in (-1, 1):
            moments.append(change.instant + timedelta(days=days))
    return sorted(m.astimezone(UTC) for m in moments)


def _plan_in(plan, zone: str) -> list[datetime]:  # type: ignore[no-untyped-def]
    set_properties(plan, replace(get_properties(plan), timezone=zone))
    instants = _instants_around_changes(ZoneInfo(zone))
    drafts = [
        PostDraft("instagram", f"Post {i}", status="ready", scheduled_at=moment)
        for i, moment in enumerate(instants)
    ]
    calendar_posts.create_posts(plan, drafts)
    return instants


def _by_text(starts: dict[str, datetime]) -> list[datetime]:
    return [starts[f"Instagram · Post {i}"] for i in range(len(starts))]


@pytest.mark.parametrize(
    "zone", ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]
)
def test_icalendar_and_vobject_read_the_plans_instants(plan, tmp_path: Path, zone: str) -> None:
    instants = _plan_in(plan, zone)
    target = tmp_path / "plan.ics"
    write_ics(plan, target, now=NOW)
    raw = target.read_bytes()

    # icalendar, with the zone rebuilt from the file's own VTIMEZONE (as Outlook reads it).
    calendar = Calendar.from_ical(raw)
    [block] = calendar.walk("VTIMEZONE")
    described = block.to_tz()
    first: dict[str, datetime] = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        if "TZID" in event["DTSTART"].params:
            assert event["DTSTART"].params["TZID"] == zone
            start = start.replace(tzinfo=described)
        first[str(event["SUMMARY"])] = start.astimezone(UTC)
    assert _by_text(first) == instants

    # vobject: its own parser and its own reading of the VTIMEZONE.
    parsed = vobject.readOne(raw.decode("utf-8"))
    second = {
        str(event.summary.value): event.dtstart.value.astimezone(UTC)
        for event in parsed.vevent_list
    }
    assert _by_text(second) == instants
    for event in parsed.vevent_list:
        assert event.dtend.value - event.dtstart.value == timedelta(minutes=15)


def test_the_time_zone_writes_one_rdate_per_line_with_the_onset_before_the_change(
    plan, tmp_path
) -> None:
    _plan_in(plan, "Europe/Paris")
    target = tmp_path / "plan.ics"
    write_ics(plan, target, now=NOW)
    unfolded = target.read_bytes().replace(b"\r\n ", b"").decode()
    block = unfolded[unfolded.index("BEGIN:VTIMEZONE") : unfolded.index("END:VTIMEZONE")]
    rdates = [line for line in block.split("\r\n") if line.startswith("RDATE")]
    assert rdates and all("," not in line for line in rdates)
    # Summer time starts at 02:00 CET (read in the old offset), ends at 03:00 CEST.
    assert "RDATE:20270328T020000" in rdates and "RDATE:20271031T030000" in rdates
    # The repeated hour (02:30 twice on 25 October 2026) is written in UTC, exactly.
    posts = calendar_queries.all_posts(plan)
    repeated = [
        p
        for p in posts
        if p.scheduled_at is not None
        and p.scheduled_at.astimezone(ZoneInfo("Europe/Paris")).strftime("%Y%m%d%H") == "2026102502"
    ]
    assert len(repeated) == 2
    assert "DTSTART:20261025T003000Z" in unfolded and "DTSTART:20261025T013000Z" in unfolded


@pytest.mark.parametrize(
    "line",
    [
        "DESCRIPTION:" + "é" * 80,
        "SUMMARY:" + "a" * 200,
        "DESCRIPTION:" + "🥐" * 40 + "x" * 7,
        "SUMMARY:short",
    ],
)
def test_folding_keeps_lines_within_75_octets_and_characters_whole(line: str) -> None:
    folded = fold(line).encode("utf-8")
    assert folded.endswith(b"\r\n")
    pieces = folded[:-2].split(b"\r\n")
    assert all(len(piece) <= 75 for piece in pieces)
    assert all(piece.startswith(b" ") for piece in pieces[1:])
    assert b"".join([pieces[0], *(p[1:] for p in pieces[1:])]).decode("utf-8") == line


def test_text_values_keep_every_kind_of_line_break_as_one_newline() -> None:
    from smplanner.exports.ics_text import escape_text

    typed = "Galette; frangipane, pommes\nÀ commander"
    assert escape_text(typed) == "Galette\\; frangipane\\, pommes\\nÀ commander"
    pasted = "Ligne 1\r\nLigne 2\rLigne 3\x07"  # from a Windows file, an old Mac, a bell
    assert escape_text(pasted) == "Ligne 1\\nLigne 2\\nLigne 3"
