"""The agenda: the posts of the period as a table (date, network, status, text, labels,
warnings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QHeaderView, QTableView

from smplanner.domain.labels import Label, in_order
from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.ui.calendar.card_label_chips import chips_pixmap
from smplanner.ui.calendar.cells_model import COLOUR_ROLES, PostRole, network_colour
from smplanner.ui.calendar.post_status_texts import status_label
from smplanner.ui.model_index import AnyIndex

AGENDA_TEXT_COLUMN = 3  # the post's title: the column that takes the width left
AGENDA_LABELS_COLUMN = 4
CHIPS_HEIGHT = 18  # the labels' pills, about a line of text high


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[PostRef] = []
        self._warnings: dict[int, list[RuleWarning]] = {}
        self._labels: dict[int, Label] = {}

    def set_labels(self, labels: dict[int, Label]) -> None:
        """The plan's labels by id (renamed or recoloured: the column shows it)."""
        self._labels = labels
        if self._posts:
            column = AGENDA_LABELS_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._posts) - 1, column))

    def _post_labels(self, post: PostRef) -> list[Label]:
        return in_order(self._labels[i] for i in post.labels if i in self._labels)

    def set_posts(self, posts: list[PostRef], warnings: dict[int, list[RuleWarning]]) -> None:
        self.beginResetModel()
        self._posts = posts
        self._warnings = warnings
        self.endResetModel()

    def set_warnings(self, warnings: dict[int, list[RuleWarning]]) -> None:
        """New warnings for the same posts: only the Alerts column changes."""
        self._warnings = warnings
        if self._posts:
            column = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._posts) - 1, column))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("When"),
                self.tr("Network"),
                self.tr("Status"),
                self.tr("Post"),
                self.tr("Labels"),
                self.tr("Warnings"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self._posts[index.row()]
        column = index.column()
        if role == PostRole:
            return post
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0 and post.scheduled_at is not None:
                when = post.scheduled_at  # the wall-clock time shown
                return QLocale().toString(
                    QDateTime(
                        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)
                    ),
                    "ddd d MMM yyyy HH:mm",
                )
            if column == 1:
                return network(post.network).name
            if column == 2:
                return status_label(post.status)
            if column == 3:
                return post.title or post.text.split("\n", 1)[0]
            if column == AGENDA_LABELS_COLUMN:
                return ", ".join(label.name for label in self._post_labels(post))
            if column == 5:
                return len(self._warnings.get(post.id, [])) or ""
        if role == Qt.ItemDataRole.DecorationRole and column == AGENDA_LABELS_COLUMN:
            colours = tuple(label.colour for label in self._post_labels(post))
            return chips_pixmap(colours, CHIPS_HEIGHT) if colours else None
        if role in COLOUR_ROLES and column == 1:
            return network_colour(post, role)
        return None


def agenda_table(model: AgendaModel) -> QTableView:
    """The agenda's table: whole rows selected; date, network, status and alerts fit
    their words, the post's text takes the rest (it was the alerts column that
    stretched). Widths from the first rows."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(AGENDA_TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(200)
    return table
