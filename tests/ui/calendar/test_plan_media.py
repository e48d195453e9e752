"""Media kept in the plan file (issue #15): stored once per content with a thumbnail,
a large video kept as a link and said so, videos' length read from the file; media
survive Save As, the JSON round trip and a reopen; attached in the composer by a
drop from the file manager, shown in its list and its preview."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from smplanner.domain.plan_media import media_ref, mp4_facts, parse_ref
from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_queries, export_json, media
from smplanner.services.plan_files import open_existing
from smplanner.storage import media_repo
from smplanner.storage.save_as import save_as
from smplanner.ui.composer.media_list import measure_picture
from tests.media_files import drop_files, mp4_bytes, mp4_file, png_file

PARIS = ZoneInfo("Europe/Paris")


def test_mp4_length_and_size_are_read_from_the_file() -> None:
    facts = mp4_facts(io.BytesIO(mp4_bytes(61.5, 1920, 1080)))
    assert facts is not None
    assert (facts.seconds, facts.width, facts.height) == (61.5, 1920, 1080)
    assert mp4_facts(io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)) is None
    assert mp4_facts(io.BytesIO(mp4_bytes(10)[:30])) is None  # cut short: nothing invented


def test_references_keep_the_name_and_refuse_what_is_not_one() -> None:
    ref = media_ref("a" * 64, "/home/julie/Photos/galette.jpg")
    assert ref == "media:" + "a" * 64 + "/galette.jpg"
    assert parse_ref(ref) == ("a" * 64, "galette.jpg")
    assert parse_ref("/home/julie/galette.jpg") is None
    assert parse_ref("media:xyz/galette.jpg") is None


def test_the_same_picture_under_two_names_is_stored_once(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    first = png_file(tmp_path / "galette.png")
    second = tmp_path / "copie de galette.png"
    second.write_bytes(first.read_bytes())
    a = media.attach_file(plan, first, measure_picture(first))
    b = media.attach_file(plan, second, measure_picture(second))
    assert media_repo.media_count(plan.conn) == 1
    assert parse_ref(a.ref)[0] == parse_ref(b.ref)[0]  # type: ignore[index]
    assert a.inside and a.kind == "image"
    [row] = media.stored_media(plan, [a.ref]).values()
    assert (row.width, row.height, row.has_thumbnail) == (800, 1000, True)
    thumbnail = QImage.fromData(media.thumbnail(plan, a.ref) or b"")
    assert max(thumbnail.width(), thumbnail.height()) == 320  # made on import
    assert media.media_bytes(plan, a.ref) == first.read_bytes()


def test_a_large_video_is_kept_as_a_link_beside_the_plan(plan, plan_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(media, "LINK_ABOVE_BYTES", 100)
    (plan_path.parent / "rushes").mkdir()
    video = mp4_file(plan_path.parent / "rushes" / "fournil.mp4", 95.0)
    attached = media.attach_file(plan, video)
    assert not attached.inside and attached.seconds == 95.0
    [row] = media.stored_media(plan, [attached.ref]).values()
    assert row.linked_path == str(Path("rushes") / "fournil.mp4")  # relative: moves with it
    assert media_repo.media_data(plan.conn, row.sha256) is None
    assert media.media_bytes(plan, attached.ref) == video.read_bytes()
    [facts] = media.media_facts(plan, [attached.ref])
    assert (facts.kind, facts.seconds) == ("video", 95.0)


def test_a_file_of_another_kind_is_refused_by_name(plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    with pytest.raises(media.MediaError, match=r"notes.txt: .* not .txt files"):
        media.attach_file(plan, notes)
    with pytest.raises(media.MediaError, match="cannot be read"):
        media.attach_file(plan, tmp_path / "gone.jpg")
    assert media_repo.media_count(plan.conn) == 0


def _plan_with_a_photo(plan, tmp_path):  # type: ignore[no-untyped-def]
    photo = png_file(tmp_path / "galette.png")
    attached = media.attach_file(plan, photo, measure_picture(photo))
    calendar_posts.create_posts(plan, [PostDraft("instagram", "Galette", media=(attached.ref,))])
    return attached, photo.read_bytes()


def test_media_survive_save_as_and_a_reopen(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    attached, data = _plan_with_a_photo(plan, tmp_path)
    copy = save_as(plan, tmp_path / "Copie.smplan")
    copy.close()
    reopened = open_existing(tmp_path / "Copie.smplan")
    try:
        [post] = calendar_queries.all_posts(reopened)
        assert post.media == (attached.ref,)
        assert media.media_bytes(reopened, attached.ref) == data
        assert media.thumbnail(reopened, attached.ref)
    finally:
        reopened.close()


def test_media_survive_the_json_round_trip(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    attached, data = _plan_with_a_photo(plan, tmp_path)
    export_json.export_plan_json(plan, tmp_path / "plan.json")
    rebuilt = export_json.import_plan_json(tmp_path / "plan.json", tmp_path / "Rebuilt.smplan")
    try:
        [post] = calendar_queries.all_posts(rebuilt)
        assert post.media == (attached.ref,)
        assert media.media_bytes(rebuilt, attached.ref) == data
        assert media.thumbnail(rebuilt, attached.ref) == media.thumbnail(plan, attached.ref)
    finally:
        rebuilt.close()


def test_a_medium_is_written_back_out_under_its_name(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    attached, data = _plan_with_a_photo(plan, tmp_path)
    folder = tmp_path / "export media"
    written = media.write_media_file(plan, attached.ref, folder)
    assert written == folder / "galette.png" and written.read_bytes() == data
    assert media.write_media_file(plan, attached.ref, folder) == written  # same bytes: same file


def test_dropping_a_photo_in_the_composer_stores_it_and_shows_it(qtbot, plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.post_dialog import PostDialog

    dialog = PostDialog(plan, PostDraft("instagram", "Galette"), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    drop_files(dialog.media, [png_file(tmp_path / "galette.png", "#D03020")])
    assert dialog.media.items.count() == 1
    assert not dialog.media.items.item(0).icon().isNull()  # the thumbnail
    [ref] = dialog.media_paths()
    assert parse_ref(ref) is not None
    image = dialog.preview.grab().toImage()
    centre = dialog.preview.layout_.media.center() * image.devicePixelRatio()
    assert image.pixelColor(centre).name() == "#d03020"  # the photo itself, in 4:5
    drop_files(dialog.media, [tmp_path / "galette.png"])  # the same again: listed once
    assert dialog.media.items.count() == 1
    qtbot.mouseClick(
        dialog.media.items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.media.items.visualItemRect(dialog.media.items.item(0)).center(),
    )
    qtbot.keyClick(dialog.media.items, Qt.Key.Key_Delete)
    assert dialog.media_paths() == ()
    assert "an image or a video is needed" in dialog.counter.text()


def test_the_composer_says_what_it_could_not_attach(qtbot, plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.calendar.post_dialog import PostDialog

    dialog = PostDialog(plan, PostDraft("x"), PARIS)
    qtbot.addWidget(dialog)
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    dialog.media.choose_files = lambda: [str(notes)]
    qtbot.mouseClick(dialog.media.add_button, Qt.MouseButton.LeftButton)
    assert dialog.media_paths() == ()
    assert (
        "notes.txt" in dialog.media.notice.text() and "not .txt files" in dialog.media.notice.text()
    )


def test_cards_of_posts_with_a_stored_picture_show_its_thumbnail(
    calendar_tab, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    tab = calendar_tab
    photo = png_file(tmp_path / "galette.png", "#2060D0")
    attached = media.attach_file(tab.plan, photo, measure_picture(photo))
    when = datetime(2026, 10, 14, 10, tzinfo=PARIS)
    ids, changes = calendar_posts.create_posts(
        tab.plan,
        [
            PostDraft("facebook", "Avec photo", "Galette", "draft", when, media=(attached.ref,)),
            PostDraft("facebook", "Sans photo", "Pain", "draft", when.replace(day=15)),
            PostDraft("instagram", "Idée avec photo", "Idée", media=(attached.ref,)),
        ],
    )
    tab.on_changes(changes)
    image = tab.month_view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def right_end(post_id: int) -> QColor:
        rect = tab.month_view.visualRect(tab.month_model.index_of_post(post_id))
        x, y = rect.right() - 2 - (rect.height() - 4) // 2, rect.center().y()
        return image.pixelColor(round(x * ratio), round(y * ratio))

    assert near(right_end(ids[0]), "#2060d0")  # the photo, in a square at the card's end
    assert not near(right_end(ids[1]), "#2060d0")
    backlog = tab.backlog.viewport().grab().toImage()
    rect = tab.backlog.visualRect(tab.backlog_model.index(0))
    x, y = rect.right() - 4 - (rect.height() - 6) // 2, rect.center().y()
    colour = backlog.pixelColor(
        round(x * backlog.devicePixelRatio()), round(y * backlog.devicePixelRatio())
    )
    assert near(colour, "#2060d0")  # the idea's card in the list too


def near(colour: QColor, expected: str) -> bool:
    """Within a few levels per channel (the thumbnail is a JPEG)."""
    target = QColor(expected)
    return all(
        abs(a - b) <= 6 for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True)
    )


def test_the_composer_flags_a_photo_too_heavy_for_x(qtbot, plan, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain import post_limits
    from smplanner.ui.calendar.post_dialog import PostDialog

    photo = png_file(tmp_path / "galette.png")
    size = photo.stat().st_size
    real = post_limits.limits_for("x")
    lowered = post_limits.Limit(size - 1, real.image_max_bytes.source)  # type: ignore[union-attr]
    monkeypatch.setattr(
        post_limits, "limits_for", lambda network: replace(real, image_max_bytes=lowered)
    )
    dialog = PostDialog(plan, PostDraft("x", "Galette"), PARIS)
    qtbot.addWidget(dialog)
    drop_files(dialog.media, [photo])
    [over] = dialog.counter.over_limits()
    assert (over.what, over.value) == (post_limits.MEDIA_BYTES, size)
    assert "file " in dialog.counter.text() and " MB" in dialog.counter.text()


def test_a_scheduler_export_writes_the_plans_media_beside_the_csv(plan, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from smplanner.services import calendar_export

    photo = png_file(tmp_path / "galette.png")
    attached = media.attach_file(plan, photo, measure_picture(photo))
    now = datetime(2026, 10, 1, 9, tzinfo=PARIS)
    calendar_posts.create_posts(
        plan,
        [
            PostDraft(
                "facebook", "Galette", "G", "ready", now + timedelta(days=3), media=(attached.ref,)
            ),
            PostDraft("facebook", "Pain", "P", "ready", now + timedelta(days=4)),
        ],
    )
    target = tmp_path / "export" / "buffer.csv"
    target.parent.mkdir()
    result = calendar_export.write_scheduler_csv(plan, "buffer", target, now=now, ready_only=True)
    assert result.media_files == [target.parent / "buffer media" / "galette.png"]
    assert result.media_files[0].read_bytes() == photo.read_bytes()
    assert any("attach them from there" in line for line in result.report_lines())


def test_a_stored_video_too_long_for_x_is_warned_on_its_card(calendar_tab, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from smplanner.domain import post_limits
    from smplanner.services.post_limits_check import over_limit_posts

    tab = calendar_tab
    video = media.attach_file(tab.plan, mp4_file(tmp_path / "fournil.mp4", seconds=150))
    when = datetime(2026, 10, 14, 10, tzinfo=PARIS)
    ids, changes = calendar_posts.create_posts(
        tab.plan, [PostDraft("x", "Le fournil", "Fournil", "draft", when, media=(video.ref,))]
    )
    tab.on_changes(changes)

    def video_warning() -> list[object]:
        warnings = tab.month_model.warnings.get(ids[0], [])
        return [w for w in warnings if w.params.get("what") == post_limits.VIDEO_SECONDS]

    qtbot.waitUntil(lambda: bool(video_warning()))
    [warning] = video_warning()
    assert (warning.params["value"], warning.params["limit"]) == (150, 140)
    [found] = over_limit_posts(tab.plan)
    assert [c.what for c in found.checks] == [post_limits.VIDEO_SECONDS]


def test_a_copied_picture_is_pasted_into_the_composer(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from smplanner.ui.calendar.post_dialog import PostDialog

    dialog = PostDialog(plan, PostDraft("instagram", "Galette"), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = QImage(300, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#30A050"))
    mime = QMimeData()
    mime.setImageData(picture)
    QApplication.clipboard().setMimeData(mime)
    try:
        dialog.media.items.setFocus()
        qtbot.keyClick(dialog.media.items, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finally:
        # The clipboard owns the mime data now; left there, it was freed twice when
        # the process ended (a segmentation fault after every test had passed).
        QApplication.clipboard().clear()
    [ref] = dialog.media_paths()
    assert parse_ref(ref) is not None and ref.endswith(".png")
    [row] = media.stored_media(plan, [ref]).values()
    assert (row.width, row.height, row.kind) == (300, 400, "image")
