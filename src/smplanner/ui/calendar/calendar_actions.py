"""User actions on posts as undo steps: each calls services, never SQL.

One call = one undo step: a service of services/calendar_edits.py makes the change
and returns the Edit that reverses it; PlanDocument.run pushes it, named for the
undo menu ("Move 3 posts to Tue 14 Oct 18:00").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.recurrence import SeriesScope
from smplanner.services import calendar_drops, calendar_edits, post_bulk_edits
from smplanner.ui.calendar.cells_model import Cell
from smplanner.ui.document import PlanDocument


def format_moment(moment: datetime) -> str:
    """'Tue 14 Oct 18:00' in the interface's language (the wall-clock time shown)."""
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, "ddd d MMM HH:mm")


class CalendarActions(QObject):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def best_hour(self, network: str, day: date) -> int:
        return calendar_drops.best_hour(self.document.plan, network, day)

    def drop(self, ids: list[int], cell: Cell | None, copy: bool) -> bool:
        """Move (or copy) posts to a cell, or back to the backlog (cell None)."""
        plan = self.document.plan
        day = None if cell is None else cell.day
        hour = None if cell is None else cell.hour
        minute = None if cell is None else cell.minute
        return self.document.apply(
            lambda edit: self._drop_text(edit.value, cell, copy),
            lambda: calendar_drops.drop(plan, ids, day, hour, copy=copy, minute=minute),
        )

    def _drop_text(self, landing: calendar_drops.Landing, cell: Cell | None, copy: bool) -> str:
        n = landing.count
        if cell is None or landing.first is None:
            return (
                self.tr("Copy %Ln post(s) to the ideas", "", n)
                if copy
                else self.tr("Move %Ln post(s) to the ideas", "", n)
            )
        label = (
            format_moment(landing.first)
            if cell.hour is not None
            else QLocale().toString(QDate(cell.day.year, cell.day.month, cell.day.day), "ddd d MMM")
        )
        return (
            self.tr("Copy %Ln post(s) to %1", "", n)
            if copy
            else self.tr("Move %Ln post(s) to %1", "", n)
        ).replace("%1", label)

    def apply_targets(
        self, text: str, targets: dict[int, datetime | None], *, copy: bool = False
    ) -> bool:
        plan = self.document.plan
        edit = calendar_edits.copy if copy else calendar_edits.move
        return self.document.apply(text, lambda: edit(plan, targets))

    def shift(self, posts: list[PostRef], days: int = 0, hours: int = 0) -> bool:
        """Keyboard move by a day or an hour (wall-clock, so DST keeps the hour)."""
        plan = self.document.plan
        ids = [p.id for p in posts]
        return self.document.apply(
            lambda edit: self.tr("Move %Ln post(s) to %1", "", edit.value.count).replace(
                "%1", format_moment(edit.value.first)
            ),
            lambda: calendar_drops.shift(plan, ids, days=days, hours=hours),
        )

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
            lambda edit: self.tr("Delete %Ln post(s)", "", edit.value),
            lambda: calendar_edits.delete(plan, ids),
        )

    def set_status(self, ids: list[int], status: str, comment: str | None = None) -> bool:
        """Give posts a status (with the client's comment for "changes requested")."""
        from smplanner.ui.calendar.post_status_texts import status_label

        plan = self.document.plan
        return self.document.apply(
            lambda edit: self.tr('Mark %Ln post(s) as "%1"', "", edit.value).replace(
                "%1", status_label(status)
            ),
            lambda: calendar_edits.set_status(plan, ids, status, comment),
        )

    def duplicate(self, ids: list[int]) -> bool:
        """A copy of each post at the same time (the right-click menu)."""
        plan = self.document.plan
        return self.document.apply(
            lambda edit: self.tr("Duplicate %Ln post(s)", "", len(edit.value)),
            lambda: post_bulk_edits.duplicate(plan, ids),
        )

    def change(self, ids: list[int], text: str, **fields: object) -> bool:
        """The same status, network or campaign for every selected post (one step)."""
        plan = self.document.plan
        return self.document.apply(text, lambda: post_bulk_edits.change_posts(plan, ids, **fields))

    def copy_to_network(self, ids: list[int], network_id: str) -> bool:
        plan = self.document.plan
        return self.document.apply(
            lambda edit: self.tr("Copy %Ln post(s) to %1", "", len(edit.value)).replace(
                "%1", network(network_id).name
            ),
            lambda: post_bulk_edits.copy_to_network(plan, ids, network_id),
        )

    def set_flagship(self, ids: list[int], flagship: bool) -> bool:
        """Mark posts as one flagship launch (same text allowed), or take the mark off."""
        from smplanner.services import calendar_flagship

        plan = self.document.plan
        return self.document.apply(
            self.tr("Flagship launch") if flagship else self.tr("No longer a flagship launch"),
            lambda: calendar_flagship.set_flagship(plan, ids, flagship),
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
    def move_in_scope(self, post: PostRef, cell: Cell | None, scope: SeriesScope) -> bool:
        """Move an occurrence and, by the same amount, the others in ``scope``."""
        if cell is None:
            return self.drop([post.id], None, False)
        plan = self.document.plan
        return self.document.apply(
            lambda edit: self.tr("Move %Ln post(s) to %1", "", edit.value.count).replace(
                "%1", format_moment(edit.value.first)
            ),
            lambda: calendar_drops.move_in_scope(
                plan, post.id, cell.day, cell.hour, scope, cell.minute
            ),
        )

    def update_in_scope(self, post: PostRef, draft: PostDraft, scope: SeriesScope) -> bool:
        """Edit an occurrence only, or it and the following ones, or the whole series."""
        from smplanner.services import calendar_series

        plan = self.document.plan
        if scope == calendar_series.ONE or post.series_id is None:
            return self.update(post, draft)
        return self.document.apply(
            self.tr("Edit series"),
            lambda: calendar_edits.edit_in_scope(plan, post, draft, scope),
        )

    def delete_in_scope(self, post: PostRef, scope: SeriesScope) -> bool:
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
