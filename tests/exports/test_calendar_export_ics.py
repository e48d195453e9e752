"""The calendar as iCalendar, parsed back with the icalendar library and checked."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.post_selection import PostSelection
from smplanner.exports.ics_export import write_ics
from smplanner.services import calendar_posts
from smplanner.storage.plan_properties_repo import plan_uuid
from tests.calendar_exchange_sample import NOW, at, fill_sample


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_dated_post_and_campaign_becomes_an_event_in_the_plans_zone(plan, tmp_path) -> None:
    ids = fill_sample(plan)
    target = tmp_path / "plan.ics"
    result = write_ics(plan, target, now=NOW)
    events = _events(target)
    uuid = plan_uuid(plan)
    assert result.rows == len(events) == 7 + 1  # 7 dated posts, the idea left out, 1 campaign
    croissant = events[f"post-{ids['croissant']}-{uuid}@smplanner"]
    start = croissant.decoded("DTSTART")
    assert start == at(10, 14, 18) and start.tzinfo.key == "Europe/Paris"
    assert croissant["DTSTART"].params["TZID"] == "Europe/Paris"
    assert croissant.decoded("DTEND") - start == timedelta(minutes=15)
    assert str(croissant["SUMMARY"]) == "Instagram · Croissants"
    description = str(croissant["DESCRIPTION"])
    assert description.startswith("Nos croissants, pur beurre; cuits à 6 h, chaque matin.\nVenez")
    assert "Pilier de contenu: Savoir-faire" in description  # the plan's language (French)
    assert "Premier commentaire: Horaires en bio" in description
    assert str(croissant["STATUS"]) == "CONFIRMED" and str(croissant["TRANSP"]) == "TRANSPARENT"
    # After the autumn change of time, the same wall clock in the winter offset.
    winter = events[f"post-{ids['winter']}-{uuid}@smplanner"].decoded("DTSTART")
    assert winter.utcoffset() == timedelta(hours=1) and winter.hour == 9
    fair = events[f"campaign-{ids['campaign']}-{uuid}@smplanner"]
    assert fair.decoded("DTSTART") == date(2026, 10, 12)
    assert fair.decoded("DTEND") == date(2026, 10, 19)  # exclusive end: the 18th included
    assert str(fair["SUMMARY"]) == "Semaine du goût"


def test_the_file_has_a_vtimezone_covering_the_posts_and_google_hints(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "plan.ics"
    write_ics(plan, target, now=NOW)
    calendar = Calendar.from_ical(target.read_bytes())
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Paris"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Paris"
    assert str(calendar["VERSION"]) == "2.0" and "smplanner" in str(calendar["PRODID"])
    # Read on its own (as Outlook does), the VTIMEZONE gives the right offsets either
    # side of the October change of time.
    described = zone.to_tz()
    assert datetime(2026, 10, 14, 18, tzinfo=described).utcoffset() == timedelta(hours=2)
    assert datetime(2026, 10, 25, 9, tzinfo=described).utcoffset() == timedelta(hours=1)


def test_text_is_escaped_and_lines_folded_at_75_octets(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "plan.ics"
    write_ics(plan, target, now=NOW)
    raw = target.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a fold never cuts a multi-byte character in two
    unfolded = raw.replace(b"\r\n ", b"").decode()
    assert "DESCRIPTION:Nos croissants\\, pur beurre\\; cuits à 6 h\\, chaque matin.\\nVenez" in (
        unfolded
    )


def test_uids_are_stable_and_an_edit_raises_the_sequence(plan, tmp_path) -> None:
    ids = fill_sample(plan)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(plan, first, now=NOW)
    [post] = calendar_posts.posts_for_undo(plan, [ids["linkedin"]])
    plan.conn.execute(
        "UPDATE posts SET updated_at = ? WHERE id = ?",
        ("2030-01-01T00:00:00+00:00", post.id),
    )
    write_ics(plan, second, now=NOW + timedelta(days=1))
    before, after = _events(first), _events(second)
    assert set(before) == set(after)
    uid = next(uid for uid in before if uid.startswith(f"post-{post.id}-"))
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert after[uid].decoded("LAST-MODIFIED") == datetime.fromisoformat("2030-01-01T00:00+00:00")


def test_a_filter_exports_only_its_posts_and_the_campaigns_of_its_period(plan, tmp_path) -> None:
    fill_sample(plan)
    target = tmp_path / "instagram.ics"
    selection = PostSelection(
        networks=frozenset({"instagram"}), start=date(2026, 10, 1), end=date(2026, 11, 1)
    )
    write_ics(plan, target, selection, now=NOW)
    summaries = sorted(str(e["SUMMARY"]) for e in _events(target).values())
    assert summaries == ["Instagram · Croissants", "Semaine du goût"]
    write_ics(plan, target, PostSelection(start=date(2026, 11, 1), end=date(2026, 12, 1)), now=NOW)
    assert _events(target) == {}


def test_an_english_plan_and_an_empty_plan_still_make_valid_files(plan, tmp_path) -> None:
    from dataclasses import replace

    from smplanner.services.plan_properties import get_properties, set_properties

    english = replace(get_properties(plan), language="en", timezone="America/New_York")
    set_properties(plan, english)
    target = tmp_path / "empty.ics"
    assert write_ics(plan, target, now=NOW).rows == 0
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Boulangerie Martin — editorial calendar"
    assert str(calendar.walk("VTIMEZONE")[0]["TZID"]) == "America/New_York"


def test_the_approval_statuses_are_named_in_the_plans_language(plan, tmp_path) -> None:
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "À valider", status="to_approve", scheduled_at=at(10, 2)),
            PostDraft("facebook", "Validé", status="approved", scheduled_at=at(10, 3)),
        ],
    )
    target = tmp_path / "plan.ics"
    write_ics(plan, target, now=NOW)
    descriptions = sorted(str(e["DESCRIPTION"]) for e in _events(target).values())
    assert descriptions == ["Validé\n\nStatut: validé", "À valider\n\nStatut: à valider"]
