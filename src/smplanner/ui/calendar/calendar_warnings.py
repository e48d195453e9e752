"""The Calendar tab's warnings: asked of the worker, shown in the panel and on the
cards, and a warning clicked leads to its post. A part the tab owns
(``tab.warnings``), given the plan, the period, the bar, the day cache and the two
models it fills, not the tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QObject

from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleContext, RuleWarning, warnings_by_post
from smplanner.services import calendar_queries, calendar_rules
from smplanner.services.media import all_media_facts
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.agenda_model import AgendaModel
from smplanner.ui.calendar.calendar_period import AGENDA, MONTH, CalendarPeriod
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar, warning_filter
from smplanner.ui.calendar.day_posts_cache import DayPostsCache
from smplanner.ui.calendar.warning_groups import WarningLine, group_warnings
from smplanner.ui.calendar.warnings_model import WarningsModel
from smplanner.ui.calendar.warnings_worker import ReadyWarnings, WarningsWorker


class CalendarWarnings:
    """The warnings of the period shown, computed on ``worker`` (cached per day)."""

    def __init__(
        self,
        plan: PlanFile,
        period: CalendarPeriod,
        toolbar: CalendarToolbar,
        day_cache: DayPostsCache,
        agenda_model: AgendaModel,
        warnings_model: WarningsModel,
        *,
        worker_parent: QObject,
        shown: Callable[[], None],
    ) -> None:
        """``shown`` follows every arrival shown on the cards and in the panel."""
        self.plan = plan
        self.period = period
        self.toolbar = toolbar
        self.day_cache = day_cache
        self.agenda_model = agenda_model
        self.warnings_model = warnings_model
        self._shown = shown
        self.warnings: list[RuleWarning] = []
        self.by_post: dict[int, list[RuleWarning]] = {}
        self._rule_context: RuleContext | None = None
        self.worker = WarningsWorker(self.snapshot, _prepare_warnings, worker_parent)

    def forget_rules(self) -> None:
        """The rules, campaigns or slots changed: read them again, recompute every day."""
        self._rule_context = None
        self.worker.cache.clear()

    def for_post(self, post_id: int) -> list[RuleWarning]:
        """The warnings shown for this post (on its card and in the panel)."""
        return list(self.by_post.get(post_id, []))

    def refresh(self) -> None:
        """Ask for the warnings of what is shown; they arrive later (``shown``)."""
        self.worker.request(*self.period.span())

    def snapshot(
        self, first: date, after: date, days: list[date], generation: int
    ) -> calendar_rules.WarningsRequest:
        """What the worker needs, read on this thread (mostly from the grid's cache)."""
        if self._rule_context is None:
            self._rule_context = calendar_rules.rule_context(self.plan)
        # Groups and media change with the posts (variants, attachments): read them each
        # time (small tables; the media without their bytes).
        context = replace(
            self._rule_context,
            groups=calendar_queries.groups(self.plan),
            media_facts=all_media_facts(self.plan),
        )
        by_day = self.day_cache.posts_by_day(first, after)
        return calendar_rules.WarningsRequest(
            first=first,
            after_last=after,
            context=context,
            days_to_check={day: by_day[day] for day in days},
            posts=[post for day in sorted(by_day) for post in by_day[day]],
            generation=generation,
        )

    def arrived(self, ready: ReadyWarnings) -> None:
        self.warnings = ready.warnings
        assert isinstance(ready.prepared, tuple)  # what _prepare_warnings returns
        by_post, lines = ready.prepared
        self.by_post = by_post
        self.period.current_model().set_warnings(by_post)
        if self.period.mode == AGENDA:
            self.agenda_model.set_warnings(by_post)
        if self.toolbar.active_filters():
            self._show_filtered()
        else:  # grouped on the worker already
            self.warnings_model.set_lines(ready.warnings, lines)
        self._shown()

    def _show_filtered(self) -> None:
        """The panel lists the warnings of what the filters show."""
        first, after = self.period.span()
        posts = {p.id: p for p in self.day_cache.posts_on(_days(first, after))}
        named = {i for w in self.warnings for i in w.post_ids} - set(posts)
        if named:  # a group's variant outside the period
            posts.update({p.id: p for p in calendar_queries.posts_by_id(self.plan, named)})
        if not self.toolbar.active_filters():
            self.warnings_model.set_warnings(self.warnings, posts)
            return
        shows = warning_filter(self.toolbar, posts)
        self.warnings_model.set_warnings([w for w in self.warnings if shows(w)], posts)

    def show_post(self, post_id: int) -> None:
        """Select a post on the grid, going to its month or week (a warning clicked)."""
        found = calendar_queries.posts_by_id(self.plan, [post_id])
        post = found[0] if found else None
        if post is None or post.scheduled_at is None:
            return
        period = self.period
        if period.mode == AGENDA:
            period.set_mode(MONTH)
            self.toolbar.view_combo.setCurrentIndex(MONTH)
        first, after = period.span()
        if not first <= post.scheduled_at.date() < after:
            period.go_to(post.scheduled_at.date())
        grid = period.current_grid()
        index = period.current_model().index_of_post(post_id)
        if grid is None or not index.isValid():
            return
        selection = period.current_selection()
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        grid.scrollTo(index)


def _prepare_warnings(
    warnings: list[RuleWarning], posts: dict[int, PostRef]
) -> tuple[dict[int, list[RuleWarning]], list[WarningLine]]:
    """On the worker thread: the cards' index and the panel's lines."""
    return warnings_by_post(warnings), group_warnings(warnings, posts)


def _days(first: date, after: date) -> list[date]:
    return [date.fromordinal(d) for d in range(first.toordinal(), after.toordinal())]
