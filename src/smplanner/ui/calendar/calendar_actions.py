"""User actions on posts as undo steps: each calls services, never SQL.

One call = one undo step: a service of services/calendar_edits.py makes the change
and returns the Edit that reverses it; PlanDocument.run pushes it, named for the
undo menu ("Move 3 posts to Tue 14 Oct 18:00").
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.services import calendar_edits, calendar_queries
from smplanner.storage.calendar_rows import plan_zone
from smplanner.ui.calendar.cells_model import Cell
from smplanner.ui.document import PlanDocument

DEFAULT_HOUR = 10


def format_moment(moment: datetime) -> str:
    """'Tue 14 Oct 18:00' in the interface's language (the wall-clock time shown)."""
    return QLocale().toString(moment.replace(tzinfo=None), "ddd d MMM HH:mm")


class CalendarActions(QObject):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    @property
    def zone(self) -> ZoneInfo:
        return plan_zone(self.document.plan.conn)

    def target_time(self, post: PostRef, cell: Cell) -> datetime:
        """Where a post lands in a cell: the cell's hour, else its own time of day,
        else its network's best slot that weekday, else 10:00."""
        if cell.hour is not None:
            minute = post.scheduled_at.minute if post.scheduled_at else 0
            return datetime.combine(cell.day, time(cell.hour, minute), self.zone)
        if post.scheduled_at is not None:
            return datetime.combine(
                cell.day, post.scheduled_at.timetz().replace(tzinfo=None), self.zone
            )
        return datetime.combine(cell.day, time(self.best_hour(post.network, cell.day)), self.zone)

    def best_hour(self, network: str, day: date) -> int:
        """The best daytime hour of that weekday that is not the network's peak: a drop
        in the peak slot would at once get the "competition posts then too" warning."""
        from smplanner.domain.slots import as_table, peak_hours
        from smplanner.services.time_slots import effective_slots

        slots, _source = effective_slots(self.document.plan, network)
        peaks = peak_hours(as_table(slots))
        ranked = sorted(
            (s for s in slots if s.weekday == day.weekday() and 8 <= s.hour <= 20 and s.score > 0),
            key=lambda s: ((s.weekday, s.hour) in peaks, -s.score, s.hour),
        )
        return ranked[0].hour if ranked else DEFAULT_HOUR

    def drop(self, ids: list[int], cell: Cell | None, copy: bool) -> bool:
        """Move (or copy) posts to a cell, or back to the backlog (cell None)."""
        posts = calendar_queries.posts_by_id(self.document.plan, ids)
        if not posts:
            return False
        targets = {p.id: (None if cell is None else self.target_time(p, cell)) for p in posts}
        n = len(posts)
        if cell is None:
            text = (
                self.tr("Copy %n post(s) to the ideas", "", n)
                if copy
                else self.tr("Move %n post(s) to the ideas", "", n)
            )
        else:
            when = targets[posts[0].id]
            assert when is not None
            label = (
                format_moment(when)
                if cell.hour is not None
                else QLocale().toString(cell.day, "ddd d MMM")
            )
            text = (
                self.tr("Copy %n post(s) to %1", "", n)
                if copy
                else self.tr("Move %n post(s) to %1", "", n)
            ).replace("%1", label)
        return self.apply_targets(text, targets, copy=copy)

    def apply_targets(
        self, text: str, targets: dict[int, datetime | None], *, copy: bool = False
    ) -> bool:
        plan = self.document.plan
        edit = calendar_edits.copy if copy else calendar_edits.move
        return self.document.apply(text, lambda: edit(plan, targets))

    def shift(self, posts: list[PostRef], days: int = 0, hours: int = 0) -> bool:
        """Keyboard move by a day or an hour (wall-clock, so DST keeps the hour)."""
        from datetime import timedelta

        scheduled = [p for p in posts if p.scheduled_at is not None]
        if not scheduled:
            return False
        targets: dict[int, datetime | None] = {}
        for post in scheduled:
            assert post.scheduled_at is not None
            local = post.scheduled_at.replace(tzinfo=None) + timedelta(days=days, hours=hours)
            targets[post.id] = local.replace(tzinfo=self.zone)
        first = targets[scheduled[0].id]
        assert first is not None
        text = self.tr("Move %n post(s) to %1", "", len(scheduled)).replace(
            "%1", format_moment(first)
        )
        return self.apply_targets(text, targets)

    def create(self, draft: PostDraft) -> bool:
        plan = self.document.plan
        return self.document.apply(
            self.tr("New post"), lambda: calendar_edits.create(plan, [draft])
        )

    def update(self, post: PostRef, draft: PostDraft) -> bool:
        plan = self.document.plan
        return self.document.apply(
            self.tr("Edit post"), lambda: calendar_edits.update(plan, post.id, draft)
        )

    def update_series(self, series_id: int, draft: PostDraft) -> bool:
        plan = self.document.plan
        return self.document.apply(
            self.tr("Edit series"), lambda: calendar_edits.update_series(plan, series_id, draft)
        )

    def delete(self, ids: list[int]) -> bool:
        plan = self.document.plan
        return self.document.apply(
            lambda edit: self.tr("Delete %n post(s)", "", edit.value),
            lambda: calendar_edits.delete(plan, ids),
        )

    def make_variants(self, post: PostRef, networks: list[str]) -> bool:
        plan = self.document.plan
        return self.document.apply(
            self.tr("Variants per network"),
            lambda: calendar_edits.make_variants(plan, post.id, networks),
        )

    def retroplan(
        self, event_day: date, template_id: str, networks: list[str], title: str
    ) -> list[object]:
        """Lay out a retro-planning as one undo step; return what could not be placed."""
        plan = self.document.plan
        edit = self.document.run(
            self.tr("Retro-planning"),
            lambda: calendar_edits.retroplan(plan, event_day, template_id, networks, title=title),
        )
        return [] if edit is None else list(edit.value)

    def create_series(self, draft: PostDraft, rule: str) -> bool:
        plan = self.document.plan
        return self.document.apply(
            self.tr("Recurring series"), lambda: calendar_edits.create_series(plan, draft, rule)
        )

    # ------------------------------------------------------------ series occurrences
    def move_in_scope(self, post: PostRef, cell: Cell | None, scope: str) -> bool:
        """Move an occurrence and, by the same amount, the others in ``scope``."""
        from smplanner.services import calendar_series

        target = None if cell is None else self.target_time(post, cell)
        targets = calendar_series.scope_targets(self.document.plan, post, target, scope)
        if target is None:
            return self.drop([post.id], None, False)
        text = self.tr("Move %n post(s) to %1", "", len(targets)).replace(
            "%1", format_moment(target)
        )
        return self.apply_targets(text, targets)

    def update_in_scope(self, post: PostRef, draft: PostDraft, scope: str) -> bool:
        """Edit an occurrence only, or it and the following ones, or the whole series."""
        from smplanner.services import calendar_series

        plan = self.document.plan
        if scope == calendar_series.ONE or post.series_id is None:
            return self.update(post, draft)
        return self.document.apply(
            self.tr("Edit series"),
            lambda: calendar_edits.edit_in_scope(plan, post, draft, scope),
        )

    def delete_in_scope(self, post: PostRef, scope: str) -> bool:
        from smplanner.services import calendar_series

        plan = self.document.plan
        if scope != calendar_series.ALL or post.series_id is None:
            return self.delete([p.id for p in calendar_series.in_scope(plan, post, scope)])
        series_id = post.series_id
        return self.document.apply(
            self.tr("Delete the series"), lambda: calendar_edits.delete_series(plan, series_id)
        )

    def change_series_rule(self, series_id: int, rule: str) -> bool:
        """Repeat an existing series differently (one undo step)."""
        plan = self.document.plan
        return self.document.apply(
            self.tr("Change how the series repeats"),
            lambda: calendar_edits.change_rule(plan, series_id, rule),
        )
