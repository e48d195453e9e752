"""Real media files for the tests: a PNG drawn with Qt, an MP4 whose boxes say its
length and size (what a camera writes in 'moov'), and file drops as a file manager
delivers them."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget


def png_file(path: Path, colour: str = "#D03020", size: tuple[int, int] = (800, 1000)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mp4_bytes(seconds: float, width: int = 1080, height: int = 1920) -> bytes:
    """A minimal MP4: ftyp, moov (mvhd with the length, a trak's tkhd with the size), mdat."""
    mvhd = b"\0\0\0\0" + struct.pack(">IIII", 0, 0, 1000, round(seconds * 1000)) + b"\0" * 80
    tkhd = (
        b"\0\0\0\3"
        + struct.pack(">IIIII", 0, 0, 1, 0, round(seconds * 1000))
        + b"\0" * (8 + 4 + 4 + 36)
        + struct.pack(">II", width << 16, height << 16)
    )
    moov = _box(b"moov", _box(b"mvhd", mvhd) + _box(b"trak", _box(b"tkhd", tkhd)))
    return _box(b"ftyp", b"isom\0\0\0\0isomiso2") + moov + _box(b"mdat", b"\0" * 64)


def mp4_file(path: Path, seconds: float, width: int = 1080, height: int = 1920) -> Path:
    path.write_bytes(mp4_bytes(seconds, width, height))
    return path


def drop_files(widget: QWidget, paths: list[Path]) -> None:
    """Drag files from a file manager and drop them on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(point), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
