"""Every icon file from the one source, src/smplanner/resources/icons/smplanner.svg.

    python packaging/make_icons.py [OUTPUT]     # default: build/icons/

Writes ``smplanner-<size>.png`` (the Linux hicolor sizes), ``smplanner.ico`` (Windows:
PNG-compressed entries, read by Windows Vista and later) and ``smplanner.icns`` (macOS:
PNG entries). The SVG is drawn by Qt's own SVG renderer (the same that draws the
window's icon), so no other tool is needed on any of the three systems. The files are
build products: build.py makes them, they are not kept in the repository.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "smplanner" / "resources" / "icons" / "smplanner.svg"
DEFAULT_OUTPUT = ROOT / "build" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The icon drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico holding one PNG entry per size (ICONDIR, ICONDIRENTRYs, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .icns: the 'icns' header, then one (type, length, PNG) element per size."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(output: Path = DEFAULT_OUTPUT) -> list[Path]:
    """Write every icon file into ``output``; return their paths."""
    output.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    written = []
    for size in HICOLOR_SIZES:
        path = output / f"smplanner-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    for name, data in (
        ("smplanner.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("smplanner.icns", icns_bytes(pngs)),
    ):
        (output / name).write_bytes(data)
        written.append(output / name)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    for path in make_icons(target):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
