"""The whole-plan JSON and the .ics are written as streams: the same document as the
in-memory one, a memory peak far below the file's size, and no half file left when
writing fails."""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.exports import ics_export
from smplanner.services import calendar_export, calendar_posts, export_csv, export_json
from smplanner.services.statistics_ingest import ingest
from smplanner.storage.plan_json import dump_plan
from tests.calendar_exchange_sample import fill_sample

LONG_TEXT = ("Nos croissants, pur beurre ; cuits à 6 h, chaque matin. Venez tôt ! " * 45)[:3000]


def _large_plan(plan, posts: int = 6000) -> None:  # type: ignore[no-untyped-def]
    first = datetime(2026, 1, 1, 9, tzinfo=UTC)
    drafts = [
        PostDraft(
            "instagram",
            f"{i} {LONG_TEXT}",
            status="ready",
            scheduled_at=first + timedelta(hours=3 * i),
        )
        for i in range(posts)
    ]
    calendar_posts.create_posts(plan, drafts)


def _peak_while(write) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        write()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_streamed_json_is_the_document_dump_plan_gives(plan, tmp_path: Path) -> None:
    fill_sample(plan)
    ingest(
        plan,
        source_label="test",
        source_kind="manual",
        posts=[StatPost("instagram", "", "1", text="Vidéo « fournil »", metrics={"reach": 1.5})],
        daily=[DailyValue("instagram", "", date(2026, 9, 2), "followers", 1200)],
    )
    target = tmp_path / "plan.json"
    rows = export_json.export_plan_json(plan, target)
    streamed = json.loads(target.read_text("utf-8"))
    whole = dump_plan(plan)
    streamed.pop("exported_at"), whole.pop("exported_at")
    assert streamed == whole
    assert rows == sum(len(table["rows"]) for table in whole["tables"]) > 10


def test_the_json_export_peaks_far_below_its_size(plan, tmp_path: Path) -> None:
    _large_plan(plan)
    target = tmp_path / "plan.json"
    written: list[int] = []
    peak = _peak_while(lambda: written.append(export_json.export_plan_json(plan, target)))
    size = target.stat().st_size
    assert size > 18_000_000
    assert peak < size / 4, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    # Written in many pieces, it still reads back whole: every post, once, in order.
    document = json.loads(target.read_text("utf-8"))
    [posts] = [table for table in document["tables"] if table["name"] == "posts"]
    assert [row["text"].split(" ")[0] for row in posts["rows"]] == [str(i) for i in range(6000)]
    assert written == [sum(len(table["rows"]) for table in document["tables"])]


def test_the_ics_export_peaks_far_below_its_size(plan, tmp_path: Path) -> None:
    _large_plan(plan)
    target = tmp_path / "plan.ics"
    result = _peak_while(lambda: ics_export.write_ics(plan, target))
    size = target.stat().st_size
    assert size > 18_000_000
    assert result < size / 4, f"peak {result / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 6000


def test_a_failure_while_writing_leaves_neither_a_file_nor_a_half_one(
    plan, tmp_path: Path, monkeypatch
) -> None:
    fill_sample(plan)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "plan.ics"
    real = ics_export.calendar_chunks

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        chunks = real(*args, **kwargs)
        yield next(chunks)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ics_export, "calendar_chunks", broken)
    with pytest.raises(export_json.ExportWriteError, match="No space left on device"):
        ics_export.write_ics(plan, target)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("writer", ["posts", "calendar"])
def test_the_posts_csvs_peak_far_below_their_size(plan, tmp_path: Path, writer: str) -> None:
    _large_plan(plan)
    target = tmp_path / "posts.csv"
    if writer == "posts":
        peak = _peak_while(lambda: export_csv.write_posts_csv(plan, target))
    else:
        peak = _peak_while(lambda: calendar_export.write_calendar_csv(plan, target))
    size = target.stat().st_size
    assert size > 18_000_000
    assert peak < size / 4, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"


def test_the_imported_posts_csv_streams_and_keeps_every_metric(plan, tmp_path: Path) -> None:
    first = datetime(2025, 1, 1, 9, tzinfo=UTC)
    ingest(
        plan,
        source_label="test",
        source_kind="manual",
        posts=[
            StatPost(
                "instagram",
                "",
                str(i),
                published_at=first + timedelta(hours=i),
                text=f"{i} {LONG_TEXT}",
                metrics={"reach": float(i), **({"saves": 2.5} if i == 5999 else {})},
            )
            for i in range(6000)
        ],
    )
    target = tmp_path / "post-statistics.csv"
    peak = _peak_while(lambda: export_csv.write_post_statistics_csv(plan, target))
    size = target.stat().st_size
    assert peak < size / 4, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
    lines = target.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].split(";")[-2:] == ["reach", "saves"]  # a metric of the last post only
    assert lines[-2].endswith(";5999;2,5")
