"""The composer's helpers beside its fields: tag the link with UTM parameters, adapt
the post to its network (hashtags to the first comment, shortened to the limit).

They change the dialog's fields only: OK stores the post (one undo step), Cancel
forgets everything, as for typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from smplanner.domain.post_adapt import (
    DROPPED_HASHTAGS,
    MOVED_HASHTAGS,
    SHORTENED,
    adapt_for_network,
)
from smplanner.domain.utm import utm_of, with_utm
from smplanner.errors import UserError
from smplanner.services.changes import Edit
from smplanner.services.utm_presets import UtmPreset, save_preset, utm_presets
from smplanner.storage.plan_file import PlanFile


class ComposerFields(Protocol):
    _plan: PlanFile
    network: QComboBox
    text: QPlainTextEdit
    link: QLineEdit
    hashtags: QLineEdit
    first_comment: QLineEdit
    campaign: QComboBox


class ComposerTools(QObject):
    """Two buttons and the line saying what the last one did, placed by the dialog in
    its own rows. A QObject owned by the dialog, not a widget: an empty top-level
    widget was left behind by every post dialog, and the preset question it parented
    did not block the dialog."""

    def __init__(self, fields: ComposerFields, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.utm_button = QToolButton()
        self.utm_button.setText(self.tr("Tag the link (UTM)"))
        self.utm_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.utm_button.setMenu(QMenu(self.utm_button))
        self.utm_button.menu().aboutToShow.connect(self._fill_presets)
        self.preset_question: QInputDialog | None = None
        self.push: Callable[[str, Edit], None] | None = None  # the plan's undo stack
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
        self.utm_button.clicked.connect(lambda: self.tag_link())
        self.adapt_button.clicked.connect(self.adapt)

    def tag_link(self, preset: UtmPreset | None = None) -> None:
        fields = self.fields
        if not fields.link.text().strip():
            self.note.setText(self.tr("Type the link to the client's site first."))
            return
        campaign = fields.campaign.currentText() if fields.campaign.currentData() else ""
        if preset is not None and preset.campaign:
            campaign = preset.campaign
        medium = preset.medium if preset is not None else "social"
        fields.link.setText(
            with_utm(
                fields.link.text(), fields.network.currentData(), medium=medium, campaign=campaign
            )
        )
        self.note.setText(
            self.tr("Link tagged for %1.").replace("%1", fields.network.currentText())
        )

    # ------------------------------------------------------------ UTM presets
    def _fill_presets(self) -> None:
        menu = self.utm_button.menu()
        menu.clear()
        for preset in utm_presets(self.fields._plan):
            words = f"{preset.name} — {preset.medium}" + (
                f", {preset.campaign}" if preset.campaign else ""
            )
            menu.addAction(words, self._tagger(preset))
        if not menu.isEmpty():
            menu.addSeparator()
        save = menu.addAction(self.tr("Save the link's tags as a preset…"), self.ask_preset_name)
        save.setEnabled(bool(utm_of(self.fields.link.text())))

    def _tagger(self, preset: UtmPreset) -> Callable[[], None]:
        return lambda: self.tag_link(preset)

    def ask_preset_name(self) -> None:
        question = QInputDialog(self.utm_button)  # the post dialog's window: modal to it
        question.setWindowTitle(self.tr("New UTM preset"))
        question.setLabelText(self.tr("Name of the preset:"))
        question.textValueSelected.connect(self.save_preset)
        self.preset_question = question
        question.open()

    def save_preset(self, name: str) -> None:
        from smplanner.ui.core_messages import error_text

        tags = utm_of(self.fields.link.text())
        preset = UtmPreset(name, tags.get("utm_medium", "social"), tags.get("utm_campaign", ""))
        try:
            edit = save_preset(self.fields._plan, preset)
        except UserError as error:
            self.note.setText(error_text(error))
            return
        if self.push is not None:
            self.push(self.tr("Save the UTM preset “%1”").replace("%1", name.strip()), edit)
        self.note.setText(self.tr("Preset “%1” saved.").replace("%1", name.strip()))

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
