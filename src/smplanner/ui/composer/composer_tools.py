"""The composer's helpers beside its fields: tag the link with UTM parameters, adapt
the post to its network (hashtags to the first comment, shortened to the limit).

They change the dialog's fields only: OK stores the post (one undo step), Cancel
forgets everything, as for typing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from smplanner.domain.post_adapt import (
    DROPPED_HASHTAGS,
    MOVED_HASHTAGS,
    SHORTENED,
    adapt_for_network,
)
from smplanner.domain.utm import with_utm


class ComposerFields(Protocol):
    network: QComboBox
    text: QPlainTextEdit
    link: QLineEdit
    hashtags: QLineEdit
    first_comment: QLineEdit
    campaign: QComboBox


class ComposerTools(QWidget):
    """Two buttons and the line saying what the last one did."""

    def __init__(self, fields: ComposerFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.utm_button = QPushButton(self.tr("Tag the link (UTM)"))
        self.utm_button.setToolTip(
            self.tr(
                "utm_source = the network, utm_medium = social, utm_campaign = the "
                "post's campaign: the client's analytics then tell which posts bring "
                "visitors to the site."
            )
        )
        self.adapt_button = QPushButton(self.tr("Adapt for this network"))
        self.adapt_button.setToolTip(
            self.tr(
                "Hashtags into the first comment where the network takes one, hashtags "
                "beyond its count dropped, the text shortened to its limit."
            )
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.utm_button.clicked.connect(self.tag_link)
        self.adapt_button.clicked.connect(self.adapt)

    def tag_link(self) -> None:
        fields = self.fields
        if not fields.link.text().strip():
            self.note.setText(self.tr("Type the link to the client's site first."))
            return
        campaign = fields.campaign.currentText() if fields.campaign.currentData() else ""
        fields.link.setText(
            with_utm(fields.link.text(), fields.network.currentData(), campaign=campaign)
        )
        self.note.setText(
            self.tr("Link tagged for %1.").replace("%1", fields.network.currentText())
        )

    def adapt(self) -> None:
        fields = self.fields
        adapted = adapt_for_network(
            fields.network.currentData(),
            fields.text.toPlainText(),
            fields.hashtags.text(),
            fields.first_comment.text(),
            fields.link.text(),
        )
        if adapted.text != fields.text.toPlainText():
            fields.text.setPlainText(adapted.text)
        fields.hashtags.setText(adapted.hashtags)
        fields.first_comment.setText(adapted.first_comment)
        said = {
            MOVED_HASHTAGS: self.tr("hashtags moved to the first comment"),
            DROPPED_HASHTAGS: self.tr("hashtags beyond the network's count removed"),
            SHORTENED: self.tr("text shortened to the network's limit"),
        }
        done = [said[change] for change in adapted.changes]
        self.note.setText(
            self.tr("Adapted: %1.").replace("%1", ", ".join(done))
            if done
            else self.tr("The post already fits this network.")
        )
