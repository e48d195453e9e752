"""Schedulers' bulk-upload CSVs: exact headers and formats, one file per channel, and
every post left out named with its reason."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from smplanner.domain.post_refs import PostRef
from smplanner.domain.scheduler_files import lay_out
from smplanner.domain.scheduler_layouts import scheduler_layout, scheduler_layouts
from smplanner.services import calendar_export
from tests.calendar_exchange_sample import NOW, PARIS, at, fill_sample


def _rows(path: Path, *, bom: bool) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    assert raw.endswith(b"\r\n")  # CRLF ends records; a newline inside a text stays quoted
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _post(post_id: int, network: str = "facebook", **fields: object) -> PostRef:
    values: dict[str, object] = {
        "id": post_id,
        "network": network,
        "scheduled_at": at(10, 14, 18),
        "status": "ready",
        "title": "",
        "text": "Bonjour",
    }
    values.update(fields)
    return PostRef(**values)  # type: ignore[arg-type]


def test_buffer_gets_its_case_sensitive_header_one_file_per_channel_and_a_bom(
    plan, tmp_path
) -> None:
    ids = fill_sample(plan)
    result = calendar_export.write_scheduler_csv(
        plan, "buffer", tmp_path / "b.csv", now=NOW, ready_only=False
    )
    names = sorted(path.name for path in result.files)
    assert names == ["b-facebook.csv", "b-instagram.csv", "b-linkedin.csv"]
    rows = _rows(tmp_path / "b-instagram.csv", bom=True)
    assert rows[0] == ["Text", "Image URL", "Tags", "Posting Time", "Board Name"]
    text, image, tags, when, board = rows[1]
    assert text.startswith("Nos croissants") and text.endswith("#boulangerie #croissant")
    assert image == "https://cdn.example.com/c.jpg" and tags == "" and board == ""
    assert when == "2026-10-14 18:00"
    linkedin = _rows(tmp_path / "b-linkedin.csv", bom=True)[1]
    assert linkedin[0].endswith("\nhttps://boulangerie-martin.fr/emploi")  # no link column
    assert linkedin[3] == "2026-10-15 08:30"
    skipped = {note.post_id: note.code for note in result.skipped}
    assert skipped == {
        ids["old"]: "published",
        ids["tweet_long"]: "too_long",
        ids["snap"]: "network_unsupported",
        ids["idea"]: "no_date",
    }
    to_finish = {(n.post_id, n.code) for n in result.notes if not n.skipped}
    assert to_finish == {
        (ids["croissant"], "local_media"),
        (ids["croissant"], "first_comment"),
        (ids["facebook"], "formula_guard"),  # "=Portes ouvertes…" got an apostrophe
    }
    assert "X (Twitter) allows 280 characters and this text has 300" in "\n".join(
        result.report_lines()
    )


def test_hootsuite_has_no_header_month_first_dates_and_a_link_column(plan, tmp_path) -> None:
    fill_sample(plan)
    calendar_export.write_scheduler_csv(plan, "hootsuite", tmp_path / "h.csv", now=NOW)
    [row] = _rows(tmp_path / "h-linkedin.csv", bom=False)
    assert row == [
        "10/15/2026 08:30",
        "Nous recrutons un·e apprenti·e boulanger·ère.",
        "https://boulangerie-martin.fr/emploi",
    ]


def test_sprout_dates_follow_the_account_preference_and_posts_keep_ten_minutes_apart() -> None:
    layout = scheduler_layout("sprout")
    posts = [
        _post(1, scheduled_at=at(10, 14, 18, 0)),
        _post(2, scheduled_at=at(10, 14, 18, 5)),
        _post(3, scheduled_at=at(10, 14, 18, 10)),
        _post(4, scheduled_at=NOW + timedelta(minutes=5)),
    ]
    laid = lay_out(posts, layout, zone=PARIS, now=NOW, day_first=True)
    [single] = laid.files
    assert single.header == ("date", "time_24hr", "message_text")
    assert [row[:2] for row in single.rows] == [("14/10/2026", "18:00"), ("14/10/2026", "18:10")]
    assert {(n.post_id, n.code) for n in laid.skipped} == {(2, "too_close"), (4, "too_soon")}
    us = lay_out(posts[:1], layout, zone=PARIS, now=NOW, day_first=False)
    assert us.files[0].rows[0][0] == "10/14/2026"


def test_a_tool_with_a_row_limit_leaves_the_rest_out_with_the_reason() -> None:
    posts = [_post(i, scheduled_at=at(10, 1) + timedelta(hours=i)) for i in range(1, 353)]
    laid = lay_out(posts, scheduler_layout("hootsuite"), zone=PARIS, now=NOW)
    assert laid.row_count == 350
    assert [(n.post_id, n.code) for n in laid.skipped] == [(351, "over_limit"), (352, "over_limit")]
    assert "at most 350 posts per file" in laid.skipped[0].reason


def test_buffer_refuses_pinterest_without_a_board_and_empty_posts() -> None:
    posts = [
        _post(1, "pinterest"),
        _post(2, text=""),
        _post(3, text="", media=("https://x/y.png",)),
    ]
    laid = lay_out(posts, scheduler_layout("buffer"), zone=PARIS, now=NOW)
    assert {(n.post_id, n.code) for n in laid.skipped} == {(1, "needs_board"), (2, "empty")}
    assert laid.files[0].rows == (("", "https://x/y.png", "", "2026-10-14 18:00", ""),)


def test_metricool_writes_one_wide_file_with_network_flags_and_draft(plan, tmp_path) -> None:
    fill_sample(plan)
    result = calendar_export.write_scheduler_csv(
        plan, "metricool", tmp_path / "m.csv", now=NOW, ready_only=False
    )
    assert result.files == [tmp_path / "m.csv"]
    rows = _rows(tmp_path / "m.csv", bom=False)
    header = rows[0]
    assert header[:4] == ["Text", "Date", "Time", "Draft"] and header[-1] == "Brand name"
    records = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    croissant = next(r for r in records if r["Text"].startswith("Nos croissants"))
    assert croissant["Date"] == "2026-10-14" and croissant["Time"] == "18:00:00"
    assert croissant["Instagram"] == "TRUE" and croissant["Facebook"] == "FALSE"
    assert croissant["GBP"] == "FALSE" and croissant["Draft"] == "FALSE"
    assert croissant["Picture Url 1"] == "https://cdn.example.com/c.jpg"
    assert croissant["First Comment Text"] == "Horaires en bio"
    drafts = [r["Draft"] for r in records if r["Facebook"] == "TRUE"]
    assert drafts == ["TRUE", "TRUE"]


def test_metricool_follows_a_downloaded_template_header(plan, tmp_path) -> None:
    fill_sample(plan)
    template = tmp_path / "template.csv"
    template.write_text("\ufeffText,Date,Time,Instagram,Video Url,Brand name\r\n", "utf-8")
    calendar_export.write_scheduler_csv(
        plan, "metricool", tmp_path / "m.csv", template=template, now=NOW, ready_only=False
    )
    rows = _rows(tmp_path / "m.csv", bom=False)
    assert rows[0] == ["Text", "Date", "Time", "Instagram", "Video Url", "Brand name"]
    assert rows[1][1:] == ["2026-10-14", "18:00:00", "TRUE", "", ""]


def test_a_template_without_a_header_is_refused_with_what_to_do(plan, tmp_path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", "utf-8")
    with pytest.raises(calendar_export.TemplateError, match="download the bulk-upload template"):
        calendar_export.write_scheduler_csv(plan, "metricool", tmp_path / "m.csv", template=empty)


@pytest.mark.parametrize("layout", scheduler_layouts(), ids=lambda layout: layout.id)
def test_every_layout_names_its_source_and_matches_header_and_columns(layout) -> None:
    assert layout.source and layout.name
    if layout.header is not None:
        assert len(layout.header) == len(layout.columns)
    assert "snapchat" not in layout.networks


def test_scheduler_exports_count_the_text_as_the_network_does() -> None:
    """X counts a link as 23 and an emoji as 2 (domain/post_limits): a long link fits,
    ten emoji past 270 characters do not (issue #15)."""
    layout = next(item for item in scheduler_layouts() if "x" in item.networks)
    link = "https://www.boulangerie-martin.fr/" + "galettes/" * 10
    fits = _post(1, "x", text="a" * 250 + " " + link, scheduled_at=NOW + timedelta(days=2))
    over = _post(2, "x", text="a" * 270 + "🎉" * 10, scheduled_at=NOW + timedelta(days=2))
    export = lay_out([fits, over], layout, zone=PARIS, now=NOW, ready_only=False)
    assert {note.post_id: note.code for note in export.skipped} == {2: "too_long"}
    [note] = export.skipped
    assert note.params["length"] == 290
