"""Statistics tab: imported figures over time against the objectives, the posts that
work best, the best hours, and plan versus actual.

Built lazily on first show (pyqtgraph loads then). It reads through the
statistics services and writes only through undoable commands.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.services import statistics_queries as queries
from smplanner.services.changes import Changes, Topic
from smplanner.services.statistics_ingest import STATISTICS
from smplanner.services.statistics_queries import SeriesKey
from smplanner.ui.document import PlanDocument
from smplanner.ui.qt_dates import py_date
from smplanner.ui.statistics import chart_content
from smplanner.ui.statistics.best_hours_panel import BestHoursPanel
from smplanner.ui.statistics.chart_series import ChartSeries
from smplanner.ui.statistics.drop_highlight import DropHighlight
from smplanner.ui.statistics.metric_names import metric_order
from smplanner.ui.statistics.objectives_panel import ObjectivesPanel
from smplanner.ui.statistics.pillar_mix_panel import PillarMixPanel
from smplanner.ui.statistics.plan_actual_panel import PlanActualPanel
from smplanner.ui.statistics.posts_pane import PostsPane
from smplanner.ui.statistics.series_chart import SeriesChart
from smplanner.ui.statistics.series_tree import SeriesTree
from smplanner.ui.statistics.totals_panel import TotalsPanel
from smplanner.ui.strategy.record_delegates import date_format

if TYPE_CHECKING:
    from smplanner.ui.statistics.import_dialog import ImportDialog

# Ticked when the plan's figures are first shown: audience size and how far posts go.
DEFAULT_METRICS = ("followers", "reach", "impressions", "views")
DEFAULT_COUNT = 4


class StatisticsTab(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = False  # figures changed while the tab was hidden
        self.setAcceptDrops(True)
        self.drop_highlight = DropHighlight(self)  # says what a drop of files will do

        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.clicked.connect(lambda: self.open_import_dialog([]))
        self.manual_button = QPushButton(self.tr("Type figures in…"))
        self.manual_button.clicked.connect(self._open_manual_entry)
        self.match_button = QPushButton(self.tr("Match planned posts"))
        self.match_button.setToolTip(
            self.tr("Link imported posts to the calendar's posts; matched posts become published.")
        )
        self.match_button.clicked.connect(self.match_planned_posts)
        self.period = QComboBox()
        for text, key in [
            (self.tr("All time"), "all"),
            (self.tr("Last 7 days"), "7"),
            (self.tr("Last 28 days"), "28"),
            (self.tr("Last 90 days"), "90"),
            (self.tr("This month"), "month"),
            (self.tr("Custom"), "custom"),
        ]:
            self.period.addItem(text, key)
        self.start_edit = QDateEdit(QDate.currentDate().addDays(-28))
        self.end_edit = QDateEdit(QDate.currentDate())
        self.start_edit.setAccessibleName(self.tr("First day of the period"))
        self.end_edit.setAccessibleName(self.tr("Last day of the period"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(date_format())  # four-digit years (10/29/2026)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._period_edited)
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By day"), "day")
        self.grouping.addItem(self.tr("By week"), "week")
        self.grouping.addItem(self.tr("By month"), "month")
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.grouping.currentIndexChanged.connect(self._draw_chart)
        self.split = QCheckBox(self.tr("One chart per metric"))
        self.split.setToolTip(
            self.tr(
                "Figures of very different sizes (followers, reach, watch time) "
                "each get their own scale."
            )
        )
        self.split.setChecked(True)
        self.split.toggled.connect(self._draw_chart)
        export_png = QPushButton(self.tr("Chart as PNG…"))
        export_png.clicked.connect(self._export_png)

        # Two rows: the French words of one row made the window wider than a laptop's.
        actions = QHBoxLayout()
        for widget in (self.import_button, self.manual_button, self.match_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(export_png)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(self.start_edit)
        top.addWidget(self.end_edit)
        top.addWidget(self.grouping)
        top.addWidget(self.split)
        top.addStretch(1)

        self.empty_label = QLabel(
            self.tr(
                "No statistics yet. Import the exports downloaded from the networks "
                "(drop the files here), or type figures in."
            )
        )
        self.empty_label.setWordWrap(True)
        self.series_tree = SeriesTree()
        self.series_tree.setMinimumWidth(180)
        self.series_tree.setMaximumWidth(300)
        self.series_tree.changed.connect(self._draw_chart)
        self.chart = SeriesChart()
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.series_tree)
        upper.addWidget(self.chart)
        upper.setStretchFactor(1, 1)
        upper.setSizes([230, 800])

        self.details = QTabWidget()
        self.objectives = ObjectivesPanel()
        self.objectives.selected.connect(lambda _status: self._draw_chart())
        self.hours = BestHoursPanel(document)
        self.details.addTab(self.objectives, self.tr("Objectives"))
        self.details.addTab(self._build_posts(), self.tr("Posts"))
        self.details.addTab(self.hours, self.tr("Best hours"))
        self.totals = TotalsPanel()
        self.details.addTab(self.totals, self.tr("Totals"))
        self.plan_actual = PlanActualPanel(document)
        self.details.addTab(self.plan_actual, self.tr("Plan vs actual"))
        self.pillar_mix = PillarMixPanel(document)
        self.details.addTab(self.pillar_mix, self.tr("Pillars and campaigns"))
        self.details.addTab(self._build_imports(), self.tr("Imports"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.details)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self._period_chosen()
        self.refresh()

    # ------------------------------------------------------------ panes

    def _build_posts(self) -> QWidget:
        self.posts_pane = PostsPane(self._suggested)
        self.posts_model = self.posts_pane.model
        self.posts_view = self.posts_pane.view
        self.posts_filter = self.posts_pane.filter
        return self.posts_pane

    def _build_imports(self) -> QWidget:
        self.imports_table = QTableWidget(0, 4)
        self.imports_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Source"), self.tr("Kind"), self.tr("New / updated")]
        )
        self.imports_table.setWordWrap(False)
        header = self.imports_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.imports_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return self.imports_table

    # ------------------------------------------------------------ refresh

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(STATISTICS, Topic.STRATEGY, Topic.POSTS):
            if self.isVisible():
                self.refresh()
            else:
                # Hidden (the user is editing the calendar): read again when shown, so
                # that moving a post never waits for the statistics of the whole plan.
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        plan = self._document.plan
        series_keys = queries.series_keys(plan)
        keys = [(key.network, key.metric) for key in series_keys]
        shown_before = self.series_tree.count() > 0
        checked = (
            set(self.series_tree.checked()) if shown_before else self._default_series(series_keys)
        )
        self.series_tree.set_series(keys, checked)
        self.empty_label.setVisible(not keys and queries.stat_post_count(plan) == 0)
        from smplanner.services.statistics_ingest import plan_timezone

        self.posts_model.load(plan, zone=plan_timezone(plan))
        self.objectives.refresh(plan)
        self.plan_actual.mark_stale()
        self.pillar_mix.mark_stale()
        self._fill_imports()
        self.hours.refresh(sorted(set(queries.stat_post_networks(plan)) | {n for n, _ in keys}))
        self._draw_chart()

    def period_bounds(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        if key == "all":
            return None, None
        return py_date(self.start_edit.date()), py_date(self.end_edit.date())

    def _period_chosen(self) -> None:
        key = self.period.currentData()
        today = date.today()
        custom = key == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if key in ("7", "28", "90"):
            start = today - timedelta(days=int(key) - 1)
        elif key == "month":
            start = today.replace(day=1)
        else:
            start = None
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(True)
        if start is not None:
            self.start_edit.setDate(QDate(start.year, start.month, start.day))
            self.end_edit.setDate(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(False)
        self._draw_chart()

    def _period_edited(self) -> None:
        if self.period.currentData() == "custom":
            self._draw_chart()

    @staticmethod
    def _default_series(keys: list[SeriesKey]) -> set[tuple[str, str]]:
        """The figures ticked the first time: audience and reach of the networks with
        the longest history (a two-day export is less telling than two months)."""
        useful = [key for key in keys if key.metric in DEFAULT_METRICS]
        days = {
            key.network: max(k.days for k in useful if k.network == key.network) for key in useful
        }
        useful.sort(key=lambda key: (-days[key.network], key.network, metric_order(key.metric)))
        chosen = useful[:DEFAULT_COUNT] or keys[:3]
        return {(key.network, key.metric) for key in chosen}

    def chart_series(self) -> list[ChartSeries]:
        """The checked series over the period, aggregated as chosen."""
        start, end = self.period_bounds()
        return chart_content.chart_series(
            self._document.plan,
            self.series_tree.checked(),
            start=start,
            end=end,
            grouping=str(self.grouping.currentData()),
            split=self.split.isChecked(),
        )

    def _draw_chart(self) -> None:
        status = self.objectives.current()
        objective = None
        if status is not None:
            objective = chart_content.objective_drawing(status, self.objectives.status_text(status))
        start, end = self.period_bounds()
        self.chart.set_series(
            self.chart_series(),
            split=self.split.isChecked(),
            days=(start, end) if start is not None and end is not None else None,
            objective=objective,
            grouping=str(self.grouping.currentData()),
        )
        self.totals.show_totals(self._document.plan, self.series_tree.checked(), start, end)
        self.pillar_mix.set_period(start, end)

    # ------------------------------------------------------------ actions

    def match_planned_posts(self) -> None:
        from smplanner.services import statistics_edits

        plan = self._document.plan
        edit = self._document.run(
            self.tr("Match imported posts to planned posts"),
            lambda: statistics_edits.match_planned_posts(plan),
        )
        if edit is not None:  # say what it did, where its result shows
            self.details.setCurrentWidget(self.plan_actual)
            self.plan_actual.matched(int(edit.value or 0))

    def open_import_dialog(self, paths: list[Path]) -> ImportDialog:
        from smplanner.ui.statistics.import_dialog import ImportDialog

        dialog = ImportDialog(self._document, self)
        dialog.add_paths(paths)
        dialog.open()
        return dialog

    def _open_manual_entry(self) -> None:
        from smplanner.ui.statistics.manual_entry_dialog import ManualEntryDialog

        ManualEntryDialog(self._document, self).open()

    def _fill_imports(self) -> None:
        records = queries.imports(self._document.plan)
        self.imports_table.setRowCount(len(records))
        for row, record in enumerate(records):
            counts = f"{record.posts_added + record.daily_added} / " + str(
                record.posts_updated + record.daily_updated
            )
            for column, value in enumerate(
                [
                    _local_moment(record.imported_at),
                    # Typed-in figures are stored as "Typed in": said in the user's tongue.
                    self._kind_label(record.source_kind)
                    if record.source_kind == "manual"
                    else record.source_label,
                    self._kind_label(record.source_kind),
                    counts,
                ]
            ):
                self.imports_table.setItem(row, column, QTableWidgetItem(value))

    def _kind_label(self, kind: str) -> str:
        """The export layout's name ("Meta Business Suite — Instagram posts")."""
        from smplanner.importers.export_files import ALL_KINDS

        if kind == "manual":
            return self.tr("Typed in")
        if kind == "generic_csv":
            return self.tr("CSV with a column mapping")
        return next((item.label for item in ALL_KINDS if item.kind == kind), kind)

    def _suggested(self, name: str) -> str:
        from smplanner.ui.app_paths import suggested_beside

        return str(suggested_beside(self._document.plan.path, name))

    def _export_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            self._suggested(self.tr("%1 - chart.png").replace("%1", self._document.plan.path.stem)),
            "PNG (*.png)",
        )
        if name:
            self.chart.export_png(name)

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_import_dialog([Path(url.toLocalFile()) for url in event.mimeData().urls()])


def _local_moment(stamp: str) -> str:
    """A stored UTC time ("2026-12-03T13:52:00+00:00") on this computer's clock, in the
    interface's date format ("03/12/2026 14:52" in French)."""
    try:
        when = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    day = QDate(when.year, when.month, when.day).toString(date_format())
    clock = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"
