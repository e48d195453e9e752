"""The series the chart can draw, as a tree: one checkable branch per network (its
display name), its metrics under it with the useful ones first, and a search box.

A plan with a LinkedIn page export alone has 40+ series; a flat list of ids was
unreadable. Ticking a network ticks its main figures (the first few, in the useful
order), not its forty: forty charts were 20-pixel strips. Clicking it again ticks
them all, once more none.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smplanner.ui.statistics.metric_names import metric_name, metric_order, network_name

KEY_ROLE = Qt.ItemDataRole.UserRole
MAIN_FIGURES = 4  # what ticking a network draws at first


class SeriesTree(QWidget):
    """Emits ``changed`` once per user tick; ``checked()`` gives (network, metric) pairs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change_queued = False
        self._ticking = False  # a network's metrics being ticked by the code
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a figure…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Figures to chart"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)

    # ------------------------------------------------------------ content

    def set_series(self, keys: Iterable[tuple[str, str]], checked: set[tuple[str, str]]) -> None:
        """Rebuild the tree from (network, metric) pairs, ticking ``checked``."""
        by_network: dict[str, list[str]] = {}
        for network, metric in keys:
            by_network.setdefault(network, []).append(metric)
        expanded = {item.data(0, KEY_ROLE) for item in self._networks() if item.isExpanded()}
        self.tree.blockSignals(True)
        self.tree.clear()
        for network in sorted(by_network, key=lambda n: network_name(n).casefold()):
            parent = QTreeWidgetItem([network_name(network)])
            parent.setData(0, KEY_ROLE, network)
            parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            parent.setToolTip(
                0,
                self.tr(
                    "Tick to draw its main figures; again for all of them, once more for none."
                ),
            )
            self.tree.addTopLevelItem(parent)
            for metric in sorted(by_network[network], key=metric_order):
                child = QTreeWidgetItem([metric_name(metric)])
                child.setData(0, KEY_ROLE, (network, metric))
                child.setToolTip(0, child.text(0))  # long LinkedIn names are cut
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                wanted = (network, metric) in checked
                child.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
                parent.addChild(child)
            self._show_state(parent)
            # Branches with something drawn open, the others stay folded (short list).
            parent.setExpanded(
                network in expanded or parent.checkState(0) != Qt.CheckState.Unchecked
            )
        self.tree.blockSignals(False)
        self._filter(self.search.text())

    def all_keys(self) -> list[tuple[str, str]]:
        """Every (network, metric) in the tree, in display order."""
        return [key for key, _ in self._leaves()]

    def checked(self) -> list[tuple[str, str]]:
        """The ticked (network, metric) pairs, in display order."""
        return [key for key, item in self._leaves() if item.checkState(0) == Qt.CheckState.Checked]

    def item_for(self, network: str, metric: str) -> QTreeWidgetItem | None:
        for key, item in self._leaves():
            if key == (network, metric):
                return item
        return None

    def network_item(self, network: str) -> QTreeWidgetItem | None:
        for item in self._networks():
            if item.data(0, KEY_ROLE) == network:
                return item
        return None

    def set_checked(self, network: str, metric: str, checked: bool = True) -> None:
        item = self.item_for(network, metric)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def count(self) -> int:
        return len(self._leaves())

    # ------------------------------------------------------------ internals

    def _networks(self) -> list[QTreeWidgetItem]:
        """The top-level items, one per network."""
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    @staticmethod
    def _metrics(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        """A network's items, one per metric."""
        found = (parent.child(j) for j in range(parent.childCount()))
        return [item for item in found if item is not None]

    def _leaves(self) -> list[tuple[tuple[str, str], QTreeWidgetItem]]:
        return [
            (child.data(0, KEY_ROLE), child)
            for parent in self._networks()
            for child in self._metrics(parent)
        ]

    def _show_state(self, parent: QTreeWidgetItem) -> None:
        """The network's box: ticked when all its metrics are, partly when some are."""
        states = {child.checkState(0) for child in self._metrics(parent)}
        state = (
            Qt.CheckState.Checked
            if states == {Qt.CheckState.Checked}
            else Qt.CheckState.Unchecked
            if Qt.CheckState.Checked not in states
            else Qt.CheckState.PartiallyChecked
        )
        was = self.tree.blockSignals(True)
        parent.setCheckState(0, state)
        self.tree.blockSignals(was)

    def _network_clicked(self, parent: QTreeWidgetItem) -> None:
        """None ticked -> the main figures; some -> all of them; all -> none."""
        metrics = self._metrics(parent)
        ticked = [child.checkState(0) == Qt.CheckState.Checked for child in metrics]
        if all(ticked):
            wanted = [False] * len(ticked)
        elif any(ticked):
            wanted = [True] * len(ticked)
        else:
            wanted = [j < MAIN_FIGURES for j in range(len(ticked))]
        self._ticking = True
        for child, tick in zip(metrics, wanted, strict=True):
            child.setCheckState(0, Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
        self._ticking = False
        self._show_state(parent)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._ticking:
            return  # _network_clicked redraws once at its end
        network = item.parent()
        if network is None:
            self._network_clicked(item)
        else:
            self._show_state(network)
        # Ticking a network changes each of its metrics, one itemChanged each: redraw
        # once, when Qt has done them all.
        if not self._change_queued:
            self._change_queued = True
            QTimer.singleShot(0, self._emit_changed)

    def _emit_changed(self) -> None:
        self._change_queued = False
        self._ticking = False  # a network's metrics being ticked by the code
        self.changed.emit()

    def _filter(self, text: str) -> None:
        """Show the metrics whose name (or network name) contains the typed text."""
        needle = text.strip().casefold()
        for parent in self._networks():
            network_hit = needle in parent.text(0).casefold()
            visible = 0
            for child in self._metrics(parent):
                hit = not needle or network_hit or needle in child.text(0).casefold()
                child.setHidden(not hit)
                visible += hit
            parent.setHidden(visible == 0)
            if needle and visible:
                parent.setExpanded(True)
