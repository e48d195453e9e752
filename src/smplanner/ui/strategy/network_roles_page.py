"""Networks and roles: used or not, the role of each, weekly target, recommendations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from smplanner.domain.networks import all_networks
from smplanner.domain.recommendations import channel_label, recommend, role_ids, role_label
from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.ui.strategy.strategy_editor import StrategyEditor


class NetworkRolesGrid(QWidget):
    """One line per network: used, role (pick or type), posts per week."""

    def __init__(self, editor: StrategyEditor, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._editor = editor
        self._loading = False
        self.used: dict[str, QCheckBox] = {}
        self.roles: dict[str, QComboBox] = {}
        self.targets: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        for column, text in enumerate(
            (self.tr("Network"), self.tr("Role"), self.tr("Posts per week"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, network in enumerate(all_networks(), start=1):
            used = QCheckBox(network.name)
            used.setObjectName(f"used_{network.id}")
            role = QComboBox()
            role.setEditable(True)
            role.setObjectName(f"role_{network.id}")
            for role_id in role_ids(network.id):
                role.addItem(role_label(role_id, language))
            target = QSpinBox()
            target.setObjectName(f"target_{network.id}")
            target.setRange(0, 50)
            target.setSpecialValueText("—")
            used.toggled.connect(lambda checked, n=network.id: self._commit(n, {"used": checked}))
            edit = role.lineEdit()  # the combo is editable: it has one
            assert edit is not None
            edit.editingFinished.connect(lambda n=network.id: self._commit_role(n))
            role.activated.connect(lambda _i, n=network.id: self._commit_role(n))
            target.editingFinished.connect(lambda n=network.id: self._commit_target(n))
            grid.addWidget(used, row, 0)
            grid.addWidget(role, row, 1)
            grid.addWidget(target, row, 2)
            self.used[network.id], self.roles[network.id] = used, role
            self.targets[network.id] = target
        grid.setColumnStretch(1, 1)

    def _commit(self, network: str, values: dict[str, object]) -> None:
        if not self._loading:
            self._editor.set_network(network, values, self.used[network].text())

    def _commit_role(self, network: str) -> None:
        self._commit(network, {"role": self.roles[network].currentText().strip()})

    def _commit_target(self, network: str) -> None:
        value = self.targets[network].value()
        self._commit(network, {"weekly_target": value or None})

    def reload(self, doc: StrategyDocument) -> None:
        choices = {c.network: c for c in doc.network_choices}
        self._loading = True
        try:
            for network, used in self.used.items():
                choice = choices.get(network)
                used.setChecked(bool(choice and choice.used))
                role = self.roles[network]
                if not role.hasFocus():
                    role.setEditText(choice.role if choice else "")
                self.targets[network].setValue((choice.weekly_target or 0) if choice else 0)
        finally:
            self._loading = False

    def focus_target(self, target: str) -> bool:
        if target.startswith("network:") and target[8:] in self.roles:
            self.roles[target[8:]].setFocus()
            return True
        if target == "networks":
            next(iter(self.used.values())).setFocus()
            return True
        return False


class RecommendationList(QLabel):
    """The networks the method suggests, each with its reasons and sources."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setWordWrap(True)
        self.setObjectName("recommendations")

    def reload(self, doc: StrategyDocument) -> None:
        names: dict[str, str] = {n.id: n.name for n in all_networks()}

        def name_of(place: str) -> str:  # a network, or a channel such as job boards
            return names.get(place) or channel_label(place, self._language) or place

        title = QCoreApplication.translate("RecommendationList", "Recommended networks")
        items = []
        for rec in recommend(doc, self._language):
            used = any(c.network == rec.network and c.used for c in doc.network_choices)
            mark = "✔" if used else "➜"
            role = role_label(rec.role, self._language)
            reasons = " ".join(rec.reasons)
            sources = QCoreApplication.translate("RecommendationList", "Sources: %1").replace(
                "%1", "; ".join(rec.sources)
            )
            items.append(
                f"<li>{mark} <b>{name_of(rec.network)}</b> — {role}. {reasons}"
                f"<br/><small>{sources}</small></li>"
            )
        if not items:
            empty = QCoreApplication.translate(
                "RecommendationList",
                "Choose the sector, personas and objectives to get recommendations.",
            )
            self.setText(f"<b>{title}</b><p>{empty}</p>")
        else:
            self.setText(f"<b>{title}</b><ul>{''.join(items)}</ul>")
