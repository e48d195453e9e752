"""Every importer that keys its rows (a post or video id, a day, a day's hour, a
LinkedIn post's organic / campaign / Total row) reads a row that gives again what an
earlier row gave (two downloads put together, a re-save) by the rule of Meta's
breakdowns (issue #10): with the same figures it is read once and the preview names
the row; with other figures it is a bad row naming the earlier one, nothing is stored
unless it is skipped, and skipping keeps the earlier row's figures. Until now the
store's upserts kept the later row silently (a LinkedIn campaign row was added twice).

Each case is a real layout (header sets of EXPORT_FORMATS.md and the fixtures), with
its first keyed row given again at the end."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from smplanner.importers.import_errors import ImportRefusedError
from smplanner.services.statistics_import import import_files, preview
from smplanner.storage.plan_file import PlanFile

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


@dataclass(frozen=True)
class Case:
    file_name: str
    lines: list[str]  # the header line(s), then the data rows
    first: int  # the index in ``lines`` of the row given again
    old: str  # in that row, what the repeat with other figures changes...
    new: str  # ...into this
    what: str  # the note's words for it
    named: str  # the bad row's words for the earlier row
    stored: str  # SQL of the stored figure of that row
    value: float
    encoding: str = "utf-8-sig"


def fixture_lines(name: str, count: int) -> list[str]:
    return (EXPORTS / name).read_text(encoding="utf-8-sig").splitlines()[:count]


def post_figure(network: str, external_id: str, metric: str) -> str:
    return (
        f"SELECT json_extract(metrics, '$.{metric}') FROM stat_posts"
        f" WHERE network = '{network}' AND external_id = '{external_id}'"
    )


def day_figure(network: str, day: str, metric: str) -> str:
    return (
        f"SELECT value FROM stat_daily WHERE network = '{network}' AND day = '{day}'"
        f" AND metric = '{metric}'"
    )


X_POST = "2099177577641009728"
LINKEDIN_POST = "7241234567890123456"
LINKEDIN_HEADER = (
    "Post title,Post link,Post type,Campaign name,Posted by,Created date,Campaign start "
    "date,Campaign end date,Audience,Impressions,Views,Offsite Views,Clicks,Click through "
    "rate (CTR),Likes,Comments,Reposts,Follows,Engagement rate,Content Type"
)
LINKEDIN_LINK = f"https://www.linkedin.com/feed/update/urn:li:activity:{LINKEDIN_POST}"
TIKTOK_VIDEO = "7439876543210987654"
CASES = {
    "x-content": Case(
        "account_analytics_content_2026-09-01_2026-09-30.csv",
        fixture_lines("account_analytics_content_2026-09-01_2026-09-30.csv", 3),
        1, ',"1,540",22,', ',"1,600",22,', "a post", f"post {X_POST}",
        post_figure("x", X_POST, "impressions"), 1540,
    ),
    "x-overview": Case(
        "account_overview_analytics.csv",
        fixture_lines("account_overview_analytics.csv", 3),
        1, "2026\",2100,", "2026\",2200,", "a day", "the day 2026-09-13",
        day_figure("x", "2026-09-13", "impressions"), 2100,
    ),
    "linkedin-followers": Case(
        "followers.csv",
        ["Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers",
         "09/13/2026,0,3,0,3", "09/14/2026,1,2,0,3"],
        1, ",0,3,0,3", ",0,5,0,5", "a day", "the day 2026-09-13",
        day_figure("linkedin", "2026-09-13", "new_followers"), 3,
    ),
    "linkedin-all-posts": Case(
        "content.csv",
        [LINKEDIN_HEADER,
         f"Pain,{LINKEDIN_LINK},Organic,,Marie,09/13/2026,,,All,1200,,,30,0.025,40,3,2,1,0.06,Image",
         f"Pain,{LINKEDIN_LINK},Sponsored,Fournée,Marie,09/13/2026,,,All,800,,,9,0.01,5,0,0,0,0.02,Image"],
        2, ",800,,,9,", ",900,,,9,", "a post", f"post {LINKEDIN_POST}, campaign Fournée",
        post_figure("linkedin", LINKEDIN_POST, "impressions_sponsored"), 800,
    ),
    "tiktok-content": Case(
        "Content.csv",
        ['"Time","Video title","Video link","Post time","Total likes","Total comments",'
         '"Total shares","Total views"',
         f'"2026-11-20","Croissants","https://www.tiktok.com/@boulangerie/video/{TIKTOK_VIDEO}",'
         '"November 20","120","4","3","2500"'],
        1, '"2500"', '"2600"', "a video", f"video {TIKTOK_VIDEO}",
        post_figure("tiktok", TIKTOK_VIDEO, "views"), 2500,
    ),
    "tiktok-overview": Case(
        "Overview.csv",
        ['"Date","Video Views","Profile Views","Likes","Comments","Shares"',
         '"2026-11-24","300","12","40","3","2"', '"2026-11-25","320","10","41","2","1"'],
        1, '"300"', '"310"', "a day", "the day 2026-11-24",
        day_figure("tiktok", "2026-11-24", "views"), 300,
    ),
    "meta-daily-series": Case(
        "facebook_follows.csv",
        ["sep=,", '"Facebook follows"', '"Date","Primary"', '"2025-08-01T00:00:00","3"',
         '"2025-08-02T00:00:00","4"'],
        3, '"3"', '"5"', "a day", "the day 2025-08-01",
        day_figure("facebook", "2025-08-01", "new_followers"), 3, encoding="utf-16",
    ),
    "youtube-table-data": Case(
        "Table data.csv",
        fixture_lines("youtube_table_data.csv", 4),
        2, ",4000,180.25,", ",4100,180.25,", "a video", "video dQw4w9WgXcQ",
        post_figure("youtube", "dQw4w9WgXcQ", "views"), 4000,
    ),
    "x-video-overview": Case(
        "video_overview_analytics.csv",
        fixture_lines("video_overview_analytics.csv", 2),
        1, "2026\",300,", "2026\",320,", "a day", "the day 2026-09-13",
        day_figure("x", "2026-09-13", "video_views"), 300,
    ),
    "x-legacy-tweets": Case(
        "tweet_activity_metrics_boulangermartin_20150901_20151001_en.csv",
        fixture_lines("tweet_activity_metrics_boulangermartin_20150901_20151001_en.csv", 2),
        1, "+0000,1407,", "+0000,1500,", "a post", "post 649338212839948288",
        post_figure("x", "649338212839948288", "impressions"), 1407,
    ),
    "facebook-legacy-posts": Case(
        "facebook_insights_legacy_posts.csv",
        fixture_lines("facebook_insights_legacy_posts.csv", 3),
        2, "AM,,1520,", "AM,,1600,", "a post", "post 111_222",
        post_figure("facebook", "111_222", "reach"), 1520,
    ),
    "linkedin-metrics": Case(
        "metrics.csv",
        ["Date,Impressions (organic),Impressions (sponsored),Impressions (total),"
         "Clicks (organic),Clicks (sponsored),Clicks (total)",
         "09/13/2026,500,100,600,20,5,25", "09/14/2026,400,0,400,10,0,10"],
        1, ",600,20,", ",650,20,", "a day", "the day 2026-09-13",
        day_figure("linkedin", "2026-09-13", "impressions"), 600,
    ),
    "tiktok-follower-activity": Case(
        "FollowerActivity.csv",
        ['"Date","Hour","Active followers"', '"2026-09-04","0","10"', '"2026-09-04","1","13"'],
        2, '"13"', '"15"', "an hour of a day", "2026-09-04, hour 1",
        "SELECT active FROM stat_hourly WHERE network = 'tiktok' AND day = '2026-09-04'"
        " AND hour = 1", 13,
    ),
}  # fmt: skip


def write(tmp_path: Path, case: Case, *, other: bool) -> tuple[Path, int]:
    """The case's file with its keyed row again at the end (with other figures if
    ``other``); the repeat's spreadsheet row."""
    repeat = case.lines[case.first]
    assert case.old in repeat
    lines = [*case.lines, repeat.replace(case.old, case.new) if other else repeat]
    path = tmp_path / case.file_name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(case.encoding))
    return path, len(lines)  # the file's line ("sep=," counts as Meta's row 1)


def stored(plan: PlanFile, case: Case) -> float | None:
    found = plan.conn.execute(case.stored).fetchone()
    return None if found is None else found[0]


def counts(plan: PlanFile) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        plan.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("stat_posts", "stat_daily", "stat_hourly")
    )


@pytest.mark.parametrize("name", list(CASES))
def test_a_row_given_twice_with_the_same_figures_is_read_once(plan, tmp_path, name) -> None:
    case = CASES[name]
    path, _row = write(tmp_path, case, other=False)
    (item,) = preview([path])
    assert item.problems == []
    notes = [str(note) for note in item.note_messages]
    assert any(
        note.startswith(f"1 row(s) give {case.what} that an earlier row gave with the same")
        for note in notes
    ), notes
    import_files(plan, [item])
    assert stored(plan, case) == case.value
    once = counts(plan)
    # The same file without the repeat stores as much: the repeat added nothing.
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / case.file_name).write_bytes(("\r\n".join(case.lines) + "\r\n").encode(case.encoding))
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    other = create_plan(tmp_path / "alone.smplan", PlanProperties("Boulangerie"))
    try:
        import_files(other, preview([alone / case.file_name]))
        assert counts(other) == once
        assert json.dumps(stored(other, case)) == json.dumps(stored(plan, case))
    finally:
        other.close()


@pytest.mark.parametrize("name", list(CASES))
def test_a_row_given_twice_with_other_figures_is_a_bad_row_until_skipped(
    plan, tmp_path, name
) -> None:
    case = CASES[name]
    path, row = write(tmp_path, case, other=True)
    (item,) = preview([path])
    (problem,) = item.problems
    assert f"already gives {case.named}, with other figures" in problem, problem
    assert f"row {row}" in problem
    with pytest.raises(ImportRefusedError):
        import_files(plan, [item])
    assert counts(plan) == (0, 0, 0)
    import_files(plan, [item], skip_bad_rows=True)
    assert stored(plan, case) == case.value  # the earlier row's, never the later's
