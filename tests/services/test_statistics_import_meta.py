"""Meta Business Suite posts exports, stored through the import service (issue #10).

The header sets are those of the real files (tests/fixtures/exports: the English
export of EXPORT_FORMATS.md, the French one of EXPORT_HEADERS_FR.md). Each test
asserts what is stored: network, post ids, instants, days and figures.

- A daily breakdown (one row per post and day) gives each post the sum of its days
  and the days as a series, whether the table is read whole or in parts (a large
  file is read in parts: the sums go from part to part, never the last row).
- Ids that Excel turned into ``1.05382E+15`` are refused by row, with what to do.
- ``Publish time`` is Pacific time whatever the plan's zone: a Philippine page's
  "07/20/2026 02:00" is 09:00 UTC (17:00 in Manila) in any plan.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.importers import export_files
from smplanner.importers.export_files import read_export_file
from smplanner.importers.import_errors import ImportRefusedError
from smplanner.importers.reading_spool import RowSpool
from smplanner.services.statistics_import import FilePreview, import_files, preview
from smplanner.services.statistics_import_times import set_time_zone
from smplanner.storage.plan_file import PlanFile, create_plan

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"

# The names of the real header sets, by what the rows below fill.
NAMES = {
    "en": {
        "id": "Post ID",
        "page_id": "Page ID",
        "page": "Page name",
        "text": "Description",
        "time": "Publish time",
        "link": "Permalink",
        "type": "Post type",
        "date": "Date",
        "views": "Views",
        "reach": "Reach",
        "reactions": "Reactions",
        "comments": "Comments",
        "shares": "Shares",
        "average": "Average Seconds viewed",
    },
    "fr": {
        "id": "Identifiant de la publication",
        "page_id": "ID de la Page",
        "page": "Nom de la page",
        "text": "Description",
        "time": "Heure de publication",
        "link": "Permalien",
        "type": "Type de publication",
        "date": "Date",
        "views": "Vues",
        "reach": "Couverture",
        "reactions": "Réactions",
        "comments": "Commentaires",
        "shares": "Partages",
        "average": "Secondes moyen(ne) regardé(e)",
    },
}
FIXTURE = {"en": "meta_facebook_posts.csv", "fr": "meta_facebook_posts_fr.csv"}
LIFETIME = {"en": "Lifetime", "fr": "Global"}
PAGE = "109876543210987"


def header_of(language: str) -> list[str]:
    """The whole header line of the real export in ``language``."""
    with (EXPORTS / FIXTURE[language]).open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def write_export(path: Path, language: str, rows: list[dict[str, str]]) -> Path:
    header = header_of(language)
    names = NAMES[language]
    assert set(names.values()) <= set(header), "the real header set holds every name used"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    by_name = {names[key]: key for key in names}
    for row in rows:
        writer.writerow([row.get(by_name.get(column, ""), "") for column in header])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))  # Meta writes a BOM
    return path


def post(
    number: int, time: str, day: str, figures: tuple[int, int, int, int, int], **more: str
) -> dict[str, str]:
    views, reach, reactions, comments, shares = figures
    return {
        "id": f"{PAGE}_{number}",
        "page_id": PAGE,
        "page": "Boulangerie Martin",
        "text": f"Publication {number}",
        "time": time,
        "link": f"https://www.facebook.com/{PAGE}/posts/{number}",
        "type": "Photos",
        "date": day,
        "views": str(views),
        "reach": str(reach),
        "reactions": str(reactions),
        "comments": str(comments),
        "shares": str(shares),
        **more,
    }


def stored_posts(plan: PlanFile) -> dict[str, tuple[str, datetime, dict[str, float]]]:
    return {
        external_id: (network, datetime.fromisoformat(at).astimezone(UTC), json.loads(metrics))
        for network, external_id, at, metrics in plan.conn.execute(
            "SELECT network, external_id, published_at, metrics FROM stat_posts"
        )
    }


def stored_days(plan: PlanFile, metric: str) -> dict[date, float]:
    return {
        date.fromisoformat(day): value
        for day, value in plan.conn.execute(
            "SELECT day, value FROM stat_daily WHERE network = 'facebook' AND metric = ?"
            " ORDER BY day",
            (metric,),
        )
    }


FILLERS = 400


def breakdown_rows() -> list[dict[str, str]]:
    """Two posts over three days, the rows by day as Meta sorts them, with other posts
    of one view each in between: a large file is read in parts (past its first 200
    rows), and the days of a post then fall in different parts."""
    first, second = "09/16/2025 05:03", "09/17/2025 17:45"
    fillers = [
        post(9000 + n, "09/17/2025 09:00", "09/17/2025", (1, 1, 0, 0, 0)) for n in range(FILLERS)
    ]
    return [
        post(1111, first, "09/16/2025", (1000, 800, 40, 5, 2), average="4.5"),
        *fillers[: FILLERS // 2],
        post(1111, first, "09/17/2025", (300, 200, 10, 1, 0), average="3.5"),
        post(2222, second, "09/17/2025", (5000, 4100, 210, 30, 12)),
        *fillers[FILLERS // 2 :],
        post(1111, first, "09/18/2025", (100, 90, 3, 0, 1), average="2.0"),
        post(2222, second, "09/18/2025", (2500, 2000, 90, 8, 3)),
    ]


@pytest.mark.parametrize("parts", [10_000, 100, 7], ids=["one-part", "parts-of-100", "parts-of-7"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_daily_breakdown_gives_each_post_the_sum_of_its_days(
    plan, tmp_path, monkeypatch, language: str, parts: int
) -> None:
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    path = write_export(tmp_path / "publications.csv", language, breakdown_rows())
    (item,) = preview([path])
    assert item.reading is not None
    (part,) = item.reading.readings
    assert part.kind == "meta_facebook_posts" and part.languages == (language,)
    assert part.problems == [] and part.rows_read == 5 + FILLERS
    assert isinstance(part.post_rows, RowSpool) == (parts < 10_000)
    assert "A daily breakdown (2025-09-16 to 2025-09-18): each post gets the sum of its days." in (
        part.notes
    )
    import_files(plan, [item])
    posts = stored_posts(plan)
    assert len(posts) == 2 + FILLERS and posts[f"{PAGE}_9000"][2]["views"] == 1
    assert {key: posts[key] for key in (f"{PAGE}_1111", f"{PAGE}_2222")} == {
        f"{PAGE}_1111": (
            "facebook",
            datetime(2025, 9, 16, 12, 3, tzinfo=UTC),  # 05:03 Pacific daylight time
            # the days added up; an average of seconds is no count: not added up
            {"views": 1400, "reach": 1090, "reactions": 53, "comments": 6, "shares": 3},
        ),
        f"{PAGE}_2222": (
            "facebook",
            datetime(2025, 9, 18, 0, 45, tzinfo=UTC),
            {"views": 7500, "reach": 6100, "reactions": 300, "comments": 38, "shares": 15},
        ),
    }
    # The days as the page's series of its posts' figures.
    assert stored_days(plan, "views_of_posts") == {
        date(2025, 9, 16): 1000,
        date(2025, 9, 17): 5300 + FILLERS,
        date(2025, 9, 18): 2600,
    }
    assert stored_days(plan, "reach_of_posts")[date(2025, 9, 18)] == 2090


@pytest.mark.parametrize("language", ["en", "fr"])
def test_lifetime_rows_of_a_large_file_go_to_the_spool_and_store_as_read_whole(
    plan, tmp_path, monkeypatch, language: str
) -> None:
    rows = [
        post(5000 + n, f"10/{1 + n % 28:02d}/2025 {8 + n % 12:02d}:15", LIFETIME[language],
             (100 + n, 80 + n, n % 7, n % 3, n % 2))
        for n in range(250)
    ]  # fmt: skip
    path = write_export(tmp_path / "publications.csv", language, rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", 40)
    reading = read_export_file(path)
    (part,) = reading.readings
    assert isinstance(part.post_rows, RowSpool) and len(part.post_rows) == 250
    import_files(plan, [FilePreview(path, reading)])
    posts = stored_posts(plan)
    assert len(posts) == 250
    network, instant, figures = posts[f"{PAGE}_5007"]
    assert network == "facebook" and instant == datetime(2025, 10, 8, 22, 15, tzinfo=UTC)
    assert figures == {"views": 107, "reach": 87, "reactions": 0, "comments": 1, "shares": 1}
    monkeypatch.setattr(export_files, "ROW_BY_ROW_KINDS", frozenset())
    (whole,) = read_export_file(path).readings
    assert isinstance(whole.post_rows, list) and list(part.post_rows) == whole.post_rows


def test_a_new_zone_for_a_spooled_reading_keeps_it_on_disk(tmp_path, monkeypatch) -> None:
    rows = [post(7000 + n, "07/20/2026 02:00", "Lifetime", (10, 9, 1, 0, 0)) for n in range(1_000)]
    path = write_export(tmp_path / "posts.csv", "en", rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", 7)
    item = FilePreview(path, read_export_file(path))
    set_time_zone(item, "Asia/Manila")
    assert item.reading is not None
    (part,) = item.reading.readings
    assert isinstance(part.post_rows, RowSpool) and len(part.post_rows) == 1_000
    instants = {row[4] and row[4].astimezone(UTC) for row in part.post_rows}
    assert instants == {datetime(2026, 7, 19, 18, 0, tzinfo=UTC)}  # 02:00 in Manila


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("mangled", ["1.05382E+15", "6,49E+17", "1.09877e14"])
def test_an_id_excel_rounded_is_refused_by_row_and_says_what_to_do(
    plan, tmp_path, language: str, mangled: str
) -> None:
    rows = [
        post(1111, "09/16/2025 05:03", LIFETIME[language], (1000, 800, 40, 5, 2)),
        post(2222, "09/17/2025 17:45", LIFETIME[language], (900, 700, 30, 4, 1)),
    ]
    rows[1]["id"] = mangled
    (item,) = preview([write_export(tmp_path / "publications.csv", language, rows)])
    (problem,) = item.problems
    column = NAMES[language]["id"]
    assert f'publications.csv, row 3, column "{column}"' in problem
    assert f"the post id {mangled} was turned into a rounded number by Excel" in problem
    assert "Download the export again" in problem
    with pytest.raises(ImportRefusedError):  # nothing stored unless asked
        import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (0,)
    import_files(plan, preview([item.path]), skip_bad_rows=True)
    assert list(stored_posts(plan)) == [f"{PAGE}_1111"]  # never merged into another post


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "zone", ["Asia/Manila", "Europe/Paris", "America/Los_Angeles", "UTC", "Pacific/Kiritimati"]
)
def test_a_philippine_pages_times_are_pacific_whatever_the_plans_zone(
    tmp_path, language: str, zone: str
) -> None:
    rows = [
        post(1111, "07/20/2026 02:00", LIFETIME[language], (1000, 800, 40, 5, 2)),
        post(2222, "07/20/2026 17:00", LIFETIME[language], (900, 700, 30, 4, 1)),
    ]
    path = write_export(tmp_path / "publications.csv", language, rows)
    plan = create_plan(tmp_path / "Manille.smplan", PlanProperties("Panaderia", timezone=zone))
    try:
        import_files(plan, preview([path]))
        posts = stored_posts(plan)
        assert posts[f"{PAGE}_1111"][1] == datetime(2026, 7, 20, 9, 0, tzinfo=UTC)
        assert posts[f"{PAGE}_2222"][1] == datetime(2026, 7, 21, 0, 0, tzinfo=UTC)
        if zone == "Asia/Manila":  # 17:00 and 08:00 the next day in Manila, as the page saw
            local = [
                text
                for (text,) in plan.conn.execute(
                    "SELECT published_at FROM stat_posts ORDER BY published_at"
                )
            ]
            assert local == ["2026-07-20T17:00:00+08:00", "2026-07-21T08:00:00+08:00"]
    finally:
        plan.close()


@pytest.mark.parametrize("parts", [10_000, 90], ids=["one-part", "parts-of-90"])
def test_a_post_in_the_repeated_hour_is_named_by_its_row_in_a_large_file(
    tmp_path, monkeypatch, parts: int
) -> None:
    """1 November 2026, 01:30 happens twice in Pacific time: the preview names the row
    of each post in that hour, wherever the part it was read in."""
    rows = [
        post(8000 + n, f"10/{1 + n % 28:02d}/2026 {(n * 7) % 24:02d}:10", "Lifetime",
             (10, 9, 1, 0, 0))
        for n in range(1_000)
    ]  # fmt: skip
    rows[749]["time"] = "11/01/2026 01:30"
    rows[900]["time"] = "11/01/2026 01:45"
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([write_export(tmp_path / "posts.csv", "en", rows)])
    (flag,) = item.flag_messages
    assert flag.startswith("2 post(s) were published in the hour that repeats")
    assert "(rows 751, 902)" in flag  # the header is row 1


def stored_breakdown(plan: PlanFile) -> tuple[dict[str, object], dict[date, float]]:
    return stored_posts(plan), stored_days(plan, "views_of_posts")


def import_whole_and_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path, parts: int, *, skip: bool
) -> list[tuple[dict[str, object], dict[date, float]]]:
    """What is stored from ``path`` read whole, then read in parts of ``parts`` rows."""
    results = []
    for size in (100_000, parts):
        monkeypatch.setattr(export_files, "CHUNK_ROWS", size)
        plan = create_plan(tmp_path / f"plan-{size}.smplan", PlanProperties("Boulangerie"))
        try:
            import_files(plan, preview([path]), skip_bad_rows=skip)
            results.append(stored_breakdown(plan))
        finally:
            plan.close()
    return results


@pytest.mark.parametrize("parts", [1, 2, 100], ids=["parts-of-1", "parts-of-2", "parts-of-100"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_posts_day_given_twice_with_the_same_figures_counts_once_across_parts(
    plan, tmp_path, monkeypatch, language: str, parts: int
) -> None:
    """Two downloads put together (or a row repeated by a re-save): the day is one day,
    given twice. Read whole or in parts (parts of 1 row: the repeat is in the next part;
    of 100: parts apart), it counts once, and the preview says which rows were repeats."""
    rows = breakdown_rows()
    repeated_row = rows[2 + FILLERS // 2]  # post 1111 on 09/17, row 204
    rows.insert(3 + FILLERS // 2, dict(repeated_row))  # row 205: the next row, same figures
    rows.append(dict(rows[0]))  # post 1111 on 09/16 again, at the end (row 2 repeated)
    path = write_export(tmp_path / "publications.csv", language, rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    assert item.problems == []
    assert (
        "2 row(s) give a post's day that an earlier row gave with the same figures "
        f"(rows 205, {len(rows) + 1}): each is counted once."
    ) in [str(note) for note in item.note_messages]
    import_files(plan, [item])
    posts = stored_posts(plan)
    assert posts[f"{PAGE}_1111"][2] == {
        "views": 1400, "reach": 1090, "reactions": 53, "comments": 6, "shares": 3,
    }  # fmt: skip
    assert stored_days(plan, "views_of_posts") == {
        date(2025, 9, 16): 1000,
        date(2025, 9, 17): 5300 + FILLERS,
        date(2025, 9, 18): 2600,
    }
    whole, parted = import_whole_and_in_parts(tmp_path, monkeypatch, path, parts, skip=False)
    assert parted == whole == stored_breakdown(plan)


@pytest.mark.parametrize("parts", [1, 100], ids=["parts-of-1", "parts-of-100"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_posts_day_given_twice_with_other_figures_is_a_bad_row_not_a_sum(
    plan, tmp_path, monkeypatch, language: str, parts: int
) -> None:
    """Which of two rows of the same day is right cannot be told: the later one is a bad
    row naming the earlier, nothing is stored unless the user skips it (the earlier row
    is then kept), whole or in parts."""
    rows = breakdown_rows()
    rows.append(post(1111, "09/16/2025 05:03", "09/16/2025", (1200, 900, 41, 5, 2)))
    path = write_export(tmp_path / "publications.csv", language, rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    (problem,) = item.problems
    assert f"publications.csv, row {len(rows) + 1}" in problem
    assert f"row 2 already gives post {PAGE}_1111 on 2025-09-16, with other figures" in problem
    with pytest.raises(ImportRefusedError):
        import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (0,)
    whole, parted = import_whole_and_in_parts(tmp_path, monkeypatch, path, parts, skip=True)
    assert parted == whole
    posts, days = whole
    assert posts[f"{PAGE}_1111"][2]["views"] == 1400  # type: ignore[index]
    assert days[date(2025, 9, 16)] == 1000  # row 2's figures, never the two added up


# Instagram's real header sets (EXPORT_FORMATS.md; the French one of the mixed file).
INSTAGRAM_HEADERS = {
    "en": ["Post ID", "Account ID", "Account username", "Account name", "Description",
           "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
           "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"],
    "fr": ["Identifiant de la publication", "ID du compte", "Nom de profil du compte",
           "Nom du compte", "Description", "Durée (s)", "Heure de publication", "Permalien",
           "Type de publication", "Commentaire des données", "Date", "Vues", "Couverture",
           "Mentions J’aime", "Partages", "Followers en plus", "Commentaires",
           "Enregistrements"],
}  # fmt: skip


def instagram_row(language: str, number: int, time: str, views: int, likes: int) -> list[str]:
    return [
        f"1790000000000{number:04d}", "17841400000000000", "boulangerie.martin",
        "Boulangerie Martin", f"Publication {number}", "", time,
        f"https://www.instagram.com/p/P{number}/", "IG image", "", LIFETIME[language],
        str(views), str(views - 100), str(likes), "2", "1", "3", "4",
    ]  # fmt: skip


def lifetime_export(
    tmp_path: Path, network: str, language: str, repeat: tuple[int, int] | None
) -> Path:
    """Three posts' lifetime rows (rows 2 to 4), then post 1111 again (row 5) with the
    same figures (``repeat`` None) or with these (views, likes)."""
    if network == "facebook":
        views, likes = repeat or (1000, 40)
        rows = [
            post(1111, "09/16/2025 05:03", LIFETIME[language], (1000, 800, 40, 5, 2)),
            post(2222, "09/17/2025 17:45", LIFETIME[language], (5000, 4100, 210, 30, 12)),
            post(3333, "09/18/2025 08:00", LIFETIME[language], (300, 250, 9, 1, 0)),
            post(1111, "09/16/2025 05:03", LIFETIME[language], (views, 800, likes, 5, 2)),
        ]
        return write_export(tmp_path / "publications.csv", language, rows)
    views, likes = repeat or (1000, 40)
    table = [
        INSTAGRAM_HEADERS[language],
        instagram_row(language, 1111, "09/16/2025 05:03", 1000, 40),
        instagram_row(language, 2222, "09/17/2025 17:45", 5000, 210),
        instagram_row(language, 3333, "09/18/2025 08:00", 300, 9),
        instagram_row(language, 1111, "09/16/2025 05:03", views, likes),
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(table)
    path = tmp_path / "publications_instagram.csv"
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return path


def first_post_id(network: str) -> str:
    return f"{PAGE}_1111" if network == "facebook" else "17900000000001111"


def stored_lifetime(plan: PlanFile, network: str) -> dict[str, dict[str, float]]:
    likes = "reactions" if network == "facebook" else "likes"
    return {
        external_id: {"views": metrics["views"], likes: metrics[likes]}
        for external_id, (stored_network, _at, metrics) in stored_posts(plan).items()
        if stored_network == network
    }


def import_lifetime_whole_and_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path, network: str, *, skip: bool
) -> list[dict[str, dict[str, float]]]:
    results = []
    for index, size in enumerate((100_000, 1)):
        monkeypatch.setattr(export_files, "CHUNK_ROWS", size)
        plan = create_plan(tmp_path / f"lifetime-{index}.smplan", PlanProperties("Boulangerie"))
        try:
            import_files(plan, preview([path]), skip_bad_rows=skip)
            results.append(stored_lifetime(plan, network))
        finally:
            plan.close()
    return results


@pytest.mark.parametrize("parts", [100_000, 1], ids=["whole", "parts-of-1"])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("network", ["facebook", "instagram"])
def test_a_post_given_twice_in_a_lifetime_export_with_the_same_figures_counts_once(
    plan, tmp_path, monkeypatch, network: str, language: str, parts: int
) -> None:
    """Two downloads put together (or a row repeated by a re-save) give a post's lifetime
    row twice: it is one post, read once (the preview counts three posts and names the
    repeated row), whole or in parts (the repeat in another part)."""
    path = lifetime_export(tmp_path, network, language, None)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    assert item.problems == []
    assert item.reading is not None and item.reading.readings[0].records == 3
    assert (
        "1 row(s) give a post that an earlier row gave with the same figures (rows 5): "
        "each is counted once."
    ) in [str(note) for note in item.note_messages]
    import_files(plan, [item])
    likes = "reactions" if network == "facebook" else "likes"
    stored = stored_lifetime(plan, network)
    assert len(stored) == 3
    assert stored[first_post_id(network)] == {"views": 1000, likes: 40}
    whole, parted = import_lifetime_whole_and_in_parts(
        tmp_path, monkeypatch, path, network, skip=False
    )
    assert parted == whole == stored


@pytest.mark.parametrize("parts", [100_000, 1], ids=["whole", "parts-of-1"])
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("network", ["facebook", "instagram"])
def test_a_post_given_twice_in_a_lifetime_export_with_other_figures_is_a_bad_row(
    plan, tmp_path, monkeypatch, network: str, language: str, parts: int
) -> None:
    """Until now the later row silently won (the upsert patched the first's figures):
    which of the two is right cannot be told, so the later row is a bad row naming the
    earlier; nothing is stored unless it is skipped, which keeps the earlier row's."""
    path = lifetime_export(tmp_path, network, language, (1300, 52))
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    (problem,) = item.problems
    assert f"{path.name}, row 5" in problem
    assert f"row 2 already gives post {first_post_id(network)}, with other figures" in problem
    with pytest.raises(ImportRefusedError):
        import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (0,)
    whole, parted = import_lifetime_whole_and_in_parts(
        tmp_path, monkeypatch, path, network, skip=True
    )
    assert parted == whole
    likes = "reactions" if network == "facebook" else "likes"
    assert whole[first_post_id(network)] == {"views": 1000, likes: 40}  # row 2's, not row 5's
    assert len(whole) == 3
