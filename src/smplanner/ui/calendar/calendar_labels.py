"""The plan's labels in the Calendar tab: their colours and names handed to the grids
(the chips on the cards, their tooltips), the agenda and the label filter; the cards'
"Labels" submenu that puts a label on the selected posts or takes it off (one undo
step); the labels dialog opened from the tab's settings and from that submenu.

Read again when a change notice names the labels (a rename, an undo…), not per paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from smplanner.domain.labels import Label, in_order
from smplanner.domain.post_refs import PostRef
from smplanner.services import labels as label_service
from smplanner.services.changes import Changes, Topic
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.agenda_model import AgendaModel
from smplanner.ui.calendar.calendar_grid_view import CalendarGridView
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar
from smplanner.ui.calendar.cells_model import CalendarCellsModel
from smplanner.ui.calendar.post_list_view import PostListView
from smplanner.ui.document import PlanDocument

if TYPE_CHECKING:
    from smplanner.ui.calendar.labels_dialog import LabelsDialog


class LabelsHost(Protocol):
    """What of the Calendar tab the labels use (the tab itself, typed loosely so that
    this module needs no import of it)."""

    plan: PlanFile
    document: PlanDocument
    toolbar: CalendarToolbar
    month_model: CalendarCellsModel
    week_model: CalendarCellsModel
    agenda_model: AgendaModel
    backlog: PostListView
    month_view: CalendarGridView

    @property
    def week_view(self) -> CalendarGridView | None: ...


class CalendarLabels(QObject):
    def __init__(self, tab: LabelsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.tab = tab
        self.window_parent = parent  # the tab as a widget: the dialog's parent
        self.labels: list[Label] = []
        self.dialog: LabelsDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """Read the labels and hand them to every part of the tab that shows them."""
        tab = self.tab
        self.labels = in_order(label_service.labels(tab.plan))
        colours = {label.id: label.colour for label in self.labels}
        names = {label.id: label.name for label in self.labels}
        for model in (tab.month_model, tab.week_model):
            model.label_colours = colours
            model.label_names = names
        tab.agenda_model.set_labels({label.id: label for label in self.labels})
        tab.backlog.label_colours = colours
        tab.backlog.viewport().update()
        tab.toolbar.label_filter.set_labels(self.labels)
        for view in (tab.month_view, tab.week_view):
            if view is not None:
                view.viewport().update()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Topic.LABELS):
            self.refresh()

    # ------------------------------------------------------------ card menu
    def add_menu(self, menu: QMenu, posts: list[PostRef]) -> QMenu:
        """The "Labels" submenu of the cards' menu: a label is ticked when every
        selected post carries it; choosing it puts it on them all, or takes it off."""
        submenu = menu.addMenu(self.tr("Labels"))
        for label in self.labels:
            action = submenu.addAction(label.name)
            action.setCheckable(True)
            action.setChecked(all(label.id in post.labels for post in posts))
            action.triggered.connect(self._toggler([post.id for post in posts], label))
        if self.labels:
            submenu.addSeparator()
        submenu.addAction(self.tr("Manage labels…"), self.open_dialog)
        return submenu

    def _toggler(self, post_ids: list[int], label: Label) -> Callable[[bool], None]:
        def toggle(on: bool) -> None:
            self.put(post_ids, label, on=on)

        return toggle

    def put(self, post_ids: list[int], label: Label, *, on: bool) -> bool:
        """Put ``label`` on these posts (``on``) or take it off: one undo step."""
        plan = self.tab.plan
        n = len(post_ids)
        if on:
            text = self.tr("Label %Ln post(s) “%1”", "", n).replace("%1", label.name)
            change = {"add": [label.id]}
        else:
            text = self.tr("Take the label “%1” off %Ln post(s)", "", n).replace("%1", label.name)
            change = {"remove": [label.id]}
        edit = lambda: label_service.set_post_labels(plan, post_ids, **change)  # noqa: E731
        return bool(self.tab.document.apply(text, edit))

    # ------------------------------------------------------------ dialog
    def open_dialog(self) -> None:
        from smplanner.ui.calendar.labels_dialog import LabelsDialog

        if self.dialog is None:
            self.dialog = LabelsDialog(self.tab.document, self.window_parent)
        self.dialog.show()
        self.dialog.raise_()
