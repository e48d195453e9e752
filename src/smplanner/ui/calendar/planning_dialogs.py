"""Dialogs of the calendar's planning tools: suggest a slot, recurring series, variants
per network (retro-planning has its own module). Each ends in one undo step."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks
from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.recurrence import Recurrence, RecurrenceError, parse_rule
from smplanner.services import calendar_planning
from smplanner.ui.calendar.calendar_actions import format_moment
from smplanner.ui.calendar.post_dialog import PostDialog

if TYPE_CHECKING:
    from smplanner.ui.calendar.planning_context import PlanningContext

KIND_LABELS = {
    "campaign": QT_TRANSLATE_NOOP("CampaignDialog", "Campaign"),
    "event": QT_TRANSLATE_NOOP("CampaignDialog", "Event"),
    "launch": QT_TRANSLATE_NOOP("CampaignDialog", "Launch"),
    "trade_fair": QT_TRANSLATE_NOOP("CampaignDialog", "Trade fair"),
    "sales": QT_TRANSLATE_NOOP("CampaignDialog", "Sales"),
    "holiday": QT_TRANSLATE_NOOP("CampaignDialog", "Holiday"),
}


def suggest_for(host: PlanningContext, posts: list[PostRef]) -> None:
    """Move each selected post to the next free good slot (one undo step)."""
    if not posts:
        QMessageBox.information(
            host.parent,
            QCoreApplication.translate("CalendarTab", "Suggest a slot"),
            QCoreApplication.translate("CalendarTab", "Select one or more posts first."),
        )
        return
    targets: dict[int, datetime | None] = {}
    ignoring = frozenset(p.id for p in posts)
    start = datetime.now(host.zone)
    for post in posts:
        found = calendar_planning.suggest_slot_for(
            host.plan, post.network, start, ignoring=ignoring
        )
        if found is not None:
            targets[post.id] = found
    if not targets:
        QMessageBox.information(
            host.parent,
            QCoreApplication.translate("CalendarTab", "Suggest a slot"),
            QCoreApplication.translate("CalendarTab", "No free good slot in the next weeks."),
        )
        return
    first = next(iter(targets.values()))
    assert first is not None
    text = QCoreApplication.translate(
        "CalendarActions", "Move %Ln post(s) to %1", "", len(targets)
    ).replace("%1", format_moment(first))
    host.actions.apply_targets(text, targets)
    host.go_to(first.date())


class SeriesDialog(QDialog):
    """How a series repeats: every week on the first post's weekday, or monthly."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recurring series"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every week on that weekday"), "weekly")
        self.kind.addItem(self.tr("Every two weeks on that weekday"), "biweekly")
        self.kind.addItem(self.tr("Same weekday each month (1st, 2nd…)"), "monthly")
        self.count = QSpinBox()
        self.count.setRange(2, 104)
        self.count.setValue(8)
        form.addRow(self.tr("Repeat"), self.kind)
        form.addRow(self.tr("Occurrences"), self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_rule(self, rule: str) -> None:
        """Preset the fields from a series' stored rule."""
        try:
            current = parse_rule(rule)
        except RecurrenceError:
            return
        kind = (
            "monthly"
            if current.freq == "MONTHLY"
            else "biweekly"
            if current.interval == 2
            else "weekly"
        )
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if current.count:
            self.count.setValue(current.count)

    def rule(self, first: datetime) -> str:
        kind = self.kind.currentData()
        weekday = first.weekday()
        if kind == "monthly":
            position = (first.day - 1) // 7 + 1
            return Recurrence(
                "MONTHLY", weekdays=(weekday,), month_position=position, count=self.count.value()
            ).to_rule()
        interval = 2 if kind == "biweekly" else 1
        return Recurrence(
            "WEEKLY", interval=interval, weekdays=(weekday,), count=self.count.value()
        ).to_rule()


def open_series_dialog(host: PlanningContext) -> None:
    """A new series: the post first (its date is the first occurrence), then the rule."""
    start = datetime.now(host.zone).replace(minute=0, second=0, microsecond=0)
    post_dialog = PostDialog(
        host.plan, PostDraft("facebook", status="draft", scheduled_at=start), host.zone, host.parent
    )
    if not post_dialog.exec():
        return
    draft = post_dialog.draft()
    if draft.scheduled_at is None:
        return
    series = SeriesDialog(host.parent)
    if series.exec():
        host.actions.create_series(draft, series.rule(draft.scheduled_at))


def change_series_dialog(host: PlanningContext, post: PostRef) -> None:
    """How an existing series repeats, from its first occurrence (one undo step)."""
    from smplanner.services import calendar_queries

    assert post.series_id is not None
    series = calendar_queries.series(host.plan).get(post.series_id)
    occurrences = calendar_queries.posts_in_series(host.plan, post.series_id)
    # The rule repeats from the first occurrence the series may still move.
    movable = [p for p in occurrences if not p.detached and p.status != "published"]
    dated = [p.scheduled_at for p in movable or occurrences if p.scheduled_at is not None]
    if series is None or not dated:
        return
    dialog = SeriesDialog(host.parent)
    dialog.setWindowTitle(QCoreApplication.translate("SeriesDialog", "How the series repeats"))
    dialog.show_rule(series.rule)
    if dialog.exec():
        host.actions.change_series_rule(series.id, dialog.rule(min(dated).astimezone(host.zone)))


def make_variants_dialog(host: PlanningContext, post: PostRef) -> None:
    """Pick the networks that get a variant of ``post`` (texts to adapt afterwards)."""
    dialog = QDialog(host.parent)
    dialog.setWindowTitle(QCoreApplication.translate("VariantsDialog", "Variants per network"))
    layout = QVBoxLayout(dialog)
    checks = []
    for item in all_networks():
        if item.id == post.network:
            continue
        check = QCheckBox(item.name)
        check.setProperty("network", item.id)
        layout.addWidget(check)
        checks.append(check)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec():
        chosen = [str(c.property("network")) for c in checks if c.isChecked()]
        if chosen:
            host.actions.make_variants(post, chosen)
