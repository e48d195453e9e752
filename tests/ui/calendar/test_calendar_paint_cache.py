"""The month grid keeps its painted cards: a repaint with nothing changed lays out
no card again, and a changed post (or selection) is painted anew."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts
from smplanner.ui.calendar import grid_painting

PARIS = ZoneInfo("Europe/Paris")


def test_a_repaint_with_nothing_changed_reuses_every_card(calendar_tab, qtbot, monkeypatch):
    tab = calendar_tab
    drafts = [
        PostDraft(
            "instagram",
            f"Post {i}",
            f"Titre {i}",
            "draft",
            datetime(2026, 10, 5 + i, 10, tzinfo=PARIS),
        )
        for i in range(6)
    ]
    ids, changes = calendar_posts.create_posts(tab.plan, drafts)
    tab.on_changes(changes)
    painted: list[str] = []
    real = grid_painting.paint_card

    def counting(painter, rect, post, **kwargs):  # type: ignore[no-untyped-def]
        painted.append(post.title)
        real(painter, rect, post, **kwargs)

    monkeypatch.setattr(grid_painting, "paint_card", counting)
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
