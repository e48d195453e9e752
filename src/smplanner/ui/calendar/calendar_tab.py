"""Calendar tab: month, week and agenda views, ideas backlog, filters, rule warnings.

Views are item models fed by services (calendar_queries, read through a per-day
cache); every change goes through CalendarActions (one undo step each). Month and
week are each one custom-painted CalendarGridView: a change notice updates only the
days it names and the view repaints only their rectangles; the warnings are
recomputed just after on a worker thread (WarningsWorker, cached per day), so a
drop repaints at once and the panel follows when they are ready.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.post_refs import PostRef
from smplanner.services import calendar_queries
from smplanner.services.calendar_queries import CAMPAIGNS, POSTS, TIME_SLOTS
from smplanner.services.changes import Changes, Topic
from smplanner.storage.calendar_rows import plan_zone
from smplanner.ui.calendar.agenda_model import AgendaModel, agenda_table
from smplanner.ui.calendar.backlog_model import BacklogModel
from smplanner.ui.calendar.calendar_actions import CalendarActions
from smplanner.ui.calendar.calendar_dialog_launchers import CalendarDialogs
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.calendar.calendar_labels import CalendarLabels
from smplanner.ui.calendar.calendar_period import AGENDA as AGENDA  # the views' numbers
from smplanner.ui.calendar.calendar_period import MONTH as MONTH
from smplanner.ui.calendar.calendar_period import WEEK as WEEK
from smplanner.ui.calendar.calendar_period import CalendarPeriod, PeriodGrids
from smplanner.ui.calendar.calendar_selection import CalendarSelection
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar, filter_choices
from smplanner.ui.calendar.calendar_warnings import CalendarWarnings
from smplanner.ui.calendar.card_thumbnails import CardThumbnails
from smplanner.ui.calendar.cells_model import CalendarCellsModel, PostRole, month_cells
from smplanner.ui.calendar.day_posts_cache import DayPostsCache
from smplanner.ui.calendar.key_dates_overlay import KeyDatesOverlay
from smplanner.ui.calendar.post_gestures import PostGestures
from smplanner.ui.calendar.post_list_view import PostListView
from smplanner.ui.calendar.post_mime import plan_key
from smplanner.ui.calendar.unused_media import UnusedMedia
from smplanner.ui.calendar.warnings_model import WarningsModel
from smplanner.ui.calendar.warnings_panel import WarningsPanel
from smplanner.ui.calendar.week_guide import SlotLegend
from smplanner.ui.document import PlanDocument


class CalendarTab(QWidget):
    """The tab: it builds the views and wires its parts, each given only what it
    drives: ``period`` (which month or week, in which view), ``warnings``,
    ``selection`` (and the keys), ``dialogs``; the bars are its ``toolbar``."""

    warnings_shown = Signal()  # the panel and the cards show the latest warnings
    dialogs: CalendarDialogs  # built after the parts it uses; the views call it later

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan = document.plan
        self.calendar_actions = CalendarActions(document, self)
        self.zone = plan_zone(self.plan.conn)
        self._backlog_stale = False
        self.toolbar = CalendarToolbar()
        # The bar's widgets under their old names (exports and tests read the filters).
        self.network_filter = self.toolbar.network_filter
        self.status_filter = self.toolbar.status_filter
        self.campaign_filter = self.toolbar.campaign_filter
        self.pillar_filter = self.toolbar.pillar_filter
        self.period_label = self.toolbar.period_label
        self.view_combo = self.toolbar.view_combo
        self.day_cache = DayPostsCache(
            lambda first, after: calendar_queries.posts_between(self.plan, first, after)
        )

        self.month_model = CalendarCellsModel(self.day_cache.posts_on, self)
        self.month_model.plan_key = plan_key(document.plan.path)
        self.month_selection = QItemSelectionModel(self.month_model, self)
        self.month_view = CalendarGridView(self.month_model, self.month_selection, week=False)
        self.month_view.setAccessibleName(self.tr("Month calendar"))
        self.key_dates = KeyDatesOverlay(document, self)
        self.key_dates.attach(self.month_view)
        self.week_model = CalendarCellsModel(self.day_cache.posts_on, self)
        self.week_model.plan_key = plan_key(document.plan.path)
        self.week_selection = QItemSelectionModel(self.week_model, self)
        self.agenda_model = AgendaModel(self)
        self.agenda = agenda_table(self.agenda_model)
        self.agenda.doubleClicked.connect(lambda i: self.dialogs.edit_post(i.data(PostRole)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month_view)
        self.stack.addWidget(QWidget())  # week placeholder until first shown
        self.stack.addWidget(self.agenda)
        self.slot_legend = SlotLegend()  # the week grid's shading, said in words
        self.slot_legend.hide()
        grids = PeriodGrids(
            self.stack,
            self.month_model,
            self.month_selection,
            self.month_view,
            self.week_model,
            self.week_selection,
        )
        self.period = CalendarPeriod(
            self.plan,
            grids,
            self.toolbar,
            self.slot_legend,
            self.key_dates,
            self.day_cache,
            wire_grid=self._wire_grid,
            refresh_agenda=self.refresh_agenda,
            shown=self._period_shown,
        )

        self.backlog_model = BacklogModel(self)
        self.backlog_model.plan_key = plan_key(document.plan.path)
        self.backlog = PostListView()
        self.backlog.setModel(self.backlog_model)
        self.backlog.doubleClicked.connect(
            lambda i: self.dialogs.edit_post(self.backlog_model.post_at(i))
        )
        self.warnings_model = WarningsModel(self)
        self.warnings_list = WarningsPanel(self.warnings_model)
        self.warnings = CalendarWarnings(
            self.plan,
            self.period,
            self.toolbar,
            self.day_cache,
            self.agenda_model,
            self.warnings_model,
            worker_parent=self,
            shown=self.warnings_shown.emit,
        )
        self.warnings_worker = self.warnings.worker
        self.warnings_worker.ready.connect(
            lambda ready: self._if_open(lambda: self.warnings.arrived(ready))
        )
        self.warnings_list.post_clicked.connect(self.warnings.show_post)
        self.warnings_list.post_activated.connect(self._edit_post_by_id)

        self.selection = CalendarSelection(
            self.period,
            self.calendar_actions,
            self.agenda,
            self.backlog,
            self.backlog_model,
            edit_post=lambda post: self.dialogs.edit_post(post),
            delete_posts=lambda posts: self.dialogs.delete_posts(posts),
        )
        self.card_thumbnails = CardThumbnails(self.plan)
        self.calendar_labels = CalendarLabels(  # chips, filter, card submenu, dialog
            document, self.toolbar, self.period.grids, self.agenda_model, self.backlog, self
        )
        self.backlog.thumbnails = self.card_thumbnails.for_post
        self.dialogs = CalendarDialogs(
            self,
            document,
            self.zone,
            self.calendar_actions,
            self.toolbar,
            self.period,
            selected_posts=self.selection.selected_posts,
            post_warnings=self.warnings.for_post,
            confirm_delete=lambda posts, delete: self.gestures.confirm_delete(posts, delete),
        )
        self.gestures = PostGestures(
            self,
            document,
            self.calendar_actions,
            self.selection,
            self.dialogs,
            self.calendar_labels,
            self.period.grids,
            self.backlog,
        )
        for model in (self.month_model, self.week_model, self.backlog_model):
            model.drop_handler = self.dialogs.drop_posts
        self.gestures.attach(self.backlog, self.backlog_model.post_at)
        self.gestures.attach(self.agenda, lambda i: i.data(PostRole))
        self._wire_grid(self.month_view)

        self._build_layout()
        self._warnings_timer = QTimer(self)
        self._warnings_timer.setSingleShot(True)
        self._warnings_timer.setInterval(30)
        self._warnings_timer.timeout.connect(lambda: self._if_open(self._refresh_warnings))
        # Read the periods next to the one shown once the frame is out (after the
        # paint, not before it), so that the next switch finds them indexed.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(40)
        self._prefetch_timer.timeout.connect(lambda: self._if_open(self.period.prefetch_neighbours))
        self.selection.install_shortcuts(self)
        self._fill_filters()
        self.period.show()
        self.refresh_backlog()
        # The first write loads sqlite-utils (and numpy): do it while idle, not
        # inside the user's first drop.
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setSingleShot(True)
        self._warm_up_timer.timeout.connect(lambda: self._if_open(lambda: self.plan.db))
        self._warm_up_timer.start(500)

    @property
    def week_view(self) -> CalendarGridView | None:
        """The week grid, once first shown (the period builds it)."""
        return self.period.week_view

    def _period_shown(self) -> None:
        self._warnings_timer.start()
        self._prefetch_timer.start()

    def _if_open(self, work: Callable[[], object]) -> None:
        """Run deferred work unless the plan was closed meanwhile (window closing)."""
        try:
            self.plan.conn.total_changes  # noqa: B018  (raises once closed)
        except sqlite3.ProgrammingError:
            return
        work()

    def stop_background_work(self) -> None:
        """Stop the deferred reads (before the plan closes)."""
        for timer in (self._warnings_timer, self._prefetch_timer, self._warm_up_timer):
            timer.stop()
        self.warnings_worker.stop()
        self.warnings_worker.ready.disconnect()

    # ------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        from smplanner.ui.calendar.approval_actions import add_approval_entries
        from smplanner.ui.calendar.calendar_exchange_actions import exchange_button, selection_of
        from smplanner.ui.calendar.status_menu import StatusButton

        toolbar = self.toolbar
        self.status_button = StatusButton(self.calendar_actions, self.selection.selected_posts)
        add_approval_entries(self.status_button.status_menu, self)  # the client's say
        toolbar.add_action_widget(self.status_button)
        toolbar.add_action_widget(
            exchange_button(self, lambda: selection_of(self.toolbar, self.period))
        )
        toolbar.finish()
        period, dialogs = self.period, self.dialogs
        toolbar.previous_button.clicked.connect(lambda: period.step(-1))
        toolbar.next_button.clicked.connect(lambda: period.step(1))
        toolbar.today_button.clicked.connect(period.go_today)
        toolbar.view_combo.currentIndexChanged.connect(period.set_mode)
        toolbar.filters_changed.connect(self.apply_filters)
        toolbar.search_field.textChanged.connect(self.gestures.search)
        toolbar.new_button.clicked.connect(lambda: dialogs.create_post(None))
        toolbar.suggest_button.clicked.connect(dialogs.suggest_for_selection)
        toolbar.retro_button.clicked.connect(dialogs.open_retroplanning)
        toolbar.series_button.clicked.connect(dialogs.open_series)
        toolbar.campaign_button.clicked.connect(dialogs.open_campaign)
        toolbar.variants_button.clicked.connect(dialogs.open_variants)
        self.key_dates.add_to(toolbar.settings_button.menu())
        toolbar.time_slots_action.triggered.connect(dialogs.open_time_slots)
        toolbar.rules_action.triggered.connect(dialogs.open_rules)
        toolbar.labels_action.triggered.connect(self.calendar_labels.open_dialog)
        self.unused_media = UnusedMedia(self.document, self)
        toolbar.unused_media_action.triggered.connect(self.unused_media.ask)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Ideas (drag onto a day)")))
        left_box.addWidget(self.backlog)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(QLabel(self.tr("The method's warnings")))
        right_box.addWidget(self.warnings_list)
        centre = QWidget()
        centre_box = QVBoxLayout(centre)
        centre_box.setContentsMargins(0, 0, 0, 0)
        centre_box.setSpacing(2)
        centre_box.addWidget(self.slot_legend)
        centre_box.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 960, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    def _wire_grid(self, view: CalendarGridView) -> None:
        view.post_activated.connect(self.dialogs.edit_post)
        view.cell_activated.connect(self.dialogs.create_post)
        view.more_requested.connect(lambda cell: self.dialogs.show_day_posts(view, cell))
        model = view.cells_model()
        self.gestures.attach(view, model.post_at)
        view.highlight = self.gestures.matcher
        view.thumbnails = self.card_thumbnails.for_post
        view.ghost_lookup = self._post_by_id  # the ghost card of a drag (ideas too)
        view.ghost_landing = self._idea_landing

    def _idea_landing(self, post: PostRef, day: date) -> datetime | None:
        """Where an idea dropped on ``day`` would land: its network's best hour."""
        return datetime.combine(
            day, time(self.calendar_actions.best_hour(post.network, day)), self.zone
        )

    def _post_by_id(self, post_id: int) -> PostRef | None:
        found = calendar_queries.posts_by_id(self.plan, [post_id])
        return found[0] if found else None

    def _fill_filters(self) -> None:
        self.toolbar.fill_filters(*filter_choices(self.plan))

    # ------------------------------------------------------------ filters
    def apply_filters(self) -> None:
        """Narrow every part of the tab alike: grid, agenda, ideas and warnings."""
        accepts = self.toolbar.post_filter()
        self.month_model.accepts = accepts
        self.week_model.accepts = accepts
        # The grid first (that frame is the one the user waits for); the ideas and
        # the warnings follow with the deferred warnings refresh.
        self._backlog_stale = True
        self.period.show()

    # ------------------------------------------------------------ refresh
    def on_changes(self, changes: Changes) -> None:
        self.calendar_labels.on_changes(changes)
        if changes.touches(CAMPAIGNS, TIME_SLOTS, Topic.STRATEGY, Topic.CALENDAR_SETTINGS):
            self.warnings.forget_rules()
        if changes.touches(CAMPAIGNS):
            self.period.forget_campaigns()
            self._fill_filters()
        if changes.touches(TIME_SLOTS):
            self.period.forget_slots()
        if changes.touches(POSTS):
            days = changes.days
            if days is None or Topic.EVERYTHING in changes.topics:
                self.day_cache.clear()
                self.warnings_worker.cache.clear()
                self.period.current_model().reload()
            else:
                touched = {date.fromordinal(d) for d in days}
                self.day_cache.forget(touched)
                self.warnings_worker.cache.forget(touched)
                kept = self.selection.selected_post_ids()
                self.period.current_model().refresh_days(touched)
                self.selection.reselect(kept)
            self.refresh_backlog()
            if self.period.mode == AGENDA:
                self.refresh_agenda()
        elif changes.touches(CAMPAIGNS, TIME_SLOTS, Topic.STRATEGY):
            self.period.show()
        if self.key_dates.on_changes(changes):
            self._repaint_grids()
        if changes.touches(POSTS, CAMPAIGNS, TIME_SLOTS, Topic.STRATEGY, Topic.CALENDAR_SETTINGS):
            self._warnings_timer.start()

    def _repaint_grids(self) -> None:
        for view in (self.month_view, self.period.week_view):
            if view is not None:
                view.viewport().update()

    def _refresh_warnings(self) -> None:
        """The deferred refresh: the ideas if the filters changed, then the warnings."""
        if self._backlog_stale:
            self._backlog_stale = False
            self.refresh_backlog()
        self.warnings.refresh()

    def _edit_post_by_id(self, post_id: int) -> None:
        posts = calendar_queries.posts_by_id(self.plan, [post_id])
        if posts:
            self.dialogs.edit_post(posts[0])

    def refresh_backlog(self) -> None:
        accepts = self.toolbar.post_filter()
        self.backlog_model.set_posts([p for p in calendar_queries.ideas(self.plan) if accepts(p)])

    def refresh_agenda(self) -> None:
        first, after = self.period.span()
        if self.period.mode == AGENDA:
            anchor = self.period.anchor
            first = date(anchor.year, anchor.month, 1)
            after = month_cells(anchor.year, anchor.month)[-1].day + timedelta(days=1)
        posts = [
            p
            for p in calendar_queries.posts_between(self.plan, first, after)
            if self.month_model.accepts(p)
        ]
        self.agenda_model.set_posts(posts, self.warnings.by_post)
