"""The post's preview per network (issue #15): the text cut where the network cuts it,
styled hashtags and links, the media frame in the network's aspect ratio; checked on
the layout's geometry, on the drawn pixels and in the composer while typing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetrics, QImage

from smplanner.domain import post_preview as pp
from smplanner.domain.post_limits import MediaFacts
from smplanner.domain.post_refs import PostDraft
from smplanner.ui.composer import post_preview as look
from smplanner.ui.composer.post_preview import PostPreview
from smplanner.ui.composer.preview_layout import (
    MEDIA_MAX_HEIGHT,
    MORE,
    PreviewContent,
    layout_preview,
)
from tests.media_files import drop_files, mp4_file

LONG = (
    "La galette des rois revient ce week-end. Frangipane maison, beurre AOP et une fève en "
    "porcelaine dans chaque galette. Réservez la vôtre en boutique ou sur notre site !"
)


def test_fold_cuts_between_words_after_the_characters_or_the_lines() -> None:
    shown, cut = pp.fold(LONG, 125)
    assert cut and len(shown) <= 125 and LONG.startswith(shown)
    assert LONG[len(shown)] == " "  # between two words
    assert pp.fold("un\ndeux\ntrois\nquatre", 125, lines=3) == ("un\ndeux\ntrois", True)
    assert pp.fold("court", 125) == ("court", False)
    assert pp.fold(LONG, None) == (LONG, False)  # X: no fold


def test_text_runs_style_hashtags_mentions_and_links() -> None:
    runs = pp.text_runs("Voir #galette chez @martin.lyon : https://x.fr/a. #2027 fin")
    assert [(r.kind, r.text) for r in runs] == [
        (pp.TEXT, "Voir "),
        (pp.HASHTAG, "#galette"),
        (pp.TEXT, " chez "),
        (pp.MENTION, "@martin.lyon"),
        (pp.TEXT, " : "),
        (pp.LINK, "https://x.fr/a"),
        (pp.TEXT, ". #2027 fin"),  # digits only: not a hashtag
    ]


@pytest.mark.parametrize(
    ("network", "media", "link", "kind", "ratio"),
    [
        ("instagram", ["p.jpg"], "", "image", 4 / 5),
        ("instagram", ["reel.mp4"], "", "video", 9 / 16),
        ("tiktok", ["v.mp4"], "", "video", 9 / 16),
        ("youtube", ["film.mov"], "", "video", 16 / 9),
        ("pinterest", ["pin.png"], "", "image", 2 / 3),
        ("facebook", [], "https://boulangerie-martin.fr", "link", 1.91),
        ("linkedin", [], "https://boulangerie-martin.fr", "link", 1.91),
        ("x", [], "https://boulangerie-martin.fr", "link", 2.0),
        ("x", ["a.jpg"], "", "image", 16 / 9),
    ],
)
def test_media_frames_take_the_networks_aspect_ratio(network, media, link, kind, ratio) -> None:  # type: ignore[no-untyped-def]
    frame = pp.media_frame(network, [MediaFacts.of(m) for m in media], link)
    assert frame is not None
    assert frame.kind == kind
    assert frame.ratio == pytest.approx(ratio, abs=0.005)


def test_no_frame_for_a_text_post_and_a_count_for_a_carousel() -> None:
    assert pp.media_frame("facebook", [], "") is None
    assert pp.media_frame("instagram", [], "https://a.fr") is None  # no link cards there
    carousel = pp.media_frame("instagram", [MediaFacts.of(f"{i}.jpg") for i in range(3)])
    assert carousel is not None and carousel.count == 3


def test_x_shows_a_link_shortened_and_the_whole_text() -> None:
    text = pp.preview_text("x", LONG, link="https://www.boulangerie-martin.fr/galettes/2027")
    assert not text.cut
    [link] = [r.text for r in text.runs if r.kind == pp.LINK]
    assert link == "boulangerie-martin.fr/g…"


def _layout(qapp, content: PreviewContent):  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(qapp.font())
    return layout_preview(content, look.WIDTH, metrics, "… plus")


def test_instagram_layout_media_first_in_4_5_then_the_caption_cut_at_125(qapp) -> None:  # type: ignore[no-untyped-def]
    content = PreviewContent(
        "instagram", "Boulangerie Martin", LONG, media=[MediaFacts.of("p.jpg")]
    )
    layout = _layout(qapp, content)
    assert layout.media is not None
    assert layout.media.width() / layout.media.height() == pytest.approx(4 / 5, abs=0.01)
    assert layout.media.width() == look.WIDTH  # the feed's whole width
    assert layout.media.bottom() < layout.lines[0].rect.top()
    assert layout.cut and layout.shown_text.endswith("… plus")
    words = layout.shown_text.replace("\n", " ").removesuffix("… plus")
    assert len(words) <= 125
    assert layout.lines[-1].runs[-1].kind == MORE


def test_vertical_video_is_as_tall_as_a_phone_feed_and_centred(qapp) -> None:  # type: ignore[no-untyped-def]
    layout = _layout(qapp, PreviewContent("tiktok", "a", "Vidéo", media=[MediaFacts.of("v.mp4")]))
    assert layout.media is not None
    assert layout.media.height() == MEDIA_MAX_HEIGHT
    assert layout.media.width() == round(MEDIA_MAX_HEIGHT * 9 / 16)
    assert layout.media.center().x() == pytest.approx(look.WIDTH / 2, abs=1)


def test_facebook_text_comes_first_then_the_link_card(qapp) -> None:  # type: ignore[no-untyped-def]
    content = PreviewContent("facebook", "a", "Notre site", link="https://boulangerie-martin.fr")
    layout = _layout(qapp, content)
    assert layout.media is not None and layout.link_caption is not None
    assert layout.lines[-1].rect.bottom() < layout.media.top()
    assert layout.media.width() / layout.media.height() == pytest.approx(1.91, abs=0.01)
    assert layout.height > layout.link_caption.bottom()


def test_youtube_shows_the_video_then_its_title(qapp) -> None:  # type: ignore[no-untyped-def]
    content = PreviewContent(
        "youtube", "a", "Desc", title="Galette", media=[MediaFacts.of("f.mp4")]
    )
    layout = _layout(qapp, content)
    assert layout.media is not None and layout.title is not None
    assert layout.media.bottom() < layout.title.top() < layout.lines[0].rect.top()


def _drawn(preview: PostPreview) -> QImage:
    image = QImage(preview.width(), preview.layout_.height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    preview.render(image)
    return image


def test_the_preview_draws_hashtags_in_the_link_colour_and_the_media_frame(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PostPreview()
    qtbot.addWidget(preview)
    preview.show_post(
        PreviewContent(
            "instagram", "Boulangerie Martin", "#galette", media=[MediaFacts.of("x.mp4")]
        )
    )
    image = _drawn(preview)
    layout = preview.layout_
    media_centre = layout.media.center()
    frame_colour = image.pixelColor(media_centre.x() - 60, media_centre.y())
    assert frame_colour == look.PLACEHOLDER  # no picture at hand: the frame, grey
    line = layout.lines[0].rect
    colours = {
        image.pixelColor(x, y).name()
        for x in range(line.left(), line.right())
        for y in range(line.top(), line.bottom())
    }
    assert look.INK.name() not in colours  # a hashtag alone: nothing in plain ink
    blues = [c for c in colours if QColor(c).blue() > QColor(c).red() + 60]
    assert blues  # drawn in the link colour (anti-aliased shades of it)


def test_the_picture_itself_is_shown_when_the_file_is_there(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "galette.png"
    red = QImage(400, 500, QImage.Format.Format_RGB32)
    red.fill(QColor("#D03020"))
    assert red.save(str(photo))
    preview = PostPreview()
    qtbot.addWidget(preview)
    preview.show_post(PreviewContent("instagram", "a", "", media=[MediaFacts.of(str(photo))]))
    image = _drawn(preview)
    centre = preview.layout_.media.center()
    assert image.pixelColor(centre.x(), centre.y()).name() == "#d03020"


def test_the_composer_preview_follows_the_typing_and_the_network(qtbot, plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from smplanner.ui.calendar.post_dialog import PostDialog

    dialog = PostDialog(plan, PostDraft("facebook"), ZoneInfo("Europe/Paris"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview.content.account == "Boulangerie Martin"  # the client, by default
    qtbot.keyClicks(dialog.text, "Galette du jour #galette")
    assert "Galette du jour #galette" in dialog.preview.layout_.shown_text
    qtbot.keyClicks(dialog.link, "https://boulangerie-martin.fr")
    assert dialog.preview.layout_.frame.kind == "link"
    dialog.network.setFocus()
    qtbot.keyClicks(dialog.network, "TikTok")
    assert dialog.preview.content.network == "tiktok"
    assert dialog.preview.layout_.frame is None  # TikTok draws no link card
    drop_files(dialog.media, [mp4_file(tmp_path / "clip.mp4", seconds=12)])
    frame = dialog.preview.layout_.frame
    assert (frame.kind, round(frame.ratio, 3)) == ("video", round(9 / 16, 3))
    assert dialog.preview.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_the_fold_says_more_in_french(qtbot, french_ui) -> None:  # type: ignore[no-untyped-def]
    preview = PostPreview()
    qtbot.addWidget(preview)
    preview.show_post(PreviewContent("linkedin", "a", LONG))
    assert preview.layout_.shown_text.endswith("… plus")
