"""Thumbnails of the posts' first medium, for the cards of the calendar and the ideas.

Read from the plan once per medium (a thumbnail never changes: the medium is its
content's hash) and kept as small pixmaps; a post without stored media costs one
string test.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from smplanner.domain.plan_media import PREFIX
from smplanner.domain.post_refs import PostRef
from smplanner.services import media as media_service
from smplanner.storage.plan_file import PlanFile

SIDE = 40  # pixels (device-independent); cards draw them at 16–20


class CardThumbnails:
    """``for_post(post)`` is the pixmap of its first stored medium, or None."""

    def __init__(self, plan: PlanFile) -> None:
        self.plan = plan
        self._pixmaps: dict[str, QPixmap | None] = {}

    def for_post(self, post: PostRef) -> QPixmap | None:
        first = next((m for m in post.media if m.startswith(PREFIX)), None)
        if first is None:
            return None
        if first not in self._pixmaps:
            self._pixmaps[first] = self._load(first)
        return self._pixmaps[first]

    def _load(self, ref: str) -> QPixmap | None:
        data = media_service.thumbnail(self.plan, ref)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            return None
        square = image.scaled(
            QSize(SIDE, SIDE),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        x = (square.width() - SIDE) // 2
        y = (square.height() - SIDE) // 2
        return QPixmap.fromImage(square.copy(x, y, SIDE, SIDE))  # centre crop, as feeds do
