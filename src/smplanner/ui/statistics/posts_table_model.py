"""The imported posts as a sortable table with their KPIs; best and worst rows tinted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from smplanner.domain import kpi
from smplanner.ui.statistics.metric_names import network_name

HEADERS = [
    QT_TRANSLATE_NOOP("PostsTableModel", "Published"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Network"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Post"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Reach / views"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Interactions"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Engagement rate"),
    QT_TRANSLATE_NOOP("PostsTableModel", "By"),
    QT_TRANSLATE_NOOP("PostsTableModel", "Planned"),
]
BEST_COLOR = QColor("#d5f5e3")
WORST_COLOR = QColor("#fadbd8")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PostRow:
    """One table row, computed once from a stored post."""

    published: str
    network: str
    text: str
    audience: float | None
    interactions: float | None
    rate: float | None
    denominator: str
    planned: bool
    link: str | None
    mark: str = ""  # "best", "worst" or ""


def post_rows(
    stored_posts: list[Any], best_count: int = 3, zone: tzinfo | None = None
) -> list[PostRow]:
    """Rows with KPIs; best and worst by engagement rate within each denominator.

    Publish times are shown in ``zone`` (the plan's), the day only when the hour is unknown.
    """
    rows = []
    for stored in stored_posts:
        post = stored.post
        published = ""
        if post.published_at is not None:
            moment = post.published_at.astimezone(zone) if zone else post.published_at
            published = moment.strftime("%Y-%m-%d %H:%M" if post.time_known else "%Y-%m-%d")
        rate = kpi.post_engagement_rate(post.network, post.metrics)
        audience_key = rate.denominator if rate.denominator != kpi.BY_FOLLOWERS else "reach"
        rows.append(
            PostRow(
                published=published,
                network=post.network,
                text=(post.text or "").replace("\n", " ")[:140],
                audience=post.metrics.get(audience_key),
                interactions=kpi.interactions(post.network, post.metrics),
                rate=rate.value,
                denominator=rate.denominator,
                planned=stored.planned_post_id is not None,
                link=post.link,
            )
        )
    marked = list(rows)
    for denominator in {row.denominator for row in rows}:
        group = [i for i, row in enumerate(rows) if row.denominator == denominator]
        # Never more than half a group marked best (or worst): few posts, few marks.
        count = min(best_count, len(group) // 2)
        best, worst = kpi.best_and_worst(group, lambda i: rows[i].rate, count)
        for i in best:
            marked[i] = PostRow(**{**rows[i].__dict__, "mark": "best"})
        for i in worst:
            marked[i] = PostRow(**{**rows[i].__dict__, "mark": "worst"})
    return marked


class PostsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PostRow] = []

    def set_rows(self, rows: list[PostRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PostsTableModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        values: list[Any] = [
            row.published,
            row.network,
            row.text,
            row.audience,
            row.interactions,
            row.rate,
            row.denominator,
            row.planned,
        ]
        value = values[index.column()]
        if role == SORT_ROLE:
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            if index.column() == 1:
                return network_name(str(value))
            if index.column() == 5:
                locale = QLocale()
                french = locale.language() == QLocale.Language.French
                return locale.toString(float(value), "f", 2) + ("\u202f%" if french else "%")
            if index.column() == 6:
                return QCoreApplication.translate("PostsTableModel", str(value))
            if index.column() == 7:
                return "✓" if value else ""
            if isinstance(value, float):
                return QLocale().toString(round(value))
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.mark:
            return BEST_COLOR if row.mark == "best" else WORST_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.link or row.text
        return None


# Denominator names shown in the "By" column (extracted for translation).
DENOMINATOR_NAMES = [
    QT_TRANSLATE_NOOP("PostsTableModel", "reach"),
    QT_TRANSLATE_NOOP("PostsTableModel", "impressions"),
    QT_TRANSLATE_NOOP("PostsTableModel", "views"),
    QT_TRANSLATE_NOOP("PostsTableModel", "followers"),
]


def rows_as_csv(rows: list[PostRow]) -> str:
    """The table as CSV text (English column names, raw numbers)."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "published",
            "network",
            "text",
            "audience",
            "interactions",
            "engagement_rate",
            "denominator",
            "planned",
            "link",
            "mark",
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.published,
                row.network,
                row.text,
                row.audience,
                row.interactions,
                row.rate,
                row.denominator,
                row.planned,
                row.link,
                row.mark,
            ]
        )
    return buffer.getvalue()
