"""Import posts from a CSV: a preview of every row (new, update, unchanged, problem),
then one undo step. Bad rows block the import unless the user ticks "skip them"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import network
from smplanner.services.calendar_import import NEW, UNCHANGED, UPDATE, PostImportPreview
from smplanner.ui.core_messages import message_text
from smplanner.ui.model_index import AnyIndex

FIELD_COLUMNS = {
    "scheduled_at": ("date", "time"),
    "pillar_id": ("pillar",),
    "objective_id": ("objective",),
    "campaign_id": ("campaign",),
    "group_id": ("group",),
}


def _short(text: str, length: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


class PreviewTableModel(QAbstractTableModel):
    """One line per row of the file, problems first-class (red), in file order."""

    def __init__(self, preview: PostImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[int, str, str, str, str, str]] = []
        actions = {
            NEW: self.tr("New"),
            UPDATE: self.tr("Update"),
            UNCHANGED: self.tr("Unchanged"),
        }
        for row in preview.rows:
            draft = row.draft
            when = draft.scheduled_at.strftime("%d/%m/%Y %H:%M") if draft.scheduled_at else ""
            changed = sorted(
                {name for field in row.changed for name in FIELD_COLUMNS.get(field, (field,))}
            )
            detail = ", ".join(changed)
            if row.action == UPDATE:
                detail = self.tr("changes: %1").replace("%1", detail)
            self.lines.append(
                (
                    row.line,
                    actions[row.action],
                    network(draft.network).name,
                    when,
                    _short(draft.text),
                    detail,
                )
            )
        by_line: dict[int, list[str]] = {}
        for problem in preview.problems:
            by_line.setdefault(problem.line, []).append(
                self.tr("column %1: %2")
                .replace("%1", problem.column)
                .replace("%2", message_text(problem.message))
            )
        for line, messages in by_line.items():
            self.lines.append((line, self.tr("Problem"), "", "", "", "; ".join(messages)))
        self.lines.sort(key=lambda item: item[0])
        self.problem_label = self.tr("Problem")
        self.headers = [
            self.tr("Line"),
            self.tr("Import"),
            self.tr("Network"),
            self.tr("Date"),
            self.tr("Text"),
            self.tr("Details"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(line[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole and line[1] == self.problem_label:
            return QBrush(QColor("#F8D7DA"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class PostsImportDialog(QDialog):
    def __init__(self, preview: PostImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import posts from %1").replace("%1", preview.path.name))
        self.model = PreviewTableModel(preview, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skip_bad = QCheckBox(self.tr("Skip the bad rows and import the others"))
        self.skip_bad.setVisible(bool(preview.problems))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.skip_bad.toggled.connect(self._update)
        self.resize(900, 480)
        self._update()

    def _update(self) -> None:
        p = self.preview
        parts = [
            self.tr("%Ln new post(s)", "", p.count(NEW)),
            self.tr("%Ln update(s)", "", p.count(UPDATE)),
            self.tr("%Ln unchanged", "", p.count(UNCHANGED)),
        ]
        text = ", ".join(parts) + "."
        bad = p.bad_line_count
        if bad:
            text += " " + self.tr(
                "%Ln row(s) have problems: nothing is imported until they are corrected, "
                "unless you skip them.",
                "",
                bad,
            )
        if p.ignored_columns:
            text += " " + self.tr("Columns ignored: %1.").replace(
                "%1", ", ".join(p.ignored_columns)
            )
        if not p.complete:  # a long file: the preview keeps its first rows
            text += " " + self.tr(
                "The table shows the first rows; the counts are the whole file's."
            )
        self.summary.setText(text)
        has_work = p.count(NEW) + p.count(UPDATE) > 0
        self.import_button.setEnabled(has_work and (not bad or self.skip_bad.isChecked()))

    def skip_bad_rows(self) -> bool:
        return self.skip_bad.isChecked()
