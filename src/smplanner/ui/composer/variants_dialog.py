"""The variants of one idea side by side, each previewed as its network shows it, with
its counter: "Copy this text to all" and "Adapt each for its network", each one undo
step of the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import network
from smplanner.domain.post_refs import PostRef
from smplanner.services import calendar_queries, post_bulk_edits
from smplanner.services.media import media_facts
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.composer.limit_counter import LimitCounter
from smplanner.ui.composer.media_list import plan_picture
from smplanner.ui.composer.post_preview import PostPreview
from smplanner.ui.composer.preview_layout import PreviewContent
from smplanner.ui.document import PlanDocument


class VariantsDialog(QDialog):
    """One column per variant of ``group_id``; refreshed after each change."""

    def __init__(self, document: PlanDocument, group_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.plan: PlanFile = document.plan
        self.group_id = group_id
        self.setWindowTitle(self.tr("Variants side by side"))
        self.columns = QHBoxLayout()
        holder = QWidget()
        holder.setLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.adapt_button = QPushButton(self.tr("Adapt each for its network"))
        self.adapt_button.clicked.connect(self.adapt_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.adapt_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        box.addLayout(bottom)
        self.previews: dict[int, PostPreview] = {}
        self.copy_buttons: dict[int, QPushButton] = {}
        self.refresh()
        self.resize(min(1300, 380 * max(1, len(self.previews)) + 40), 700)

    def variants(self) -> list[PostRef]:
        return calendar_queries.posts_in_group(self.plan, self.group_id)

    def refresh(self) -> None:
        while self.columns.count():
            item = self.columns.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.previews.clear()
        self.copy_buttons.clear()
        for post in self.variants():
            self.columns.addWidget(self._column(post))
        self.columns.addStretch(1)

    def _column(self, post: PostRef) -> QWidget:
        column = QWidget()
        box = QVBoxLayout(column)
        title = QLabel(f"<b>{network(post.network).name}</b>")
        box.addWidget(title)
        preview = PostPreview()
        preview.picture_source = lambda ref: plan_picture(self.plan, ref)
        media = media_facts(self.plan, post.media)
        preview.show_post(
            PreviewContent(
                post.network,
                post.account or self._client(),
                post.text,
                post.hashtags,
                post.link,
                post.title,
                media,
            )
        )
        box.addWidget(preview)
        counter = LimitCounter()
        counter.measure(
            post.network,
            post.text,
            hashtags=post.hashtags,
            link=post.link,
            title=post.title,
            media=media,
        )
        box.addWidget(counter)
        copy = QPushButton(self.tr("Copy this text to all"))
        copy.clicked.connect(lambda: self.copy_to_all(post))
        box.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.previews[post.id] = preview
        self.copy_buttons[post.id] = copy
        return column

    def _client(self) -> str:
        from smplanner.ui.calendar.post_dialog import client_name

        return client_name(self.plan)

    def copy_to_all(self, source: PostRef) -> None:
        others = [p.id for p in self.variants() if p.id != source.id]
        text = self.tr("Copy the text of the %1 variant to the others").replace(
            "%1", network(source.network).name
        )
        self.document.apply(
            text,
            lambda: post_bulk_edits.change_posts(
                self.plan, others, text=source.text, hashtags=source.hashtags
            ),
        )
        self.refresh()

    def adapt_all(self) -> None:
        ids = [p.id for p in self.variants()]
        self.document.apply(
            self.tr("Adapt each variant for its network"),
            lambda: post_bulk_edits.adapt_each(self.plan, ids),
        )
        self.refresh()
