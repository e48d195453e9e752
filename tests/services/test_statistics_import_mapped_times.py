"""Another tool's CSV read through a column mapping writes its post times without a
zone: they are wall times of the plan's zone, and a time in the hour lived twice when
the clocks go back is asked, as a Meta export's is, never silently taken as the first
(issue #10). The same code asks (services/statistics_import_repeated.py): the preview's
question, nothing stored until it is answered. French (Iconosquare-like) and English
(Agorapulse-like) header sets; the stored instants asserted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.importers import export_files
from smplanner.importers.generic_csv import ColumnMapping
from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_import_repeated import (
    Repeated,
    RepeatedHourUnansweredError,
    choose,
    repeated_times,
)
from smplanner.services.statistics_import_times import apply_remembered, file_times
from smplanner.storage.plan_file import PlanFile, create_plan

LAYOUTS = {
    "fr": (
        ColumnMapping(
            network="instagram",
            date_column="Date de publication",
            id_column="Identifiant",
            metrics={"Portée": "reach", "J'aime": "likes"},
        ),
        "Date de publication;Identifiant;Portée;J'aime",
        ";",
        "{d:%d/%m/%Y %H:%M}",
    ),
    "en": (
        ColumnMapping(
            network="instagram",
            date_column="Published at",
            id_column="Post ID",
            metrics={"Reach": "reach", "Likes": "likes"},
        ),
        "Published at,Post ID,Reach,Likes",
        ",",
        "{d:%Y-%m-%d %H:%M}",
    ),
}
# 25 October 2026: Paris lives 02:00-02:59 twice (CEST, then CET).
REPEATED = datetime(2026, 10, 25, 2, 30)


def write(path: Path, language: str, times: list[datetime]) -> Path:
    _mapping, header, separator, written = LAYOUTS[language]
    lines = [header]
    lines += [
        separator.join([written.format(d=when), f"ig-{n}", str(1000 + n), str(n % 50)])
        for n, when in enumerate(times)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def paris_plan(tmp_path: Path) -> PlanFile:
    return create_plan(
        tmp_path / "paris.smplan", PlanProperties("Boulangerie", timezone="Europe/Paris")
    )


def instants(plan: PlanFile) -> dict[str, datetime]:
    return {
        external_id: datetime.fromisoformat(at).astimezone(UTC)
        for external_id, at in plan.conn.execute("SELECT external_id, published_at FROM stat_posts")
    }


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("which", "expected"),
    [
        (Repeated.EARLIER, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # CEST, UTC+2
        (Repeated.LATER, datetime(2026, 10, 25, 1, 30, tzinfo=UTC)),  # CET, UTC+1
    ],
)
def test_a_mapped_time_in_the_repeated_hour_is_asked_then_stored_as_said(
    tmp_path, language: str, which: Repeated, expected: datetime
) -> None:
    mapping = LAYOUTS[language][0]
    path = write(tmp_path / "outil.csv", language, [datetime(2026, 10, 24, 18, 0), REPEATED])
    (item,) = preview([path], mapping, plan_zone="Europe/Paris")
    found = repeated_times(item)
    assert found is not None and (found.zone, found.rows) == ("Europe/Paris", (3,))
    assert "in Europe/Paris (rows 3)" in item.flag_messages[-1]
    times = file_times(item)
    assert times is not None and times.time_zone == "Europe/Paris"
    plan = paris_plan(tmp_path)
    try:
        with pytest.raises(RepeatedHourUnansweredError):
            import_files(plan, [item])
        assert instants(plan) == {}  # nothing stored while it is not said
        choose(item, which)
        import_files(plan, [item])
        assert instants(plan) == {
            "ig-0": datetime(2026, 10, 24, 16, 0, tzinfo=UTC),
            "ig-1": expected,
        }
    finally:
        plan.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_mapped_file_previewed_without_the_zone_is_still_refused_until_said(
    tmp_path, language: str
) -> None:
    """import_files places the times in the plan's zone itself: no way round the question."""
    path = write(tmp_path / "outil.csv", language, [REPEATED])
    (item,) = preview([path], LAYOUTS[language][0])
    plan = paris_plan(tmp_path)
    try:
        with pytest.raises(RepeatedHourUnansweredError) as refused:
            import_files(plan, [item])
        assert "outil.csv: 1 post(s)" in str(refused.value) and "rows 2" in str(refused.value)
        choose(item, Repeated.LATER)
        import_files(plan, [item])
        assert instants(plan) == {"ig-0": datetime(2026, 10, 25, 1, 30, tzinfo=UTC)}
    finally:
        plan.close()


def test_ordinary_times_are_not_asked_and_keep_the_plans_zone(tmp_path) -> None:
    times = [datetime(2026, 10, 24, 2, 30), datetime(2026, 3, 29, 2, 30), datetime(2026, 7, 1, 9)]
    (item,) = preview(
        [write(tmp_path / "outil.csv", "fr", times)], LAYOUTS["fr"][0], plan_zone="Europe/Paris"
    )
    assert repeated_times(item) is None and item.flag_messages == []
    # The zone chosen for Meta's own Instagram exports is not this tool's.
    apply_remembered(item, {"instagram": "America/Los_Angeles"})
    times_read = file_times(item)
    assert times_read is not None and times_read.time_zone == "Europe/Paris"
    plan = paris_plan(tmp_path)
    try:
        import_files(plan, [item])
        assert instants(plan)["ig-0"] == datetime(2026, 10, 24, 0, 30, tzinfo=UTC)
        assert instants(plan)["ig-2"] == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    finally:
        plan.close()


@pytest.mark.parametrize("parts", [100_000, 40], ids=["one-part", "parts-of-40"])
def test_the_rows_named_are_right_in_a_large_mapped_file(tmp_path, monkeypatch, parts) -> None:
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    times = [datetime(2026, 10, 1 + n % 20, 9 + n % 8, 15) for n in range(300)]
    times[10] = times[250] = REPEATED
    (item,) = preview(
        [write(tmp_path / "outil.csv", "en", times)], LAYOUTS["en"][0], plan_zone="Europe/Paris"
    )
    found = repeated_times(item)
    assert found is not None and found.rows == (12, 252)
    choose(item, Repeated.EARLIER)
    plan = paris_plan(tmp_path)
    try:
        import_files(plan, [item])
        stored = instants(plan)
        assert len(stored) == 300
        assert stored["ig-10"] == stored["ig-250"] == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    finally:
        plan.close()
