"""The Calendar tab's dialogs: edit or create a post, the planning tools, the settings.
A part the tab owns (``tab.dialogs``), given the document, the zone, the actions, the
bar, the period and three callbacks, not the tab. Each dialog ends in one undo step
through CalendarActions.

The heavier dialog modules are imported when first opened, not with the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.recurrence import SeriesScope
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.services import calendar_queries
from smplanner.storage.calendar_rows import post_as_draft
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.calendar.calendar_period import CalendarPeriod
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar
from smplanner.ui.calendar.cells_model import Cell
from smplanner.ui.calendar.planning_context import PlanningContext
from smplanner.ui.document import PlanDocument

if TYPE_CHECKING:
    from smplanner.ui.calendar.campaigns_dialog import CampaignsDialog
    from smplanner.ui.calendar.day_posts_popup import DayPostsPopup
    from smplanner.ui.calendar.rules_dialog import RulesDialog
    from smplanner.ui.calendar.series_scope import SeriesScopeQuestion
    from smplanner.ui.calendar.time_slots_dialog import TimeSlotsDialog


class CalendarDialogs:
    """The dialogs of the posts, the planning tools and the settings, opened over
    ``parent`` (the tab as a widget); the dialog last opened of each kind is kept
    (tests answer it)."""

    def __init__(
        self,
        parent: QWidget,
        document: PlanDocument,
        zone: ZoneInfo,
        actions: CalendarActions,
        toolbar: CalendarToolbar,
        period: CalendarPeriod,
        *,
        selected_posts: Callable[[], list[PostRef]],
        post_warnings: Callable[[int], list[RuleWarning]],
        confirm_delete: Callable[[list[PostRef], Callable[[], object]], None],
    ) -> None:
        """``selected_posts`` are the posts a tool acts on, ``post_warnings`` those a
        post's dialog lists, ``confirm_delete`` asks before deleting several posts."""
        self.parent = parent
        self.document = document
        self.zone = zone
        self.calendar_actions = actions
        self.toolbar = toolbar
        self.period = period
        self._selected_posts = selected_posts
        self._post_warnings = post_warnings
        self._confirm_delete = confirm_delete
        self.day_popup: DayPostsPopup | None = None
        self.scope_question: SeriesScopeQuestion | None = None
        self.campaigns_dialog: CampaignsDialog | None = None
        self.time_slots_dialog: TimeSlotsDialog | None = None
        self.rules_dialog: RulesDialog | None = None

    @property
    def plan(self) -> PlanFile:
        return self.document.plan

    def planning(self) -> PlanningContext:
        """What the planning dialogs use of the tab (they are given nothing else)."""
        return PlanningContext(
            self.parent,
            self.document,
            self.zone,
            self.period.anchor,
            self.calendar_actions,
            self.period.go_to,
        )

    def show_day_posts(self, view: CalendarGridView, cell: Cell) -> None:
        """The "+N more" popup of a busy cell, under that cell."""
        from smplanner.ui.calendar.day_posts_popup import DayPostsPopup

        model = view.cells_model()
        selection = view.selectionModel()
        popup = DayPostsPopup(model, selection, cell, self.parent)
        popup.list.label_colours = model.label_colours  # the chips, as on the grid
        popup.post_activated.connect(self.edit_post)
        rect = view.cell_rect(cell)
        popup.show_at(view.viewport().mapToGlobal(rect.topLeft()))
        self.day_popup = popup

    def edit_post(self, post: PostRef | None) -> None:
        """The post dialog; an occurrence of a series asks which occurrences change."""
        from smplanner.ui.calendar.post_dialog import PostDialog

        if post is None:
            return
        dialog = PostDialog(self.plan, post_as_draft(post), self.zone, self.parent)
        from smplanner.texts.warning_texts import warning_text

        dialog.show_warnings([warning_text(w) for w in self._post_warnings(post.id)])
        if not dialog.exec():
            return
        draft = dialog.draft()
        if post.series_id is None:
            self.calendar_actions.update(post, draft)
            return
        from smplanner.ui.calendar.series_scope import EDIT

        self.ask_series_scope(
            EDIT, lambda scope: self.calendar_actions.update_in_scope(post, draft, scope)
        )

    def ask_series_scope(self, action: str, on_answer: Callable[[SeriesScope], object]) -> None:
        """Ask which occurrences of a series a change reaches; the answer calls back."""
        from smplanner.ui.calendar.series_scope import SeriesScopeQuestion

        self.scope_question = SeriesScopeQuestion(self.parent, action, on_answer)
        self.scope_question.ask()

    def drop_posts(self, ids: list[int], cell: Cell | None, copy: bool) -> bool:
        """A drop on the grid or the ideas; moving one occurrence of a series asks first."""
        if copy or cell is None or len(ids) != 1:
            return self.calendar_actions.drop(ids, cell, copy)
        posts = calendar_queries.posts_by_id(self.plan, ids)
        if not posts or posts[0].series_id is None:
            return self.calendar_actions.drop(ids, cell, copy)
        from smplanner.ui.calendar.series_scope import MOVE

        post = posts[0]
        self.ask_series_scope(
            MOVE, lambda scope: self.calendar_actions.move_in_scope(post, cell, scope)
        )
        return True

    def delete_posts(self, posts: list[PostRef]) -> None:
        """Delete; deleting one occurrence of a series asks how far, several posts ask
        first."""
        if len(posts) == 1 and posts[0].series_id is not None:
            from smplanner.ui.calendar.series_scope import DELETE

            post = posts[0]
            self.ask_series_scope(
                DELETE, lambda scope: self.calendar_actions.delete_in_scope(post, scope)
            )
        elif len(posts) > 1:
            ids = [p.id for p in posts]
            self._confirm_delete(posts, lambda: self.calendar_actions.delete(ids))
        elif posts:
            self.calendar_actions.delete([p.id for p in posts])

    def create_post(self, cell: Cell | None) -> None:
        """New post (double-click on a cell: at that day/time)."""
        from smplanner.ui.calendar.post_dialog import PostDialog

        network = self.toolbar.network_filter.currentData() or "facebook"
        when = None
        if cell is not None:
            hour = (
                cell.hour
                if cell.hour is not None
                else self.calendar_actions.best_hour(network, cell.day)
            )
            when = datetime.combine(cell.day, time(hour), self.zone)
        draft = PostDraft(network, status="draft" if when else "idea", scheduled_at=when)
        dialog = PostDialog(self.plan, draft, self.zone, self.parent)
        if dialog.exec():
            self.calendar_actions.create(dialog.draft())

    def suggest_for_selection(self) -> None:
        from smplanner.ui.calendar.planning_dialogs import suggest_for

        suggest_for(self.planning(), self._selected_posts())

    def open_retroplanning(self) -> None:
        from smplanner.ui.calendar.retroplanning_dialog import RetroPlanningDialog

        RetroPlanningDialog(self.planning()).exec()

    def open_series(self) -> None:
        """A new series, or (an occurrence selected) how its series repeats."""
        from smplanner.ui.calendar.planning_dialogs import change_series_dialog, open_series_dialog

        in_series = [p for p in self._selected_posts() if p.series_id is not None]
        if in_series:
            change_series_dialog(self.planning(), in_series[0])
        else:
            open_series_dialog(self.planning())

    def open_campaign(self) -> None:
        """The plan's campaigns and events, to add, edit or delete them."""
        from smplanner.ui.calendar.campaigns_dialog import CampaignsDialog

        self.campaigns_dialog = CampaignsDialog(self.planning())
        self.campaigns_dialog.exec()

    def open_variants(self) -> None:
        from smplanner.ui.calendar.planning_dialogs import make_variants_dialog

        posts = self._selected_posts()
        if posts:
            make_variants_dialog(self.planning(), posts[0])

    def open_time_slots(self) -> None:
        from smplanner.ui.calendar.time_slots_dialog import TimeSlotsDialog

        network = self.toolbar.network_filter.currentData()
        self.time_slots_dialog = TimeSlotsDialog(self.document, network, self.parent)
        self.time_slots_dialog.show()

    def open_rules(self) -> None:
        from smplanner.ui.calendar.rules_dialog import RulesDialog

        self.rules_dialog = RulesDialog(self.document, self.parent)
        self.rules_dialog.show()
