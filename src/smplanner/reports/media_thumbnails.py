"""The posts' pictures as small images for the report's calendar and the slides.

A medium kept in the plan has the thumbnail the composer made on import (320 px on
its long side); one attached without it (the command line, an older plan) is scaled
from its bytes here, and a post's typed path to a picture beside the plan is read too.
A video has no picture without a decoder: it is drawn as a dark frame with a play mark,
so the client still sees that the post carries a video. Each medium is read once per
report, and named once as an image resource (the PDF and the .odt embed it once).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from smplanner.domain.plan_media import parse_ref
from smplanner.domain.post_limits import media_kind
from smplanner.services import media as plan_media
from smplanner.storage.plan_file import PlanFile

THUMBNAIL_PREFIX = "media-thumbnail:"  # resource names: slides size these with the type
LONG_SIDE = 320  # what the composer stores: sharp at the sizes the report prints
VIDEO_FRAME = (320, 180)


def _scaled(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= LONG_SIDE:
        return image
    return image.scaled(
        LONG_SIDE,
        LONG_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _from_bytes(data: bytes | None) -> QImage | None:
    if not data:
        return None
    image = QImage.fromData(QByteArray(data))
    return None if image.isNull() else _scaled(image)


def video_frame() -> QImage:
    """A 16:9 dark frame with a white play triangle: a video's stand-in."""
    width, height = VIDEO_FRAME
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f2a37"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    side = height * 0.36
    centre = QPointF(width / 2, height / 2)
    painter.drawPolygon(
        QPolygonF(
            [
                centre + QPointF(-side * 0.4, -side / 2),
                centre + QPointF(-side * 0.4, side / 2),
                centre + QPointF(side * 0.55, 0),
            ]
        )
    )
    painter.end()
    return image


class MediaThumbnails:
    """Thumbnails of the posts' media, read once each, as image resources."""

    def __init__(self, plan: PlanFile) -> None:
        self._plan = plan
        self._names: dict[str, str | None] = {}
        self.images: dict[str, QImage] = {}  # resource name -> image, for SectionContent

    def resource(self, ref: str) -> str | None:
        """The resource name of ``ref``'s picture (registered in ``images``); None when
        the medium has nothing to show (a PDF document, a web address, a lost file)."""
        if ref not in self._names:
            image = self._image(ref)
            name = None
            if image is not None:
                name = f"{THUMBNAIL_PREFIX}{len(self._names)}"
                self.images[name] = image
            self._names[ref] = name
        return self._names[ref]

    def _image(self, ref: str) -> QImage | None:
        parsed = parse_ref(ref)
        name = parsed[1] if parsed else ref
        kind = media_kind(name)
        if kind == "video":
            return video_frame()
        if kind not in ("image", "gif"):
            return None
        if parsed is not None:
            stored = _from_bytes(plan_media.thumbnail(self._plan, ref))
            return stored or _from_bytes(plan_media.media_bytes(self._plan, ref))
        path = Path(ref)
        if not path.is_absolute():
            path = Path(self._plan.path).parent / path
        try:
            return _from_bytes(path.read_bytes()) if path.is_file() else None
        except OSError:
            return None

    def strip(self, refs: tuple[str, ...], width: int) -> str:
        """The pictures of a post's media as a row of thumbnails ``width`` px wide
        (HTML); '' when none has one."""
        cells = []
        for ref in refs:
            name = self.resource(ref)
            if name is None:
                continue
            image = self.images[name]
            height = max(1, round(width * image.height() / max(1, image.width())))
            cells.append(f'<img src="{name}" width="{width}" height="{height}"/>')
        return "&nbsp;".join(cells)
