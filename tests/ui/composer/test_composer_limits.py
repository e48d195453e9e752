"""The composer's live counter, and over-limit posts on the card and in the warnings
panel (issue #15), typed and clicked like a user."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from smplanner.domain import post_limits as pl
from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts
from smplanner.ui.calendar.cells_model import WarningsRole
from smplanner.ui.calendar.post_dialog import PostDialog
from tests.media_files import drop_files, mp4_file, png_file

PARIS = ZoneInfo("Europe/Paris")
LINK = "https://www.boulangerie-martin.fr/galettes/frangipane-2027"


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key; accents and emoji arrive as a keyboard layout or an
    input method delivers them (QTest.keyClicks aborts on anything but ASCII here)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        # What an input method (dead keys, an emoji picker) delivers: a committed string.
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def _dialog(qtbot, plan, network: str = "x") -> PostDialog:  # type: ignore[no-untyped-def]
    dialog = PostDialog(plan, PostDraft(network), PARIS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _text_check(dialog: PostDialog) -> pl.LimitCheck:
    [check] = [c for c in dialog.counter.checks if c.what == pl.TEXT]
    return check


def test_typing_an_x_post_counts_its_link_as_23_and_turns_red_past_280(qtbot, plan) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, plan)
    qtbot.keyClicks(dialog.text, "a" * 250 + " " + LINK)
    assert _text_check(dialog).value == 250 + 1 + 23  # not 250 + 1 + len(LINK)
    assert "274 / 280 characters" in dialog.counter.text()
    assert dialog.counter.over_limits() == []
    type_text(qtbot, dialog.text, " 🎉🎉🎉")  # each emoji weighs 2 on X
    assert _text_check(dialog).value == 274 + 1 + 6 == 281
    assert [c.what for c in dialog.counter.over_limits()] == [pl.TEXT]
    assert "281 / 280 characters" in dialog.counter.text()
    assert "color:" in dialog.counter.text()  # shown in red
    assert "twitter-text" in dialog.counter.toolTip()  # the limit's source
    qtbot.keyClick(dialog.text, Qt.Key.Key_Backspace)  # removes one whole emoji
    assert _text_check(dialog).value == 279
    assert dialog.counter.over_limits() == []


def test_the_counter_follows_the_network_hashtags_and_media(qtbot, plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, plan)
    type_text(qtbot, dialog.text, "Galette des rois à la frangipane")
    dialog.network.setFocus()
    qtbot.keyClicks(dialog.network, "Instagram")
    assert dialog.network.currentData() == "instagram"
    assert "an image or a video is needed" in dialog.counter.text()
    type_text(qtbot, dialog.hashtags, "#galette #boulangerie #épiphanie #frangipane #artisan #lyon")
    over = {c.what for c in dialog.counter.over_limits()}
    assert over == {pl.HASHTAGS, pl.MEDIA_REQUIRED}
    assert "6 / 5 hashtags" in dialog.counter.text()
    drop_files(dialog.media, [png_file(tmp_path / "galette.png")])
    assert {c.what for c in dialog.counter.over_limits()} == {pl.HASHTAGS}
    assert "1 / 10 media" in dialog.counter.text()


def test_the_counter_speaks_french(qtbot, plan, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, plan, "instagram")
    type_text(qtbot, dialog.text, "é" * 10)
    # French thousands separator (narrow no-break space), French colon spacing
    shown = dialog.counter.text().replace("\xa0", "\u202f")  # Qt versions differ
    assert shown.startswith("Instagram : 10 / 2\u202f200 caractères · ")
    assert "une image ou une vidéo" in dialog.counter.text()


def test_an_over_limit_post_is_flagged_on_its_card_and_in_the_panel(calendar_tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    ids, changes = calendar_posts.create_posts(
        tab.plan,
        [
            PostDraft(
                "x", "x" * 300, "Trop long", "draft", datetime(2026, 10, 14, 10, tzinfo=PARIS)
            ),
            PostDraft("x", "court", "Court", "draft", datetime(2026, 10, 15, 10, tzinfo=PARIS)),
        ],
    )
    tab.on_changes(changes)

    def cause() -> str:
        model = tab.warnings_model
        texts = [model.text(r) for r in range(model.rowCount())]
        return next((t for t in texts if "280 characters" in t), "")

    qtbot.waitUntil(lambda: bool(cause()))
    assert cause() == "X (Twitter): text over the network's 280 characters — 1 post"
    assert tab.month_model.index_of_post(ids[0]).data(WarningsRole)
    warnings = tab.month_model.warnings[ids[0]]
    assert [w.params["value"] for w in warnings if w.kind == pl.POST_LIMIT] == [300]
    assert not any(w.kind == pl.POST_LIMIT for w in tab.month_model.warnings.get(ids[1], []))


def test_a_dropped_video_longer_than_x_takes_is_flagged(qtbot, plan, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, plan)
    qtbot.keyClicks(dialog.text, "Les coulisses du fournil")
    drop_files(dialog.media, [mp4_file(tmp_path / "fournil.mp4", seconds=150)])
    [over] = dialog.counter.over_limits()
    assert (over.what, over.value, over.limit) == (pl.VIDEO_SECONDS, 150, 140)
    assert "video 150 / 140 s" in dialog.counter.text()


def test_the_dialog_of_a_post_lists_its_own_warnings(calendar_tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = calendar_tab
    ids, changes = calendar_posts.create_posts(
        tab.plan,
        [PostDraft("x", "x" * 300, "Trop long", "draft", datetime(2026, 10, 14, 23, tzinfo=PARIS))],
    )
    tab.on_changes(changes)
    qtbot.waitUntil(lambda: bool(tab.warnings.for_post(ids[0])))
    shown: list[str] = []
    monkeypatch.setattr(
        PostDialog, "exec", lambda self: shown.append(self.warnings.text()) or False
    )
    tab.dialogs.edit_post(calendar_posts.posts_by_id(tab.plan, ids)[0])
    [text] = shown
    assert "⚠ X (Twitter): 300 characters, the network takes 280" in text
    assert "posted at night (23 h)" in text
