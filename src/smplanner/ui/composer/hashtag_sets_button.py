"""The composer's "Hashtag sets" button: insert one of the plan's sets into the post's
hashtags (the post's campaign's and pillar's sets first), or keep the hashtags typed
as a new set. Saving a set is an undo step of the plan when the composer was opened
from the calendar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QPushButton, QWidget

from smplanner.domain.hashtag_sets import HashtagSet, merged, ordered_for
from smplanner.services import hashtag_sets
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile


class HashtagSetsButton(QPushButton):
    """A push button with a menu: unlike an instant-popup tool button, it keeps room
    for its menu arrow beside the text (the arrow covered the end of “Jeux”)."""

    def __init__(
        self,
        plan: PlanFile,
        hashtags: QLineEdit,
        context: Callable[[], tuple[int | None, int | None]],  # (pillar, campaign) of the post
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.hashtags = hashtags
        self.context = context
        self.setText(self.tr("Sets"))
        self.setToolTip(self.tr("Insert a set of hashtags of the strategy, or save these"))
        self.setAutoDefault(False)  # Enter in the dialog saves it, not opens the menu
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)
        self.name_question: QInputDialog | None = None
        self.push: Callable[[str, Edit], None] | None = None  # the plan's undo stack

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        pillar, campaign = self.context()
        # The editorial line's hashtags first: the ones every post of the client carries.
        editorial = hashtag_sets.editorial_hashtags(self.plan)
        if editorial:
            line = HashtagSet(self.tr("Editorial line"), editorial)
            menu.addAction(f"{line.name} — {line.tags}", self._inserter(line))
        for item in ordered_for(hashtag_sets.hashtag_sets(self.plan), pillar, campaign):
            menu.addAction(f"{item.name} — {item.tags}", self._inserter(item))
        if not menu.isEmpty():
            menu.addSeparator()
        save = menu.addAction(self.tr("Save these hashtags as a set…"), self.ask_name)
        save.setEnabled(bool(self.hashtags.text().strip()))

    def _inserter(self, item: HashtagSet) -> Callable[[], None]:
        return lambda: self.insert(item)

    def insert(self, item: HashtagSet) -> None:
        self.hashtags.setText(merged(self.hashtags.text(), item.tags))

    def ask_name(self) -> None:
        question = QInputDialog(self)
        question.setWindowTitle(self.tr("New hashtag set"))
        question.setLabelText(self.tr("Name of the set (a pillar, a campaign…):"))
        question.textValueSelected.connect(self.save_as)
        self.name_question = question
        question.open()

    def save_as(self, name: str) -> None:
        from smplanner.ui.core_messages import error_text

        pillar, campaign = self.context()
        try:
            edit = hashtag_sets.save_set(
                self.plan, HashtagSet(name, self.hashtags.text(), pillar, campaign)
            )
        except hashtag_sets.HashtagSetError as error:
            self.setToolTip(error_text(error))
            return
        if self.push is not None:
            self.push(self.tr("Save the hashtag set “%1”").replace("%1", name.strip()), edit)
