"""The warnings panel (issue #11 "Warnings that help") and its computation off the
GUI thread, cached per day (issue #13), driven with the mouse like a user."""

from __future__ import annotations

import threading
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_posts, calendar_rules
from smplanner.ui.calendar.calendar_tab import AGENDA, MONTH, WEEK
from smplanner.ui.calendar.cells_model import Cell

PARIS = ZoneInfo("Europe/Paris")
SAME = "Notre galette des rois frangipane est de retour en boutique dès ce matin"


def _settled(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Until the warnings of what is shown are on screen."""
    qtbot.waitUntil(
        lambda: (
            not tab._warnings_timer.isActive()
            and not tab.warnings_worker.busy
            and tab.warnings_worker._wanted is None
        )
    )


def _click(qtbot, panel, index, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    panel.scrollTo(index)
    point = panel.visualRect(index).center()
    if double:
        qtbot.mouseDClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _posts(tab):  # type: ignore[no-untyped-def]
    ids, changes = calendar_posts.create_posts(
        tab.plan,
        [
            PostDraft(
                "instagram", SAME, "Galette", "draft", datetime(2026, 10, 13, 9, tzinfo=PARIS)
            ),
            PostDraft(
                "facebook",
                SAME + " #galette",
                "Galette FB",
                "draft",
                datetime(2026, 10, 13, 11, tzinfo=PARIS),
            ),
            PostDraft(
                "instagram",
                "Atelier levain samedi",
                "Atelier",
                "draft",
                datetime(2026, 10, 20, 10, tzinfo=PARIS),
            ),
            PostDraft(
                "instagram",
                "Portrait de Julie",
                "Julie",
                "draft",
                datetime(2026, 10, 22, 23, tzinfo=PARIS),
            ),
        ],
    )
    tab.on_changes(changes)
    return ids


def test_one_line_per_cause_with_the_posts_named_under_it(calendar_tab, qtbot) -> None:
    tab = calendar_tab
    _posts(tab)
    _settled(tab, qtbot)
    model = tab.warnings_model
    causes = [model.text(r) for r in range(model.rowCount())]
    # Three Instagram posts without an objective: said once, with the count.
    assert [c for c in causes if c.startswith("Instagram: serves no objective")] == [
        "Instagram: serves no objective — 3 posts"
    ]
    # The near-identical pair once, not in both orders.
    same = [c for c in causes if c.startswith("Nearly the same text")]
    assert len(same) == 1
    row = causes.index("Instagram: serves no objective — 3 posts")
    children = [model.index(i, 0, model.index(row, 0)) for i in range(3)]
    texts = [c.data() for c in children]
    assert texts[0].startswith("Tue 13 Oct 09:00 · Instagram · “Galette”")
    assert "“Atelier”" in texts[1] and "“Julie”" in texts[2]


def test_a_click_selects_and_shows_the_post_a_double_click_opens_it(
    calendar_tab, qtbot, monkeypatch
) -> None:
    tab = calendar_tab
    ids = _posts(tab)
    _settled(tab, qtbot)
    tab.period.go_to(date(2026, 12, 1))  # the user looked elsewhere meanwhile...
    _settled(tab, qtbot)
    tab.period.go_to(date(2026, 10, 1))
    _settled(tab, qtbot)
    model, panel = tab.warnings_model, tab.warnings_list
    row = next(r for r in range(model.rowCount()) if "posted at night" in model.text(r))
    cause = model.index(row, 0)
    _click(qtbot, panel, cause)  # a cause of one post: opens onto its post line
    qtbot.waitUntil(lambda: panel.isExpanded(cause))
    julie = model.index(0, 0, cause)
    tab.period.set_mode(WEEK)  # the grid shows another week: the click goes to the post's
    tab.period.go_to(date(2026, 11, 2))
    _click(qtbot, panel, julie)
    qtbot.waitUntil(lambda: [p.id for p in tab.selection.selected_posts()] == [ids[3]])
    assert tab.period.span()[0] <= date(2026, 10, 22) < tab.period.span()[1]

    opened = []
    monkeypatch.setattr(tab.dialogs, "edit_post", lambda post: opened.append(post.id))
    _click(qtbot, panel, julie, double=True)
    assert opened == [ids[3]]


def test_long_lines_wrap_at_the_panels_width(calendar_tab, qtbot) -> None:
    tab = calendar_tab
    _posts(tab)
    _settled(tab, qtbot)
    panel, model = tab.warnings_list, tab.warnings_model
    panel.setFixedWidth(180)
    qtbot.waitUntil(lambda: panel.viewport().width() < 200)
    panel.doItemsLayout()
    row = next(r for r in range(model.rowCount()) if model.text(r).startswith("Nearly the same"))
    height = panel.visualRect(model.index(row, 0)).height()
    line = panel.fontMetrics().height()
    assert height >= 2 * line  # wrapped on several lines, none cut
    next_rect = panel.visualRect(model.index(row + 1, 0))
    assert next_rect.top() >= panel.visualRect(model.index(row, 0)).bottom()


def test_the_agenda_counts_the_same_however_it_was_reached(calendar_tab, qtbot) -> None:
    tab = calendar_tab
    ids = _posts(tab)
    counts = []
    for path in ([MONTH, AGENDA], [WEEK, AGENDA], [AGENDA, "next", "back"]):
        for step in path:
            if step == "next":
                tab.period.step(1)
            elif step == "back":
                tab.period.step(-1)
            else:
                tab.period.go_to(date(2026, 10, 14))
                tab.view_combo.setCurrentIndex(step)
            _settled(tab, qtbot)
        model = tab.agenda_model
        column = model.columnCount() - 1
        by_row = {
            model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id: model.index(r, column).data()
            for r in range(model.rowCount())
        }
        counts.append([by_row.get(i) for i in ids])
        tab.view_combo.setCurrentIndex(MONTH)
    assert counts[0] == counts[1] == counts[2]
    assert all(counts[0]), counts  # every post has a count (no blank)


def test_the_rules_run_off_the_gui_thread_and_never_block_it(calendar_tab, qtbot, monkeypatch):
    tab = calendar_tab
    _settled(tab, qtbot)
    release = threading.Event()
    threads = []
    real = calendar_rules.compute_warnings

    def slow(request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(10)
        return real(request)

    monkeypatch.setattr("smplanner.ui.calendar.warnings_worker.compute_warnings", slow)
    _posts(tab)
    qtbot.waitUntil(lambda: tab.warnings_worker.busy)
    # The rules are stuck; the tab still answers: a month switch paints at once.
    tab.period.step(1)
    tab.period.step(-1)
    assert tab.period.span()[0] <= date(2026, 10, 14) < tab.period.span()[1]
    assert threads and threads[0] is not threading.main_thread()
    assert tab.warnings_model.rowCount() == 0  # nothing yet...
    with qtbot.waitSignal(tab.warnings_shown, timeout=10_000):
        release.set()
    qtbot.waitUntil(lambda: tab.warnings_model.rowCount() > 0)  # ...then they arrive


def test_warnings_are_cached_per_day_and_a_drop_recomputes_its_days(calendar_tab, qtbot):
    tab = calendar_tab
    ids = _posts(tab)
    _settled(tab, qtbot)
    worker = tab.warnings_worker
    tab.period.step(1)
    _settled(tab, qtbot)
    before = worker.computed_days
    tab.period.step(-1)  # back to October: every day is cached
    _settled(tab, qtbot)
    assert worker.computed_days == before
    tab.calendar_actions.drop([ids[3]], Cell(date(2026, 10, 23)), False)  # the next day, same time
    _settled(tab, qtbot)
    assert worker.computed_days == before + 2  # the day it left and the day it reached
    model = tab.warnings_model
    row = next(r for r in range(model.rowCount()) if "posted at night" in model.text(r))
    assert model.index(0, 0, model.index(row, 0)).data().startswith("Fri 23 Oct 23:00")


def test_only_the_cards_whose_warnings_change_are_repainted(calendar_tab, qtbot):
    tab = calendar_tab
    ids = _posts(tab)
    _settled(tab, qtbot)
    model = tab.month_model
    reported: list[int] = []  # cell rows the grid is told to repaint for the warnings
    model.dataChanged.connect(
        lambda top, bottom, roles: reported.extend(
            index.internalId() - 1 for index in (top, bottom) if index.isValid()
        )
    )
    # The workshop moves a day on: its days are computed again, its warnings the same.
    workshop = tab.warnings.for_post(ids[2])
    assert workshop  # no objective, no pillar…
    tab.calendar_actions.drop([ids[2]], Cell(date(2026, 10, 21)), False)
    _settled(tab, qtbot)
    assert tab.warnings.for_post(ids[2]) == workshop
    assert reported == []
    # The Facebook galette leaves the Instagram one's day: both lose "nearly the same".
    galette = len(tab.warnings.for_post(ids[0]))
    tab.calendar_actions.drop([ids[1]], Cell(date(2026, 10, 14)), False)
    _settled(tab, qtbot)
    assert len(tab.warnings.for_post(ids[0])) == galette - 1
    thirteenth = model.row_of(Cell(date(2026, 10, 13)))
    fourteenth = model.row_of(Cell(date(2026, 10, 14)))
    assert set(reported) == {thirteenth, fourteenth}
    assert not any(t.startswith("Nearly the same text") for t in tab.warnings_model.all_texts())
