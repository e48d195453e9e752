"""The month grid keeps its painted cards: a repaint with nothing changed lays out
no card again, and a changed post (or selection) is painted anew."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts
from smplanner.ui.calendar import grid_painting

PARIS = ZoneInfo("Europe/Paris")


def _drafts(count: int) -> list[PostDraft]:
    """One Instagram post a day from Monday 5 October 2026, at 10:00."""
    return [
        PostDraft(
            "instagram",
            f"Post {i}",
            f"Titre {i}",
            "draft",
            datetime(2026, 10, 5 + i, 10, tzinfo=PARIS),
        )
        for i in range(count)
    ]


def _card_layouts(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The titles of the cards laid out from now on (each paint_card call)."""
    painted: list[str] = []
    real = grid_painting.paint_card

    def counting(painter, rect, post, **kwargs):  # type: ignore[no-untyped-def]
        painted.append(post.title)
        real(painter, rect, post, **kwargs)

    monkeypatch.setattr(grid_painting, "paint_card", counting)
    return painted


def test_a_repaint_with_nothing_changed_reuses_every_card(calendar_tab, qtbot, monkeypatch):
    tab = calendar_tab
    drafts = _drafts(6)
    ids, changes = calendar_posts.create_posts(tab.plan, drafts)
    tab.on_changes(changes)
    painted = _card_layouts(monkeypatch)
    view = tab.month_view
    view.viewport().repaint()
    assert sorted(painted) == sorted(d.title for d in drafts)  # drawn once each...
    painted.clear()
    view.viewport().repaint()
    assert painted == []  # ...then copied
    image = view.viewport().grab().toImage()
    assert not image.isNull()

    update = calendar_posts.update_post(
        tab.plan,
        ids[2],
        PostDraft(
            "instagram", "Post 2", "Titre changé", "draft", datetime(2026, 10, 7, 10, tzinfo=PARIS)
        ),
    )
    tab.on_changes(update)
    view.viewport().repaint()
    assert painted == ["Titre changé"]  # only the changed card is laid out again
    painted.clear()
    index = tab.month_model.index_of_post(ids[0])
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect)
    view.viewport().repaint()
    assert painted == ["Titre 0"]  # the selected card is drawn with its outline
    assert tab.month_model.cells[0].day <= date(2026, 10, 5)


def _flagged(view, post_id: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the card's top-right corner shows the warning flag's amber (as grabbed)."""
    rect = view.visualRect(view.cells_model().index_of_post(post_id))
    pixel = view.viewport().grab().toImage().pixelColor(rect.right() - 1, rect.top() + 1)
    flag = grid_painting.WARNING_FLAG
    return max(abs(pixel.red() - flag.red()), abs(pixel.green() - flag.green())) < 12


def test_the_warnings_arriving_flag_the_cards_of_the_first_frame_without_laying_them_out(
    calendar_tab, qtbot, monkeypatch
):
    tab = calendar_tab
    drafts = _drafts(3)
    ids, changes = calendar_posts.create_posts(tab.plan, drafts)
    tab.on_changes(changes)  # the warnings follow on the worker
    painted = _card_layouts(monkeypatch)
    view = tab.month_view
    assert not _flagged(view, ids[0])  # the month's first frame, before its warnings
    assert sorted(painted) == ["Titre 0", "Titre 1", "Titre 2"]
    card = view.visualRect(tab.month_model.index_of_post(ids[0]))
    assert card.width() < grid_painting.WIDE_CARD  # a flag in the corner, not the sign

    with qtbot.waitSignal(tab.warnings_shown, timeout=10_000):
        pass
    assert tab.warnings.for_post(ids[0])  # Instagram posts serving no objective
    painted.clear()
    assert all(_flagged(view, i) for i in ids)
    assert painted == []  # the flags drawn over the cards the first frame made


def test_a_wide_card_makes_room_for_its_sign(calendar_tab, qtbot, monkeypatch):
    tab = calendar_tab
    tab.resize(2400, 800)
    qtbot.waitUntil(lambda: tab.month_view.viewport().width() > 7 * grid_painting.WIDE_CARD)
    ids, changes = calendar_posts.create_posts(
        tab.plan,
        [PostDraft("instagram", "Post", "Titre", "draft", datetime(2026, 10, 6, 10, tzinfo=PARIS))],
    )
    tab.on_changes(changes)
    view = tab.month_view
    view.viewport().grab()  # the first frame, the card without its sign
    painted: list[int] = []
    real = grid_painting.paint_card

    def counting(painter, rect, post, **kwargs):  # type: ignore[no-untyped-def]
        painted.append(kwargs["warnings"])
        real(painter, rect, post, **kwargs)

    monkeypatch.setattr(grid_painting, "paint_card", counting)
    with qtbot.waitSignal(tab.warnings_shown, timeout=10_000):
        pass
    rect = view.visualRect(tab.month_model.index_of_post(ids[0]))
    image = view.viewport().grab().toImage()
    assert len(painted) == 1 and painted[0] > 0  # laid out again: the sign takes room
    size = min(rect.height() - 4, 14)
    sign = image.pixelColor(rect.right() - 2 - size + 3, rect.center().y())  # left of the "!"
    assert sign.name() == grid_painting.WARNING_SIGN.name()  # the yellow sign
    assert not _flagged(view, ids[0])
