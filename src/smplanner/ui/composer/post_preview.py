"""The post as the client will see it on its network, drawn by the app with QPainter
(no web engine, works offline): the account's avatar and name, the text cut where the
feed cuts it ("… more"), hashtags, mentions and links in the link colour, the media
in the network's frame (the picture itself when the file is at hand), the link card.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen, QPolygon
from PySide6.QtWidgets import QSizePolicy, QWidget

from smplanner.domain.networks import network
from smplanner.domain.post_preview import HASHTAG, LINK, MENTION, link_domain
from smplanner.ui.composer.preview_layout import (
    MORE,
    PreviewContent,
    PreviewLayout,
    layout_preview,
)

WIDTH = 340  # about a phone's feed column
FEED = QColor("#FFFFFF")  # the networks' light feed (a preview looks like the app)
INK = QColor("#1C1E21")
MUTED = QColor("#65676B")
LINK_BLUE = QColor("#1D6FD6")
PLACEHOLDER = QColor("#DADDE1")
_RUN_COLOURS = {HASHTAG: LINK_BLUE, MENTION: LINK_BLUE, LINK: LINK_BLUE, MORE: MUTED}


def initials(name: str) -> str:
    """'BM' for 'Boulangerie Martin' (the avatar when there is no picture)."""
    words = [w for w in name.replace("@", " ").split() if w]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def load_picture(path: str, size: QSize) -> QImage | None:
    """The image file scaled down to about ``size`` (None when missing or unreadable)."""
    if not path or not Path(path).is_file():
        return None
    image = QImage(path)
    if image.isNull():
        return None
    return image.scaled(
        size * 2,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


class PostPreview(QWidget):
    """One network's preview; ``show_post`` redraws it (cheap: called while typing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content: PreviewContent | None = None
        self.layout_: PreviewLayout | None = None
        self.picture: QImage | None = None
        self._picture_key = ""
        # Where a medium's picture comes from (the composer reads the plan's media).
        self.picture_source: Callable[[str], QImage | None] = lambda name: load_picture(
            name, QSize(WIDTH, WIDTH)
        )
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))

    def more_text(self) -> str:
        return self.tr("… more")

    def show_post(self, content: PreviewContent) -> None:
        self.content = content
        self.layout_ = layout_preview(content, WIDTH, QFontMetrics(self.font()), self.more_text())
        first = content.media[0].name if content.media else ""
        if first != self._picture_key:
            self._picture_key = first
            self.picture = (
                self.picture_source(first)
                if content.media and content.media[0].kind in ("image", "gif")
                else None
            )
        self.setMinimumHeight(self.layout_.height)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, self.layout_.height if self.layout_ else 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None or self.content is None:
            return
        painter = QPainter(self)
        if not painter.isActive():  # no device to paint on (a closing window)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter)
        painter.end()

    # ------------------------------------------------------------ drawing
    def paint(self, painter: QPainter) -> None:
        layout, content = self.layout_, self.content
        assert layout is not None and content is not None
        painter.fillRect(0, 0, self.width(), self.height(), FEED)
        brand = QColor(network(content.network).color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brand)
        painter.drawEllipse(layout.avatar)
        painter.setFont(self._bold)
        painter.setPen(QColor(network(content.network).text_color))
        painter.drawText(layout.avatar, Qt.AlignmentFlag.AlignCenter, initials(content.account))
        painter.setPen(INK)
        name = content.account or self.tr("Your client's account")
        painter.drawText(layout.name, Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(self._small)
        painter.setPen(MUTED)
        painter.drawText(
            layout.network_line, Qt.AlignmentFlag.AlignVCenter, network(content.network).name
        )
        if layout.media is not None:
            self._paint_media(painter, layout, content)
        if layout.title is not None:
            painter.setFont(self._bold)
            painter.setPen(INK)
            metrics = QFontMetrics(self._bold)
            title = metrics.elidedText(
                content.title or self.tr("(no title)"),
                Qt.TextElideMode.ElideRight,
                layout.title.width(),
            )
            painter.drawText(layout.title, Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        for line in layout.lines:
            x = line.rect.left()
            for run in line.runs:
                painter.setPen(_RUN_COLOURS.get(run.kind, INK))
                painter.drawText(x, line.rect.top() + metrics.ascent() + 1, run.text)
                x += metrics.horizontalAdvance(run.text)

    def _paint_media(
        self, painter: QPainter, layout: PreviewLayout, content: PreviewContent
    ) -> None:
        assert layout.media is not None and layout.frame is not None
        box = layout.media
        if self.picture is not None:
            painter.save()
            painter.setClipRect(box)
            source = QRectF(self.picture.rect())
            scale = max(box.width() / source.width(), box.height() / source.height())
            shown = QRectF(0, 0, box.width() / scale, box.height() / scale)
            shown.moveCenter(source.center())  # centre crop, as the networks crop
            painter.drawImage(QRectF(box), self.picture, shown)
            painter.restore()
        else:
            painter.fillRect(box, PLACEHOLDER)
            painter.setPen(MUTED)
            painter.setFont(self._small)
            label = box.adjusted(8, 0, -8, -6)  # low in the frame: the play sign is central
            align = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
            painter.drawText(label, align, self._frame_label(layout))
        if layout.frame.kind == "video":
            self._paint_play(painter, box)
        if layout.frame.count > 1:
            badge = QRect(box.right() - 44, box.top() + 8, 36, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(self._small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"1/{layout.frame.count}")
        if layout.link_caption is not None:
            band = QRect(0, box.bottom() + 1, layout.width, layout.link_caption.height() + 8)
            painter.fillRect(band, QColor("#F0F2F5"))
            painter.setPen(MUTED)
            painter.setFont(self._small)
            caption = layout.link_caption
            upper = QRect(caption.left(), caption.top(), caption.width(), caption.height() // 2)
            painter.drawText(
                upper, Qt.AlignmentFlag.AlignVCenter, link_domain(content.link).upper()
            )
            painter.setPen(INK)
            painter.setFont(self._bold)
            lower = upper.translated(0, upper.height())
            title = content.title or link_domain(content.link)
            painter.drawText(lower, Qt.AlignmentFlag.AlignVCenter, title)

    def _frame_label(self, layout: PreviewLayout) -> str:
        assert layout.frame is not None and layout.media is not None
        kinds = {
            "image": self.tr("Image"),
            "gif": self.tr("GIF"),
            "video": self.tr("Video"),
            "document": self.tr("Document"),
            "link": self.tr("Link preview"),
        }
        ratio = ratio_text(layout.frame.ratio)
        return f"{kinds.get(layout.frame.kind, layout.frame.kind)} {ratio}"

    @staticmethod
    def _paint_play(painter: QPainter, box: QRect) -> None:
        centre = box.center()
        painter.setPen(QPen(QColor(255, 255, 255, 220), 2))
        painter.setBrush(QColor(0, 0, 0, 110))
        painter.drawEllipse(centre, 22, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        x, y = centre.x(), centre.y()
        painter.drawPolygon(
            QPolygon([QPoint(x - 7, y - 11), QPoint(x - 7, y + 11), QPoint(x + 11, y)])
        )


def ratio_text(ratio: float) -> str:
    """'4:5', '9:16', '16:9', '1.91:1' for a width/height ratio."""
    for width, height in ((1, 1), (4, 5), (9, 16), (16, 9), (2, 3), (2, 1)):
        if abs(ratio - width / height) < 0.01:
            return f"{width}:{height}"
    return f"{ratio:.2f}:1"
