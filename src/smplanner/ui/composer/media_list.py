"""The composer's media: thumbnails of the post's images and videos, added with a
picker, dropped from the file manager or pasted, stored in the plan (once per
content); removed with Delete. Legacy entries (a local path, a web address) stay
listed as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QImageWriter,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.plan_media import parse_ref
from smplanner.services import media as media_service
from smplanner.services.media import AttachedMedia, Picture
from smplanner.storage.plan_file import PlanFile

THUMBNAIL = 320  # pixels on the long side: enough for cards, lists and the PDF
ICON = 56
REF_ROLE = Qt.ItemDataRole.UserRole
PICKER_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.gif *.mp4 *.mov *.m4v *.webm *.pdf"


def measure_picture(path: Path) -> Picture | None:
    """Size and a JPEG thumbnail of an image file (None for what Qt cannot read)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos: EXIF orientation
    size = reader.size()
    if not size.isValid():
        return None
    if max(size.width(), size.height()) > THUMBNAIL:
        reader.setScaledSize(size.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return Picture(size.width(), size.height(), jpeg_bytes(image))


def jpeg_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than QImage.save: PySide6's stubs type save()'s format as bytes,
    # its binding accepts only str; the writer takes the format as bytes in both.
    writer = QImageWriter(buffer, b"JPEG")
    writer.setQuality(85)
    writer.write(image.convertToFormat(QImage.Format.Format_RGB32))
    return bytes(data.data())


def image_from(data: bytes | None) -> QImage | None:
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def plan_picture(plan: PlanFile, ref: str) -> QImage | None:
    """The picture of a medium for the preview: from the plan, else the file itself."""
    if parse_ref(ref) is None:
        from smplanner.ui.composer.post_preview import WIDTH, load_picture

        return load_picture(ref, QSize(WIDTH, WIDTH))
    image = image_from(media_service.media_bytes(plan, ref))
    if image is None:
        return None
    return image.scaled(
        QSize(640, 640),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


class MediaList(QWidget):
    """The list and its buttons; ``refs`` is what the post stores."""

    changed = Signal()

    def __init__(
        self, plan: PlanFile, refs: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.items = QListWidget()
        self.items.setViewMode(QListWidget.ViewMode.IconMode)
        self.items.setIconSize(QSize(ICON, ICON))
        self.items.setFlow(QListWidget.Flow.LeftToRight)
        self.items.setWrapping(False)
        self.items.setFixedHeight(ICON + 40)
        self.items.setMovement(QListWidget.Movement.Static)
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.items.setAcceptDrops(False)  # the whole widget takes the drops
        self.items.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add images or videos…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        # No taller than its list and buttons: a taller dialog gives the room to the text.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box.addWidget(self.items)
        box.addLayout(buttons)
        box.addWidget(self.notice)
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("Drop files here from the file manager, or paste them (Ctrl+V)."))
        # Tests and the file manager give paths; the picker asks the user for them.
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.errors: list[str] = []
        for ref in refs:
            self._add_item(ref)

    # ------------------------------------------------------------ the list
    def refs(self) -> tuple[str, ...]:
        return tuple(self.items.item(i).data(REF_ROLE) for i in range(self.items.count()))

    def _add_item(self, ref: str, attached: AttachedMedia | None = None) -> None:
        parsed = parse_ref(ref)
        name = parsed[1] if parsed else Path(ref).name or ref
        item = QListWidgetItem(name)
        item.setData(REF_ROLE, ref)
        item.setToolTip(ref if parsed is None else name)
        picture = image_from(media_service.thumbnail(self.plan, ref)) if parsed else None
        if picture is None and parsed is None and Path(ref).is_file():
            measured = measure_picture(Path(ref))
            picture = image_from(measured.thumbnail) if measured else None
        if picture is not None:
            item.setIcon(QIcon(QPixmap.fromImage(picture)))
        else:
            item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
        self.items.addItem(item)

    def add_paths(self, paths: list[str]) -> None:
        """Store each file in the plan and list it; what cannot be read is said."""
        from smplanner.ui.core_messages import error_text

        notices = []
        for text in paths:
            path = Path(text)
            picture = measure_picture(path) if path.is_file() else None
            try:
                attached = media_service.attach_file(self.plan, path, picture)
            except media_service.MediaError as error:
                notices.append(error_text(error))
                continue
            if attached.ref in self.refs():
                continue  # the same content twice on one post: once is enough
            self._add_item(attached.ref, attached)
            if not attached.inside:
                megabytes = round(attached.size / 1_000_000)
                notices.append(
                    self.tr(
                        "%1 (%2 MB) is kept as a link to the file, not inside the plan: "
                        "keep the file beside the plan when you copy or send it."
                    )
                    .replace("%1", attached.name)
                    .replace("%2", str(megabytes))
                )
        self.errors = notices
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))  # an empty line would push the fields down
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.items.selectedItems():
            self.items.takeItem(self.items.row(item))
        self.changed.emit()

    def pick(self) -> None:
        paths = self.choose_files()
        if paths:
            self.add_paths(paths)

    def _ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Images and videos for this post"),
            "",
            self.tr("Images and videos (%1)").replace("%1", PICKER_FILTER),
        )
        return list(files)

    # ------------------------------------------------------------ drop and paste
    @staticmethod
    def _local_files(mime: QMimeData) -> list[str]:
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.add_paths(files)

    def paste(self, mime: QMimeData) -> bool:
        """Ctrl+V: copied files, or a copied picture (kept as a PNG)."""
        files = self._local_files(mime)
        if files:
            self.add_paths(files)
            return True
        if mime.hasImage():
            import tempfile

            image = QImage(mime.imageData())
            if image.isNull():
                return False
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / self.tr("pasted image.png")
                QImageWriter(str(path), b"PNG").write(image)
                self.add_paths([str(path)])
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is self.items and pressed:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                from PySide6.QtWidgets import QApplication

                return self.paste(QApplication.clipboard().mimeData())
        return super().eventFilter(watched, event)
