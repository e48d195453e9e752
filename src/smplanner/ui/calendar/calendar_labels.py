"""The plan's labels in the Calendar tab: their colours and names handed to the grids
(the chips on the cards, their tooltips), the agenda and the label filter; the cards'
"Labels" submenu that puts a label on the selected posts or takes it off (one undo
step); the labels dialog opened from the tab's settings and from that submenu.

Read again when a change notice names the labels (a rename, an undo…), not per paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from smplanner.domain.labels import Label, in_order
from smplanner.domain.post_refs import PostRef
from smplanner.services import labels as label_service
from smplanner.services.changes import Changes, Topic
from smplanner.ui.calendar.agenda_model import AgendaModel
from smplanner.ui.calendar.calendar_period import PeriodGrids
from smplanner.ui.calendar.calendar_toolbar import CalendarToolbar
from smplanner.ui.calendar.post_list_view import PostListView
from smplanner.ui.document import PlanDocument

if TYPE_CHECKING:
    from smplanner.ui.calendar.labels_dialog import LabelsDialog


class CalendarLabels(QObject):
    """Given the document and the views that show the labels, not the tab; the
    dialog opens over ``parent``."""

    def __init__(
        self,
        document: PlanDocument,
        toolbar: CalendarToolbar,
        grids: PeriodGrids,
        agenda_model: AgendaModel,
        backlog: PostListView,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.toolbar = toolbar
        self.grids = grids
        self.agenda_model = agenda_model
        self.backlog = backlog
        self.window_parent = parent  # the tab as a widget: the dialog's parent
        self.labels: list[Label] = []
        self.dialog: LabelsDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """Read the labels and hand them to every part of the tab that shows them."""
        grids = self.grids
        self.labels = in_order(label_service.labels(self.document.plan))
        colours = {label.id: label.colour for label in self.labels}
        names = {label.id: label.name for label in self.labels}
        for model in (grids.month_model, grids.week_model):
            model.label_colours = colours
            model.label_names = names
        self.agenda_model.set_labels({label.id: label for label in self.labels})
        self.backlog.label_colours = colours
        self.backlog.viewport().update()
        self.toolbar.label_filter.set_labels(self.labels)
        for view in (grids.month_view, grids.week_view):
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
        plan = self.document.plan
        n = len(post_ids)
        if on:
            text = self.tr("Label %Ln post(s) “%1”", "", n).replace("%1", label.name)
            change = {"add": [label.id]}
        else:
            text = self.tr("Take the label “%1” off %Ln post(s)", "", n).replace("%1", label.name)
            change = {"remove": [label.id]}
        edit = lambda: label_service.set_post_labels(plan, post_ids, **change)  # noqa: E731
        return bool(self.document.apply(text, edit))

    # ------------------------------------------------------------ dialog
    def open_dialog(self) -> None:
        from smplanner.ui.calendar.labels_dialog import LabelsDialog

        if self.dialog is None:
            self.dialog = LabelsDialog(self.document, self.window_parent)
        self.dialog.show()
        self.dialog.raise_()
