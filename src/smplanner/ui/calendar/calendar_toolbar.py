"""The calendar's two bars: period navigation, view, filters and settings; then the
planning actions.

The filters (network, status, campaign, pillar, labels) live in a "Filters" popup
rather than on the bar: side by side, in French, they made the tab wider than a
1024-pixel screen. The button says how many filters are on and its tooltip lists
them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from smplanner.domain.networks import all_networks
from smplanner.domain.post_refs import STATUSES, PostRef
from smplanner.domain.rule_warnings import RuleWarning
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.label_filter import LabelFilter
from smplanner.ui.calendar.menu_tool_button import MenuToolButton
from smplanner.ui.placeholder_fit import widen_for_placeholder

FILTER_CHARACTERS = 18  # combos in the popup stay this wide; long names are elided


class CalendarToolbar(QWidget):
    """Navigation, view and filter bar plus the action bar; signals out, no planning logic."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next"))
        for arrow in (self.previous_button, self.next_button):
            arrow.setMaximumWidth(36)  # an arrow needs no 80-pixel button
        self.period_label = QLabel()
        self.view_combo = QComboBox()
        self.view_combo.addItems([self.tr("Month"), self.tr("Week"), self.tr("Agenda")])
        self.network_filter = self._filter_combo()
        self.status_filter = self._filter_combo()
        self.campaign_filter = self._filter_combo()
        self.pillar_filter = self._filter_combo()
        self.label_filter = LabelFilter()
        self.filters_button = self._filters_button()
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search: words, #hashtag, campaign"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(320)
        widen_for_placeholder(self.search_field)  # the hint says what can be searched
        self.settings_button = MenuToolButton()
        self.settings_button.setText(self.tr("Settings"))
        settings_menu = QMenu(self.settings_button)
        self.time_slots_action = settings_menu.addAction(self.tr("Recommended time slots…"))
        self.rules_action = settings_menu.addAction(self.tr("The method's rules…"))
        self.labels_action = settings_menu.addAction(self.tr("Labels…"))
        self.unused_media_action = settings_menu.addAction(self.tr("Unused media…"))
        self.settings_button.setMenu(settings_menu)

        self.new_button = QPushButton(self.tr("New post"))
        self.suggest_button = QPushButton(self.tr("Suggest a slot"))
        self.retro_button = QPushButton(self.tr("Retro-planning…"))
        self.series_button = QPushButton(self.tr("Recurring series…"))
        self.campaign_button = QPushButton(self.tr("Campaign…"))
        self.variants_button = QPushButton(self.tr("Variants…"))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        widget: QWidget
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.period_label, 1)
        for widget in (
            self.search_field,
            self.view_combo,
            self.filters_button,
            self.settings_button,
        ):
            bar.addWidget(widget)
        # Actions on a second row: on one row the French labels made the tab too wide.
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.new_button,
            self.suggest_button,
            self.retro_button,
            self.series_button,
            self.campaign_button,
            self.variants_button,
        ):
            self.actions_bar.addWidget(widget)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addLayout(self.actions_bar)
        # Only as tall as its buttons: the calendar below takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self._filters_moved)
        self.label_filter.changed.connect(self._filters_moved)
        self._show_filter_count()

    def add_action_widget(self, widget: QWidget) -> None:
        """A further button on the action bar (e.g. Export / import)."""
        self.actions_bar.addWidget(widget)

    def finish(self) -> None:
        self.actions_bar.addStretch(1)

    # ------------------------------------------------------------ filters
    def _filter_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_CHARACTERS)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _filters_button(self) -> QToolButton:
        button = MenuToolButton()
        menu = QMenu(button)
        panel = QWidget()
        form = QFormLayout(panel)
        form.addRow(self.tr("Network"), self.network_filter)
        form.addRow(self.tr("Status"), self.status_filter)
        form.addRow(self.tr("Campaign"), self.campaign_filter)
        form.addRow(self.tr("Pillar"), self.pillar_filter)
        form.addRow(self.tr("Labels"), self.label_filter)
        self.clear_filters_button = QPushButton(self.tr("Show everything"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        form.addRow(self.clear_filters_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        button.setMenu(menu)
        return button

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.network_filter, self.status_filter, self.campaign_filter, self.pillar_filter)

    def fill_filters(
        self,
        statuses: list[tuple[object, str]],
        campaigns: list[tuple[object, str]],
        pillars: list[tuple[object, str]],
    ) -> None:
        """(Re)fill the filter choices, keeping what is chosen where it still exists."""
        networks: list[tuple[object, str]] = [(n.id, n.name) for n in all_networks()]
        self._fill(self.network_filter, self.tr("All networks"), networks)
        self._fill(self.status_filter, self.tr("All statuses"), statuses)
        self._fill(self.campaign_filter, self.tr("All campaigns"), campaigns)
        self._fill(self.pillar_filter, self.tr("All pillars"), pillars)
        self._show_filter_count()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
            # Elided in the narrow combo: the whole name stays in the tooltip.
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def clear_filters(self) -> None:
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.label_filter.clear()
        self._filters_moved()

    def _filters_moved(self) -> None:
        self._show_filter_count()
        self.filters_changed.emit()

    def active_filters(self) -> list[str]:
        """The chosen filter values as shown ("Instagram", "Draft", "Promo, Vidéo"…)."""
        active = [c.currentText() for c in self.filter_combos() if c.currentData() is not None]
        labels = self.label_filter.chosen_names()
        return [*active, ", ".join(labels)] if labels else active

    def _show_filter_count(self) -> None:
        active = self.active_filters()
        if active:
            self.filters_button.setText(self.tr("Filters (%1)").replace("%1", str(len(active))))
            self.filters_button.setToolTip(", ".join(active))
        else:
            self.filters_button.setText(self.tr("Filters"))
            self.filters_button.setToolTip(self.tr("Everything is shown"))

    def post_filter(self) -> Callable[[PostRef], bool]:
        """The filters as one test on a post (grid, agenda, ideas and warnings use it)."""
        network = self.network_filter.currentData()
        status = self.status_filter.currentData()
        campaign = self.campaign_filter.currentData()
        pillar = self.pillar_filter.currentData()
        labels = self.label_filter.wanted()

        def accepts(post: PostRef) -> bool:
            return (
                (network is None or post.network == network)
                and (status is None or post.status == status)
                and (campaign is None or post.campaign_id == campaign)
                and (pillar is None or post.pillar_id == pillar)
                and (not labels or not labels.isdisjoint(post.labels))
            )

        return accepts


def warning_filter(
    toolbar: CalendarToolbar, posts_by_id: dict[int, PostRef]
) -> Callable[[RuleWarning], bool]:
    """Which warnings the panel shows under the filters.

    A warning about posts is shown if one of its posts is shown; a warning about a
    whole network (a long gap) follows the network filter, and is hidden while a
    status, campaign, pillar or label filter narrows the view to some posts.
    """
    accepts = toolbar.post_filter()
    network = toolbar.network_filter.currentData()
    narrowed = bool(toolbar.label_filter.wanted()) or any(
        c.currentData() is not None
        for c in (toolbar.status_filter, toolbar.campaign_filter, toolbar.pillar_filter)
    )

    def shows(warning: RuleWarning) -> bool:
        if warning.post_ids:
            return any(accepts(posts_by_id[i]) for i in warning.post_ids if i in posts_by_id)
        if narrowed:
            return False
        return network is None or warning.network in (None, network)

    return shows


def filter_choices(plan: PlanFile) -> tuple[list[tuple[object, str]], ...]:
    """The statuses, campaigns and pillars offered by the filters."""
    from smplanner.services import calendar_queries
    from smplanner.ui.calendar.post_dialog import strategy_choices
    from smplanner.ui.calendar.post_status_texts import status_label

    statuses: list[tuple[object, str]] = [(s, status_label(s)) for s in STATUSES]
    campaigns: list[tuple[object, str]] = [(c.id, c.name) for c in calendar_queries.campaigns(plan)]
    pillars, _objectives = strategy_choices(plan)
    return statuses, campaigns, list(pillars)
