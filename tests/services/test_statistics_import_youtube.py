"""YouTube Studio exports (and Meta's daily series) stored through the import service.

The French names are those of EXPORT_HEADERS_FR.md (three or more scripts agree;
where they conflict, both are accepted); the English ones EXPORT_FORMATS.md's. A
``Total``/``Totaux`` row is never a video or a day; breakdowns are refused by name.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_import_network import choose_network


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return path


def stored_videos(plan):  # type: ignore[no-untyped-def]
    return {
        external_id: (network, published, json.loads(metrics))
        for network, external_id, published, metrics in plan.conn.execute(
            "SELECT network, external_id, published_at, metrics FROM stat_posts"
        )
    }


def stored_days(plan, network="youtube"):  # type: ignore[no-untyped-def]
    days: dict[str, dict[date, float]] = {}
    for day, metric, value in plan.conn.execute(
        "SELECT day, metric, value FROM stat_daily WHERE network = ? ORDER BY day", (network,)
    ):
        days.setdefault(metric, {})[date.fromisoformat(day)] = value
    return days


FRENCH_TABLE = [
    "Contenu", "Titre de la vidéo", "Heure de publication de la vidéo", "Durée", "Vues",
    "Durée de visionnage (heures)", "Abonnés", "Impressions",
    "Taux de clics par impression (%)", "Spectateurs uniques", "Vues intentionnelles",
    "Partages", "Commentaires ajoutés", "J'aime", "Nouveaux abonnés",
    "Durée moyenne de visionnage", "Pourcentage moyen regardé (%)",
]  # fmt: skip


def test_french_table_data_is_stored_like_the_english_one_without_its_total_row(plan, tmp_path):
    rows = [
        FRENCH_TABLE,
        ["Total", "", "", "", "5400", "210.5", "35", "60000", "4.1", "3900", "4100",
         "40", "22", "310", "41", "0:02:20", "38.5"],
        ["dQw4w9WgXcQ", "Recette du pain de campagne", "3 oct. 2026", "612", "4000",
         "180.25", "30", "45000", "4.5", "2900", "3100", "31", "17", "250", "33", "0:02:42",
         "41.2"],
        ["a1B2c3D4e5F", "Visite du fournil", "Sep 20, 2026", "185", "1400", "30.25", "-2",
         "15000", "3.2", "1000", "1000", "9", "5", "60", "8", "0:01:18", "30"],
    ]  # fmt: skip
    path = write_csv(tmp_path / "Informations relatives aux tableaux.csv", rows)
    previews = preview([path])
    (part,) = previews[0].reading.readings  # type: ignore[union-attr]
    assert (part.kind, part.languages, part.problems) == ("youtube_table_data", ("fr",), [])
    import_files(plan, previews)
    videos = stored_videos(plan)
    assert sorted(videos) == ["a1B2c3D4e5F", "dQw4w9WgXcQ"]  # no video called "Total"
    network, published, figures = videos["dQw4w9WgXcQ"]
    assert network == "youtube" and published.startswith("2026-10-03")
    assert figures == {
        "views": 4000,
        "unique_viewers": 2900,  # viewers are not views
        "engaged_views": 3100,
        "watch_time_seconds": pytest.approx(180.25 * 3600),
        "followers_change": 30,
        "new_followers": 33,
        "impressions": 45000,
        "impressions_ctr_percent": 4.5,
        "shares": 31,
        "comments": 17,
        "likes": 250,
        "duration_seconds": 612,
        "average_watch_seconds": 162,
        "average_percentage_viewed": 41.2,
    }
    assert videos["a1B2c3D4e5F"][2]["followers_change"] == -2  # subscribers can go down


def test_english_table_data_with_content_not_first_and_an_unlisted_video(plan, tmp_path):
    rows = [
        ["Video title", "Content", "Video publish time", "Views", "Thumbnail impressions",
         "Thumbnail click-through rate (%)", "Average view duration"],
        ["", "Total", "", "900", "12000", "3.1", "0:01:40"],
        ["Le levain", "x9Y8z7W6v5U", "", "900", "12000", "3.1", "0:01:40"],
    ]  # fmt: skip
    previews = preview([write_csv(tmp_path / "Table data.csv", rows)])
    import_files(plan, previews)
    videos = stored_videos(plan)
    assert list(videos) == ["x9Y8z7W6v5U"]
    _network, published, figures = videos["x9Y8z7W6v5U"]
    assert published is None  # unlisted: no publish time, not a made-up one
    assert figures["impressions"] == 12000 and figures["impressions_ctr_percent"] == 3.1


def test_totaux_with_re_saved_day_first_dates_and_totals_with_engaged_views(plan, tmp_path):
    french = [["Date", "Vues"], ["Total", "4300"], ["12-06-2025", "1800"], ["13-06-2025", "2500"]]
    english = [["Date", "Engaged views"], ["2025-06-12", "1200"], ["2025-06-13", "1700"],
               ["Total", "2900"]]  # fmt: skip
    previews = preview(
        [write_csv(tmp_path / "Totaux.csv", french), write_csv(tmp_path / "Totals.csv", english)]
    )
    assert [p.reading.kinds for p in previews] == [["youtube_chart_data"]] * 2  # type: ignore[union-attr]
    assert all(p.problems == [] for p in previews)
    import_files(plan, previews)
    assert stored_days(plan) == {
        "views": {date(2025, 6, 12): 1800, date(2025, 6, 13): 2500},
        "engaged_views": {date(2025, 6, 12): 1200, date(2025, 6, 13): 1700},
    }


def test_french_chart_data_sums_the_videos_of_each_day(plan, tmp_path):
    rows = [
        ["Date", "Contenu", "Titre de la vidéo", "Vues", "Spectateurs uniques"],
        ["Total", "", "", "1750", "1500"],
        ["2026-10-03", "dQw4w9WgXcQ", "Recette", "1000", "800"],
        ["2026-10-03", "a1B2c3D4e5F", "Fournil", "50", "40"],
        ["2026-10-04", "dQw4w9WgXcQ", "Recette", "700", "660"],
    ]
    import_files(plan, preview([write_csv(tmp_path / "Données du graphique.csv", rows)]))
    assert stored_days(plan) == {
        "views": {date(2026, 10, 3): 1050, date(2026, 10, 4): 700},
        "unique_viewers": {date(2026, 10, 3): 840, date(2026, 10, 4): 660},
    }


@pytest.mark.parametrize(
    ("dimension", "columns"),
    [
        ("Traffic source", ["Views", "Watch time (hours)", "Average view duration"]),
        ("Source de trafic", ["Vues", "Durée de visionnage (heures)"]),
        ("Viewer age", ["Views (%)", "Average view duration", "Watch time (hours) (%)"]),
        ("Zone géographique", ["Vues", "Abonnés"]),
    ],
)
def test_a_breakdown_is_refused_by_name_and_nothing_is_stored(plan, tmp_path, dimension, columns):
    rows = [[dimension, *columns], ["Total", *["100"] * len(columns)]]
    rows += [["YouTube search", *["60"] * len(columns)], ["Externe", *["40"] * len(columns)]]
    (item,) = preview([write_csv(tmp_path / "Table data.csv", rows)])
    assert not item.importable
    assert f'YouTube Studio breakdown by "{dimension}"' in item.problems[0]
    assert 'export the "Content" view' in item.problems[0]
    import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_daily").fetchone() == (0,)


def meta_series(path: Path, title: str, rows: list[tuple[str, str]]) -> Path:
    lines = ["sep=,", title, '"Date","Primary"', *(f'"{day}","{value}"' for day, value in rows)]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    return path


def test_meta_viewers_and_views_are_different_metrics_in_english_and_french(plan, tmp_path):
    files = [
        meta_series(tmp_path / "viewers.csv", "Viewers", [("2025-08-01T00:00:00", "310")]),
        meta_series(tmp_path / "views.csv", "Views", [("2025-08-01T00:00:00", "950")]),
        meta_series(tmp_path / "vues.csv", "Vues", [("2025-08-02T00:00:00", "990")]),
        meta_series(tmp_path / "suivis.csv", "Followers en plus", [("2025-08-02T00:00:00", "4")]),
    ]
    previews = preview(files)
    for item in previews:  # titles of either network: said (statistics_import_network)
        choose_network(item, "facebook")
    import_files(plan, previews)
    assert stored_days(plan, "facebook") == {
        "viewers": {date(2025, 8, 1): 310},
        "views": {date(2025, 8, 1): 950, date(2025, 8, 2): 990},
        "new_followers": {date(2025, 8, 2): 4},
    }


def test_the_other_french_names_where_the_sources_conflict_store_the_same_metrics(plan, tmp_path):
    """EXPORT_HEADERS_FR.md: "Abonnés gagnés" or "Nouveaux abonnés", "Durée moyenne d'une
    vue" or "… de visionnage", "Pourcentage moyen de vidéo regardé (%)" or "Pourcentage
    moyen regardé (%)": both names of each pair are read (the test above the second)."""
    rows = [
        ["Contenu", "Titre de la vidéo", "Heure de publication de la vidéo", "Vues",
         "Abonnés gagnés", "Durée moyenne d'une vue", "Pourcentage moyen de vidéo regardé (%)"],
        ["Total", "", "", "4000", "33", "0:02:42", "41.2"],
        ["dQw4w9WgXcQ", "Recette du pain de campagne", "3 oct. 2026", "4000", "33", "0:02:42",
         "41.2"],
    ]  # fmt: skip
    previews = preview([write_csv(tmp_path / "Informations relatives aux tableaux.csv", rows)])
    reading = previews[0].reading
    assert reading is not None and reading.kinds == ["youtube_table_data"]
    assert previews[0].problems == []
    import_files(plan, previews)
    network, published, figures = stored_videos(plan)["dQw4w9WgXcQ"]
    assert network == "youtube" and published.startswith("2026-10-03")
    assert figures == {
        "views": 4000,
        "new_followers": 33,
        "average_watch_seconds": 162,
        "average_percentage_viewed": 41.2,
    }


def test_a_french_meta_series_whose_value_column_is_not_confirmed_is_named(
    plan, tmp_path, french_ui
):
    """EXPORT_HEADERS_FR.md: whether the column line stays "Date","Primary" in French is
    unconfirmed: another name is said, with the series' title, not guessed."""
    from smplanner.importers.export_files import read_export_bytes
    from smplanner.importers.import_errors import ImportFileError
    from smplanner.ui.core_messages import error_text

    lines = ["sep=,", "Followers en plus", '"Date","Principal"', '"2025-08-02T00:00:00","4"']
    path = tmp_path / "suivis.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    (item,) = preview([path])
    assert not item.importable
    (problem,) = item.problems
    assert 'daily series ("Followers en plus") whose value column "Principal"' in problem
    assert "not an export smplanner knows" not in problem
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes(path.name, path.read_bytes())
    french = error_text(raised.value)
    assert "série quotidienne" in french and "« Principal »" in french
    assert "daily series" not in french
    import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_daily").fetchone() == (0,)


@pytest.mark.parametrize("parts", [100_000, 50], ids=["one-part", "parts-of-50"])
def test_a_large_chart_data_sums_each_day_over_its_videos_whole_or_in_parts(
    plan, tmp_path, monkeypatch, parts
):
    """30 videos × 20 days, re-saved with dashed day-first dates: each day's views are
    the sum of its videos', whatever part of the file each row was read in."""
    from smplanner.importers import export_files

    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    rows = [["Date", "Contenu", "Titre de la vidéo", "Vues", "Durée de visionnage (heures)"]]
    rows += [["Total", "", "", "999999", "9999"]]
    for day in range(1, 21):
        for video in range(30):
            rows.append(
                [f"{day:02d}-06-2025", f"vid{video:08d}", f"Vidéo {video}", str(day + video), "0.5"]
            )
    (item,) = preview([write_csv(tmp_path / "Chart data.csv", rows)])
    assert item.problems == []
    import_files(plan, [item])
    days = stored_days(plan)
    assert days["views"] == {
        date(2025, 6, day): sum(day + video for video in range(30)) for day in range(1, 21)
    }
    assert days["watch_time_seconds"][date(2025, 6, 13)] == pytest.approx(30 * 0.5 * 3600)


CHART_HEADERS = {
    "en": ["Date", "Content", "Video title", "Views", "Watch time (hours)"],
    "fr": ["Date", "Contenu", "Titre de la vidéo", "Vues", "Durée de visionnage (heures)"],
}


def chart_rows(language: str, *repeats: list[str]) -> list[list[str]]:
    """Two videos over two days (rows 3 to 6 under the header and the Total row),
    then ``repeats`` (rows 7, 8…)."""
    return [
        CHART_HEADERS[language],
        ["Total", "", "", "1850", "10"],
        ["2026-10-03", "dQw4w9WgXcQ", "Recette", "1000", "2"],
        ["2026-10-03", "a1B2c3D4e5F", "Fournil", "50", "0.5"],
        ["2026-10-04", "dQw4w9WgXcQ", "Recette", "700", "1.5"],
        ["2026-10-04", "a1B2c3D4e5F", "Fournil", "100", "1"],
        *repeats,
    ]


def stored_chart(plan):  # type: ignore[no-untyped-def]
    days = stored_days(plan)
    return days["views"], {day: round(v / 3600, 3) for day, v in days["watch_time_seconds"].items()}


def import_chart(tmp_path, monkeypatch, path, parts, *, skip):  # type: ignore[no-untyped-def]
    """What is stored from ``path`` read whole, then in parts of ``parts`` rows."""
    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.importers import export_files
    from smplanner.storage.plan_file import create_plan

    stored = []
    for index, size in enumerate((100_000, parts)):
        monkeypatch.setattr(export_files, "CHUNK_ROWS", size)
        other = create_plan(tmp_path / f"plan-{index}.smplan", PlanProperties("Boulangerie"))
        try:
            import_files(other, preview([path]), skip_bad_rows=skip)
            stored.append(stored_chart(other))
        finally:
            other.close()
    return stored


@pytest.mark.parametrize("parts", [100_000, 1, 2], ids=["whole", "parts-of-1", "parts-of-2"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_videos_day_given_twice_with_the_same_figures_counts_once(
    plan, tmp_path, monkeypatch, language, parts
):
    """A chart data file made of two downloads (or re-saved with a row repeated) gives a
    video's day twice: it is one day, counted once, whether the repeat is the next row,
    in the same part or in another part; the preview names the repeated rows."""
    from smplanner.importers import export_files

    rows = chart_rows(language, ["2026-10-03", "dQw4w9WgXcQ", "Recette", "1000", "2"])
    rows.insert(4, list(rows[3]))  # row 5: row 4 again, the next row
    path = write_csv(tmp_path / "Chart data.csv", rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    assert item.problems == []
    assert (
        "2 row(s) give a video's day that an earlier row gave with the same figures "
        "(rows 5, 8): each is counted once."
    ) in [str(note) for note in item.note_messages]
    import_files(plan, [item])
    views, hours = stored_chart(plan)
    assert views == {date(2026, 10, 3): 1050, date(2026, 10, 4): 800}
    assert hours == {date(2026, 10, 3): 2.5, date(2026, 10, 4): 2.5}
    whole, parted = import_chart(tmp_path, monkeypatch, path, parts, skip=False)
    assert parted == whole == (views, hours)


@pytest.mark.parametrize("parts", [100_000, 1], ids=["whole", "parts-of-1"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_videos_day_given_twice_with_other_figures_is_a_bad_row_not_a_sum(
    plan, tmp_path, monkeypatch, language, parts
):
    """Which of two rows of a video's day is right cannot be told: the later one is a
    bad row naming the earlier; nothing is stored unless it is skipped, and skipping
    keeps the earlier row's figures, whole or in parts."""
    from smplanner.importers import export_files
    from smplanner.importers.import_errors import ImportRefusedError

    rows = chart_rows(language, ["2026-10-04", "a1B2c3D4e5F", "Fournil", "120", "1"])
    path = write_csv(tmp_path / "Chart data.csv", rows)
    monkeypatch.setattr(export_files, "CHUNK_ROWS", parts)
    (item,) = preview([path])
    (problem,) = item.problems
    assert "Chart data.csv, row 7" in problem
    assert "row 6 already gives video a1B2c3D4e5F on 2026-10-04, with other figures" in problem
    with pytest.raises(ImportRefusedError):
        import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_daily").fetchone() == (0,)
    whole, parted = import_chart(tmp_path, monkeypatch, path, parts, skip=True)
    assert parted == whole
    views, hours = whole
    assert views == {date(2026, 10, 3): 1050, date(2026, 10, 4): 800}  # row 6's 100, not 220
    assert hours[date(2026, 10, 4)] == 2.5
