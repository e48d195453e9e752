"""Edit one post: network, text, title, link, media, hashtags, first comment, status,
pillar, campaign, objective, notes, date and time (or none: an idea)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.networks import all_networks
from smplanner.domain.plan_media import parse_ref
from smplanner.domain.post_refs import STATUSES, PostDraft
from smplanner.services.media import media_facts
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.post_status_texts import status_label
from smplanner.ui.calendar.post_when_field import PostWhenField
from smplanner.ui.composer.composer_tools import ComposerTools
from smplanner.ui.composer.hashtag_sets_button import HashtagSetsButton
from smplanner.ui.composer.label_picker import LabelPicker
from smplanner.ui.composer.limit_counter import LimitCounter
from smplanner.ui.composer.media_list import MediaList, plan_picture
from smplanner.ui.composer.post_preview import PostPreview
from smplanner.ui.composer.preview_layout import PreviewContent

TITLE_BAR = 52  # pixels a window manager's title bar and frame take (and a margin)


def is_web_address(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def client_name(plan: PlanFile) -> str:
    """The client's name, shown as the account in the preview when none is typed."""
    from smplanner.storage.plan_properties_repo import read_properties

    return read_properties(plan).client_name


def strategy_choices(plan: PlanFile) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(pillars, objectives) as (id, name) pairs; empty if the strategy is not there."""
    try:
        from smplanner.services import strategy_queries

        pillars = [(p.id, p.name) for p in strategy_queries.content_pillars(plan)]
        objectives = [(o.id, o.title) for o in strategy_queries.objectives(plan)]
    except ImportError:
        return [], []
    return pillars, objectives


def fitted_size(wanted: QSize, screen: QSize) -> QSize:
    """The dialog's size: what its fields ask, within the screen with room left for the
    title bar (Qt alone opens a dialog at two thirds of the screen: cramped at 1366×768)."""
    return wanted.boundedTo(QSize(screen.width() - 20, screen.height() - TITLE_BAR))


def shown_status(draft: PostDraft) -> str:
    """The status the dialog opens on: a dated idea shows as the draft it will be saved
    as (the calendar's planned status), an undated post as an idea."""
    if draft.scheduled_at is None:
        return "idea"
    return "draft" if draft.status == "idea" else draft.status


class PostDialog(QDialog):
    def __init__(
        self, plan: PlanFile, draft: PostDraft, zone: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post"))
        self._zone = zone
        self._draft = draft
        # Three columns (the post, its planning, its preview) so that the dialog fits a
        # 1366×768 laptop in French: one column of fields was taller than the screen.
        outer = QVBoxLayout(self)
        # The method's warnings about this very post (the calendar hands them in).
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        outer.addWidget(self.warnings)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        form = QFormLayout()
        columns.addLayout(form, 1)
        planning = QFormLayout()
        columns.addLayout(planning, 1)
        # The post as the client will see it, beside the fields it is made of.
        self.preview = PostPreview()
        preview_scroll = QScrollArea()
        preview_scroll.setWidget(self.preview)
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_scroll.setFixedWidth(self.preview.width() + 20)
        preview_box = QVBoxLayout()
        preview_box.addWidget(QLabel(self.tr("Preview")))
        preview_box.addWidget(preview_scroll, 1)
        columns.addLayout(preview_box)
        self.network = QComboBox()
        for item in all_networks():
            self.network.addItem(item.name, item.id)
        self.network.setCurrentIndex(max(0, self.network.findData(draft.network)))
        self.account = QLineEdit(draft.account)
        self.title = QLineEdit(draft.title)
        self.text = QPlainTextEdit(draft.text)
        self.link = QLineEdit(draft.link)
        self.media = MediaList(plan, draft.media)
        self.media_state = QLabel()
        self.hashtags = QLineEdit(draft.hashtags)
        self.first_comment = QLineEdit(draft.first_comment)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(shown_status(draft)))
        pillars, objectives = strategy_choices(plan)
        self.pillar = self._id_combo(pillars, draft.pillar_id)
        self.objective = self._id_combo(objectives, draft.objective_id)
        from smplanner.services.calendar_queries import campaigns

        self.campaign = self._id_combo([(c.id, c.name) for c in campaigns(plan)], draft.campaign_id)
        self.labels = LabelPicker(plan, draft.labels)
        self.notes = QPlainTextEdit(draft.notes)
        self.dated = QCheckBox(self.tr("Planned at"))
        moment = draft.scheduled_at or datetime.now(zone).replace(minute=0, second=0, microsecond=0)
        self.when = PostWhenField(moment, zone)  # typed date and time, kept as typed
        self.dated.setChecked(draft.scheduled_at is not None)
        self.when.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.when.setEnabled)
        self.dated.toggled.connect(self._status_for_date)
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Title"), self.title)
        # The text, its counter and "Adapt" in one box: the room left goes to the text
        # (a form gave it to the wrapped counter line instead).
        text_box = QVBoxLayout()
        text_box.addWidget(self.text, 1)
        self.counter = LimitCounter()
        text_box.addWidget(self.counter)
        self._adapt_row = QHBoxLayout()
        text_box.addLayout(self._adapt_row)
        form.addRow(self.tr("Text"), text_box)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        self.tools = ComposerTools(self, self)
        link_row.addWidget(self.tools.utm_button)
        form.addRow(self.tr("Link"), link_row)
        self._adapt_row.addWidget(self.tools.adapt_button)
        self._adapt_row.addWidget(self.tools.note, 1)
        form.addRow(self.tr("Media"), self.media)
        form.addRow(self.media_state)  # a row of its own, hidden while no file is missing
        hashtags_row = QHBoxLayout()
        hashtags_row.addWidget(self.hashtags, 1)
        self.hashtag_sets = HashtagSetsButton(
            plan, self.hashtags, lambda: (self.pillar.currentData(), self.campaign.currentData())
        )
        document = getattr(parent, "document", None)
        if document is not None:
            self.hashtag_sets.push = document.push
            self.tools.push = document.push
            self.labels.push = document.push
        hashtags_row.addWidget(self.hashtag_sets)
        form.addRow(self.tr("Hashtags"), hashtags_row)
        form.addRow(self.tr("First comment"), self.first_comment)
        planning.addRow(self.dated, self.when)
        planning.addRow(self.tr("Status"), self.status)
        planning.addRow(self.tr("Content pillar"), self.pillar)
        planning.addRow(self.tr("Objective"), self.objective)
        planning.addRow(self.tr("Campaign"), self.campaign)
        planning.addRow(self.tr("Labels"), self.labels)
        planning.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)  # refused while the date or time is wrong
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.media.changed.connect(self._check_media)
        self._check_media()
        self._client = client_name(plan)
        self._plan = plan
        for edit in (self.title, self.link, self.hashtags, self.account):
            edit.textChanged.connect(self._measure)
        self.text.textChanged.connect(self._measure)
        self.media.changed.connect(self._measure)
        self.preview.picture_source = lambda ref: plan_picture(plan, ref)
        self.network.currentIndexChanged.connect(self._measure)
        self.network.currentIndexChanged.connect(self._first_comment_for_network)
        self._measure()
        self._first_comment_for_network()
        self.resize(fitted_size(self.sizeHint(), self.screen().availableGeometry().size()))

    def _first_comment_for_network(self) -> None:
        """The first comment only where a scheduler can post one with the post; kept
        (and editable) when it holds text, so that nothing typed is lost."""
        from smplanner.domain.post_adapt import FIRST_COMMENT_NETWORKS

        supported = self.network.currentData() in FIRST_COMMENT_NETWORKS
        self.first_comment.setEnabled(supported or bool(self.first_comment.text()))
        # A short hint that fits the field whole; the full sentence on hover.
        self.first_comment.setPlaceholderText(
            self.tr("Sent with the post (Metricool…)")
            if supported
            else self.tr("No first comment on this network")
        )
        self.first_comment.setToolTip(
            self.tr("Posted with the post by the schedulers that take one (Metricool…)")
            if supported
            else self.tr("This network takes no first comment from the schedulers")
        )

    def _status_for_date(self, dated: bool) -> None:
        """A date makes an idea a draft, as a drop on the calendar does; no date makes
        it an idea again (what draft() saves either way)."""
        current = self.status.currentData()
        if dated and current == "idea":
            self.status.setCurrentIndex(self.status.findData("draft"))
        elif not dated:
            self.status.setCurrentIndex(self.status.findData("idea"))

    def show_warnings(self, texts: list[str]) -> None:
        """List the post's own warnings above its fields (none: nothing shown)."""
        self.warnings.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings.setVisible(bool(texts))

    def _id_combo(self, items: list[tuple[int, str]], current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def media_paths(self) -> tuple[str, ...]:
        return self.media.refs()

    def _check_media(self) -> None:
        missing = [
            p
            for p in self.media_paths()
            if parse_ref(p) is None and not is_web_address(p) and not Path(p).is_file()
        ]
        self.media_state.setText(
            self.tr("Missing files: %1").replace("%1", ", ".join(Path(p).name for p in missing))
            if missing
            else ""
        )
        self.media_state.setVisible(bool(missing))

    def _measure(self) -> None:
        media = media_facts(self._plan, self.media_paths())
        self.counter.measure(
            self.network.currentData(),
            self.text.toPlainText(),
            hashtags=self.hashtags.text(),
            link=self.link.text(),
            title=self.title.text(),
            media=media,
        )
        self.preview.show_post(
            PreviewContent(
                self.network.currentData(),
                self.account.text().strip() or self._client,
                self.text.toPlainText(),
                self.hashtags.text(),
                self.link.text(),
                self.title.text(),
                media,
            )
        )

    def accept(self) -> None:
        """Close only on a date and time that can be kept; else say what to type."""
        if self.dated.isChecked() and self.when.problem():
            self.when.focus_problem()
            return
        super().accept()

    def draft(self) -> PostDraft:
        scheduled = self.when.value() if self.dated.isChecked() else None
        status = self.status.currentData()
        if scheduled is None:
            status = "idea"
        elif status == "idea":
            status = "draft"
        return PostDraft(
            network=self.network.currentData(),
            text=self.text.toPlainText(),
            title=self.title.text().strip(),
            status=status,
            scheduled_at=scheduled,
            pillar_id=self.pillar.currentData(),
            objective_id=self.objective.currentData(),
            campaign_id=self.campaign.currentData(),
            group_id=self._draft.group_id,
            account=self.account.text().strip(),
            link=self.link.text().strip(),
            media=self.media_paths(),
            hashtags=self.hashtags.text().strip(),
            first_comment=self.first_comment.text(),
            notes=self.notes.toPlainText(),
            client_comment=self._draft.client_comment,  # the client's words, not edited here
            labels=self.labels.chosen(),
        )
