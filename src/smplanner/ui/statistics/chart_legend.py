"""The chart's legend, below the plots rather than over them (it used to hide the
first days of the lines): a line sample drawn with the series' own pen, dash and
symbol, then its name, entries flowing onto as many rows as the width needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SAMPLE = 26  # px of line drawn before each name
GAP = 14  # px between entries


@dataclass(frozen=True)
class LegendEntry:
    label: str
    color: str
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    symbol: bool = False


class ChartLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = entries
        self.setVisible(bool(entries))
        self.updateGeometry()
        self.update()

    def append(self, entry: LegendEntry) -> None:
        self.set_entries([*self.entries, entry])

    def labels(self) -> list[str]:
        return [entry.label for entry in self.entries]

    # ------------------------------------------------------------ layout

    def _places(self, width: int) -> list[tuple[LegendEntry, QRectF]]:
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        x, y, places = 4.0, 2.0, []
        for entry in self.entries:
            needed = SAMPLE + 6 + metrics.horizontalAdvance(entry.label)
            if x > 4 and x + needed > width - 4:
                x, y = 4.0, y + line
            places.append((entry, QRectF(x, y, needed, line)))
            x += needed + GAP
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        return int(places[-1][1].bottom() + 2) if places else 0

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(self.width(), 300)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        for entry, rect in self._places(self.width()):
            colour = QColor(entry.color)
            middle = rect.center().y()
            pen = QPen(colour, 2, entry.dash)
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + SAMPLE, middle))
            if entry.symbol:
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(rect.left() + SAMPLE / 2, middle), 3, 3)
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(SAMPLE + 6, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                entry.label,
            )
        painter.end()
