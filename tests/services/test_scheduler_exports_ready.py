"""Scheduler files take only posts ready to publish, say what they left out and why;
Buffer's files hold 100 posts and no TikTok/YouTube; Hootsuite's media are listed to
attach by hand; Metricool's post types, titles and Pinterest boards are filled.
Every file is read back with csv."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from smplanner.domain.post_refs import PostDraft
from smplanner.domain.scheduler_layouts import scheduler_layout
from smplanner.services import calendar_export, calendar_posts
from tests.calendar_exchange_sample import NOW, at, fill_sample


def _records(path: Path, *, header: bool = True) -> list[dict[str, str]] | list[list[str]]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert all(any(cell for cell in row) for row in rows)  # a blank row stops Buffer's upload
    if not header:
        return rows
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_only_posts_ready_to_publish_go_and_the_summary_says_why_others_did_not(
    plan, tmp_path
) -> None:
    ids = fill_sample(plan)
    result = calendar_export.write_scheduler_csv(plan, "metricool", tmp_path / "m.csv", now=NOW)
    records = _records(tmp_path / "m.csv")
    assert [r["Text"][:14] for r in records] == ["Nos croissants", "Nous recrutons"]
    left_out = {note.post_id: note.code for note in result.skipped}
    assert left_out == {
        ids["tweet_long"]: "not_ready",
        ids["facebook"]: "not_ready",
        ids["winter"]: "not_ready",
        ids["snap"]: "not_ready",
        ids["old"]: "published",
        ids["idea"]: "no_date",
    }
    summary = result.report_lines()[1]
    assert summary == (
        "2 posts written, 6 left out: 4 not ready to publish (ideas, drafts, waiting for "
        "the client), 1 ideas without a date, 1 already published."
    )
    assert "status: draft" in "\n".join(result.report_lines())
    every = calendar_export.write_scheduler_csv(
        plan, "metricool", tmp_path / "all.csv", now=NOW, ready_only=False
    )
    assert every.rows == 4 and len(_records(tmp_path / "all.csv")) == 4  # + 2 drafts


def _ready_posts(plan, network: str, count: int, **fields: object) -> list[int]:  # type: ignore[no-untyped-def]
    drafts = [
        PostDraft(
            network,
            f"Publication {i + 1}",
            status="ready",
            scheduled_at=at(10, 1) + timedelta(hours=i),
            **fields,  # type: ignore[arg-type]
        )
        for i in range(count)
    ]
    ids, _ = calendar_posts.create_posts(plan, drafts)
    return ids


def test_buffer_splits_more_than_100_posts_into_numbered_files(plan, tmp_path) -> None:
    _ready_posts(plan, "instagram", 230, media=("https://cdn.example.com/p.jpg",))
    result = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "buffer.csv", now=NOW)
    assert [path.name for path in result.files] == ["buffer-1.csv", "buffer-2.csv", "buffer-3.csv"]
    parts = [_records(path) for path in result.files]
    assert [len(part) for part in parts] == [100, 100, 30]
    texts = [record["Text"] for part in parts for record in part]
    assert texts == [f"Publication {i + 1}" for i in range(230)]  # in order, none twice
    assert set(parts[0][0]) == {"Text", "Image URL", "Tags", "Posting Time", "Board Name"}
    assert parts[2][-1]["Posting Time"] == "2026-10-10 23:00"
    assert not result.skipped and result.rows == 230


def test_buffer_numbers_the_files_of_each_channel(plan, tmp_path) -> None:
    _ready_posts(plan, "instagram", 101)
    _ready_posts(plan, "facebook", 2)
    result = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "b.csv", now=NOW)
    assert sorted(path.name for path in result.files) == [
        "b-facebook.csv",
        "b-instagram-1.csv",
        "b-instagram-2.csv",
    ]


def test_buffer_leaves_tiktok_and_youtube_out_and_says_so(plan, tmp_path) -> None:
    _ready_posts(plan, "facebook", 1)
    _ready_posts(plan, "tiktok", 2)
    _ready_posts(plan, "youtube", 1)
    result = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "b.csv", now=NOW)
    assert [r["Text"] for r in _records(tmp_path / "b.csv")] == ["Publication 1"]
    assert [note.code for note in result.skipped] == ["video_only"] * 3
    lines = "\n".join(result.report_lines())
    assert "1 post written, 3 left out: 3 on TikTok or YouTube" in lines
    assert "Buffer's CSV carries text and one image only, so a TikTok post cannot go" in lines


def test_buffer_takes_a_pinterest_pin_with_its_board_and_only_one_image(plan, tmp_path) -> None:
    calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "pinterest",
                "Tarte aux pommes",
                status="ready",
                scheduled_at=at(10, 2),
                account="Recettes",
                media=("https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"),
            ),
            PostDraft("pinterest", "Sans tableau", status="ready", scheduled_at=at(10, 3)),
        ],
    )
    result = calendar_export.write_scheduler_csv(plan, "buffer", tmp_path / "b.csv", now=NOW)
    [pin] = _records(tmp_path / "b.csv")
    assert pin["Board Name"] == "Recettes" and pin["Image URL"] == "https://cdn.example.com/a.jpg"
    assert [n.code for n in result.skipped] == ["needs_board"]
    assert [(n.code, n.params["count"]) for n in result.to_finish] == [("one_image", 1)]


def test_hootsuite_lists_each_post_whose_media_cannot_go_through_its_csv(plan, tmp_path) -> None:
    [with_media] = _ready_posts(
        plan, "facebook", 1, media=("https://cdn.example.com/a.jpg", "/photos/b.jpg")
    )
    calendar_posts.create_posts(
        plan, [PostDraft("facebook", "Texte seul", status="ready", scheduled_at=at(10, 5))]
    )
    result = calendar_export.write_scheduler_csv(plan, "hootsuite", tmp_path / "h.csv", now=NOW)
    rows = _records(tmp_path / "h.csv", header=False)
    assert [row[1] for row in rows] == ["Publication 1", "Texte seul"]
    [note] = result.to_finish
    assert (note.post_id, note.code, note.params["count"]) == (with_media, "no_media_column", 2)
    assert "Hootsuite (Bulk Composer)'s CSV carries no images or videos" in note.reason


def test_metricool_fills_post_types_titles_and_pinterest_boards(plan, tmp_path) -> None:
    drafts = [
        PostDraft(
            "instagram",
            "Le fournil en vidéo",
            status="ready",
            scheduled_at=at(10, 2, 9),
            media=("https://cdn.example.com/fournil.mp4",),
        ),
        PostDraft(
            "instagram",
            "Trois pains",
            status="scheduled",
            scheduled_at=at(10, 2, 10),
            media=tuple(f"https://cdn.example.com/{n}.jpg" for n in "abc"),
        ),
        PostDraft(
            "youtube",
            "Description longue de la vidéo",
            title="Comment nous faisons le levain",
            status="ready",
            scheduled_at=at(10, 2, 11),
            media=("https://cdn.example.com/levain.mp4",),
        ),
        PostDraft(
            "pinterest",
            "La recette de la tarte",
            title="Tarte aux pommes",
            account="Recettes",
            link="https://boulangerie-martin.fr/tarte",
            status="ready",
            scheduled_at=at(10, 2, 12),
            media=("https://cdn.example.com/tarte.jpg",),
        ),
        PostDraft("facebook", "Portes ouvertes", status="ready", scheduled_at=at(10, 2, 13)),
    ]
    calendar_posts.create_posts(plan, drafts)
    result = calendar_export.write_scheduler_csv(plan, "metricool", tmp_path / "m.csv", now=NOW)
    rows = list(csv.reader(io.StringIO((tmp_path / "m.csv").read_text("utf-8"), newline="")))
    assert tuple(rows[0]) == scheduler_layout("metricool").header
    reel, carousel, video, pin, post = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert reel["Instagram Post Type"] == "REEL" and reel["Instagram Show Reel On Feed"] == "TRUE"
    assert reel["Picture Url 1"] == "https://cdn.example.com/fournil.mp4"
    assert carousel["Instagram Post Type"] == "CAROUSEL"
    assert carousel["Picture Url 3"] == "https://cdn.example.com/c.jpg"
    assert video["Youtube Video Title"] == "Comment nous faisons le levain"
    assert video["Youtube"] == "TRUE" and video["Instagram Post Type"] == ""
    assert (pin["Pinterest Board"], pin["Pinterest Pin Title"], pin["Pinterest Pin Link"]) == (
        "Recettes",
        "Tarte aux pommes",
        "https://boulangerie-martin.fr/tarte",
    )
    assert post["Facebook Post Type"] == "POST" and post["Pinterest Board"] == ""
    assert post["Youtube Video Title"] == "" and post["Facebook"] == "TRUE"
    assert not result.skipped and not result.to_finish


def test_approved_posts_go_and_posts_waiting_for_the_client_stay_out(plan, tmp_path) -> None:
    statuses = ["approved", "to_approve", "changes_requested", "scheduled"]
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", status, status=status, scheduled_at=at(10, 2 + i))
            for i, status in enumerate(statuses)
        ],
    )
    result = calendar_export.write_scheduler_csv(plan, "metricool", tmp_path / "m.csv", now=NOW)
    assert [(r["Text"], r["Draft"]) for r in _records(tmp_path / "m.csv")] == [
        ("approved", "FALSE"),
        ("scheduled", "FALSE"),
    ]
    assert sorted(n.params["status"] for n in result.skipped) == ["changes_requested", "to_approve"]
    every = calendar_export.write_scheduler_csv(
        plan, "metricool", tmp_path / "all.csv", now=NOW, ready_only=False
    )
    drafts = {r["Text"]: r["Draft"] for r in _records(tmp_path / "all.csv")}
    assert drafts == {
        "approved": "FALSE",
        "to_approve": "TRUE",  # Metricool keeps them as drafts
        "changes_requested": "TRUE",
        "scheduled": "FALSE",
    }
    assert every.rows == 4


def test_the_window_says_what_was_left_out_in_french(window, french_ui, plan, tmp_path) -> None:
    from datetime import date, datetime, time
    from zoneinfo import ZoneInfo

    soon = datetime.combine(date.today() + timedelta(days=2), time(9), ZoneInfo("Europe/Paris"))
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Prêt", status="ready", scheduled_at=soon),
            PostDraft("facebook", "Brouillon", status="draft", scheduled_at=soon + timedelta(1)),
        ],
    )
    window.set_plan(plan)
    actions = window.calendar_exchange
    actions.run_dialog = lambda dialog: True
    actions.ask_save = lambda title, suggested, file_filter: tmp_path / "buffer.csv"
    actions.export_scheduler.trigger()
    [(_title, text)] = window.prompts.infos
    assert "pas prêtes à publier (idées, brouillons, en attente du client) : 1" in text
    assert "elle n'est pas prête à publier (statut : brouillon)" in text


def test_every_scheduler_leaves_drafts_ideas_and_waiting_posts_out_and_says_why(
    plan, tmp_path
) -> None:
    """Buffer, Hootsuite, Sprout and Metricool alike: only approved, ready or scheduled
    posts go; each post left out is named with its status, and asking for them all
    brings them in."""
    from smplanner.domain.scheduler_layouts import scheduler_layouts

    statuses = ["idea", "draft", "to_approve", "changes_requested", "ready", "approved"]
    statuses.append("scheduled")
    ids, _ = calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "facebook", f"Publication {status}", status=status, scheduled_at=at(10, 2 + i)
            )
            for i, status in enumerate(statuses)
        ],
    )
    by_status = dict(zip(statuses, ids, strict=True))
    names = sorted(layout.id for layout in scheduler_layouts())
    assert {"buffer", "hootsuite", "sprout", "metricool"} <= set(names)
    for name in names:
        folder = tmp_path / name
        folder.mkdir()
        result = calendar_export.write_scheduler_csv(plan, name, folder / "posts.csv", now=NOW)
        written = "\n".join(path.read_bytes().decode("utf-8-sig") for path in result.files)
        assert result.rows == 3, name
        for status in ("ready", "approved", "scheduled"):
            assert f"Publication {status}" in written, (name, status)
        left_out = {note.post_id: note.params.get("status") for note in result.skipped}
        assert left_out == {
            by_status[status]: status
            for status in ("idea", "draft", "to_approve", "changes_requested")
        }, name
        for status in ("idea", "draft", "to_approve", "changes_requested"):
            assert f"Publication {status}" not in written, (name, status)
        assert any("4 not ready to publish" in line for line in result.report_lines()), name
        every = calendar_export.write_scheduler_csv(
            plan, name, folder / "all.csv", now=NOW, ready_only=False
        )
        assert every.rows == 7 and not every.skipped, name
