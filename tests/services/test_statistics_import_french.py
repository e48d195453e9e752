"""Exports from a French interface, stored through the import service into a real plan.

The fixtures use the French header sets of EXPORT_HEADERS_FR.md (real files): curly
apostrophes, a space before a colon, ``Global`` in Date, French post types, and an
Instagram file whose interface changed language mid-period (French and English
columns, each row filling one of the pair).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smplanner.importers.export_files import read_export_bytes
from smplanner.importers.import_errors import ImportFileError
from smplanner.services.statistics_import import import_files, preview

EXPORTS = Path(__file__).parents[1] / "fixtures" / "exports"


def stored_posts(plan):  # type: ignore[no-untyped-def]
    rows = plan.conn.execute(
        "SELECT network, account, external_id, published_at, post_type, metrics"
        " FROM stat_posts ORDER BY published_at"
    ).fetchall()
    return [
        (
            network,
            account,
            external_id,
            datetime.fromisoformat(published).astimezone(UTC),
            kind,
            json.loads(metrics),
        )
        for network, account, external_id, published, kind, metrics in rows
    ]


def test_french_facebook_posts_export_is_stored_like_the_english_one(plan):
    previews = preview([EXPORTS / "meta_facebook_posts_fr.csv"])
    part = previews[0].reading.readings[0]  # type: ignore[union-attr]
    assert part.kind == "meta_facebook_posts" and part.languages == ("fr",)
    assert part.problems == []
    import_files(plan, previews)
    posts = stored_posts(plan)
    assert [p[0] for p in posts] == ["facebook"] * 3
    photo, reel, link = posts
    assert photo[2] == "109876543210987_1122334455667788" and photo[1] == "Boulangerie Martin"
    # 09/16/2025 05:03 month first, Pacific daylight time (UTC-7).
    assert photo[3] == datetime(2025, 9, 16, 12, 3, tzinfo=UTC)
    assert photo[5] == {
        "views": 3120.0,
        "reach": 2210.0,
        "interactions": 134.0,
        "reactions": 101.0,
        "comments": 21.0,
        "shares": 12.0,
        "clicks": 187.0,
        "other_clicks": 52.0,
        "hide_all": 1.0,  # "utilisateur(ice)s : Masquer tout", space before the colon
        "views_organic": 2950.0,
        "reach_organic": 2080.0,
    }
    # "Vidéos" with a /reel/ link is a Reel; French post types read as the English ones.
    assert (photo[4], reel[4], link[4]) == ("Photos", "Reels", "Links")
    assert reel[5]["watch_time_seconds"] == 61200 and reel[5]["average_watch_seconds"] == 4.2
    assert reel[3] == datetime(2025, 9, 21, 0, 45, tzinfo=UTC)
    assert "views" not in link[5] and link[5]["link_clicks"] == 52  # blank: no value


def test_instagram_file_mixing_french_and_english_columns_reads_each_row_from_the_filled_one(plan):
    previews = preview([EXPORTS / "meta_instagram_posts_mixed_fr_en.csv"])
    part = previews[0].reading.readings[0]  # type: ignore[union-attr]
    assert part.languages == ("fr", "en") and part.problems == []
    import_files(plan, previews)
    posts = stored_posts(plan)
    assert [(p[0], p[1], p[2], p[4]) for p in posts] == [
        ("instagram", "boulangerie.martin", "18045678901234567", "IG image"),  # English row
        ("instagram", "boulangerie.martin", "18056789012345678", "IG reel"),  # French row
        ("instagram", "boulangerie.martin", "18067890123456789", "IG carousel"),
    ]
    assert posts[0][3] == datetime(2025, 9, 2, 14, 15, tzinfo=UTC)
    assert posts[1][5] == {
        "views": 9650.0,
        "reach": 7410.0,
        "likes": 512.0,  # "Mentions J’aime", curly apostrophe
        "shares": 88.0,
        "new_followers": 21.0,
        "comments": 37.0,
        "saves": 140.0,
        "duration_seconds": 31.0,
    }
    links = plan.conn.execute("SELECT link FROM stat_posts ORDER BY published_at").fetchall()
    assert links[0][0] == "https://www.instagram.com/p/DA1bcDEfgHi/"  # from Permalink
    assert links[1][0] == "https://www.instagram.com/reel/DB2cdEFghIj/"  # from Permalien


@pytest.mark.parametrize(
    ("header", "row", "network", "language"),
    [
        (
            "Publicerings-id,Sid-id,Sidnamn,Publiceringstid,Permalänk,Räckvidd",
            "123_456,123,Bageri,09/16/2025 05:03,https://www.facebook.com/123/posts/456,120",
            "Facebook",
            "Swedish",
        ),
        (
            "Fecha,Impresiones totales,Clics (Totales),Reacciones (generales)",
            "09/16/2025,1200,30,12",
            "LinkedIn",
            "Spanish",
        ),
    ],
)
def test_a_known_network_in_a_language_not_read_yet_is_refused_by_name(
    plan, header, row, network, language
):
    data = f"{header}\n{row}\n".encode()
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes("export.csv", data)
    text = str(raised.value)
    assert f"an export of {network} in {language}" in text
    assert header.split(",")[0] in text and "not an export smplanner knows" not in text
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0] == 0


def test_the_refusal_of_a_language_not_read_yet_reads_in_french(french_ui, plan, tmp_path):
    from smplanner.ui.core_messages import error_text

    header = "Publicerings-id,Sid-id,Sidnamn,Publiceringstid,Permalänk,Räckvidd"
    path = tmp_path / "export.csv"
    path.write_text(f"{header}\n123_456,123,Bageri,09/16/2025 05:03,https://fb.com/1,120\n")
    (item,) = preview([path])
    assert not item.importable
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes("export.csv", path.read_bytes())
    text = error_text(raised.value)
    assert "cela ressemble à un export Facebook en suédois" in text
    assert "Publicerings-id, Sid-id, Sidnamn, Publiceringstid" in text  # the headers seen
    assert "en anglais ou en français" in text and "looks like" not in text
    import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone()[0] == 0


def test_french_publish_times_stay_month_first_when_every_day_could_be_a_month(plan, tmp_path):
    """A French interface writes "09/05/2025 05:03" for 5 September, month first as the
    English one does: with no day above 12 in the column, it is still month first."""
    text = (EXPORTS / "meta_facebook_posts_fr.csv").read_text(encoding="utf-8-sig")
    text = text.replace("09/16/2025 05:03", "09/05/2025 05:03")
    text = text.replace("09/20/2025 17:45", "10/02/2025 17:45")
    path = tmp_path / "publications.csv"
    path.write_text(text, encoding="utf-8-sig")
    import_files(plan, preview([path]))
    instants = [post[3] for post in stored_posts(plan)]
    assert instants == [
        datetime(2025, 9, 5, 12, 3, tzinfo=UTC),  # 5 September, Pacific daylight time
        datetime(2025, 10, 1, 18, 30, tzinfo=UTC),
        datetime(2025, 10, 3, 0, 45, tzinfo=UTC),  # 2 October 17:45 PDT
    ]
