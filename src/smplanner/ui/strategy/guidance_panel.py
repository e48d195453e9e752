"""Beside the sections: why the section matters, what is missing, the method's
warnings (each a jump to its field), and the workshop's progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.strategy_findings import MISSING, Finding
from smplanner.texts.finding_texts import finding_text
from smplanner.texts.strategy_labels import SECTION_TITLES, SECTION_WHY

TARGET_ROLE = Qt.ItemDataRole.UserRole


class GuidancePanel(QWidget):
    jump_requested = Signal(str, str)  # section, target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("workshopProgressText")
        self.progress = QProgressBar()
        self.progress.setObjectName("workshopProgress")
        # The text sits above the bar: over the bar it was half white on white.
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._jump)
        self.findings.itemClicked.connect(self._jump)
        self.all_good = QLabel(
            self.tr("Nothing missing, no warning: this section follows the method.")
        )
        self.all_good.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        layout.addWidget(QLabel(self.tr("<b>To do and warnings</b>")))
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.all_good)
        self._section = ""

    def show_section(
        self, section: str, findings: list[Finding], done: int, total: int, currency: str
    ) -> None:
        self._section = section
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        # %Ln picks the plural form (French: « 1 section complète », « 2 sections complètes »).
        text = self.tr("Workshop: %Ln of %1 sections complete", "", done).replace("%1", str(total))
        self.progress_label.setText(text)
        self.progress.setAccessibleName(text)
        self.title.setText(
            QCoreApplication.translate("StrategyLabels", str(SECTION_TITLES[section]))
        )
        self.why.setText(QCoreApplication.translate("StrategyLabels", str(SECTION_WHY[section])))
        self.findings.clear()
        mine = [f for f in findings if f.section == section]
        # The checklist first (what is missing), then the warnings.
        for finding in sorted(mine, key=lambda f: f.severity != MISSING):
            mark = "☐" if finding.severity == MISSING else "⚠"
            item = QListWidgetItem(f"{mark} {finding_text(finding, currency)}")
            item.setData(TARGET_ROLE, finding.target)
            item.setToolTip(self.tr("Go to the field"))
            self.findings.addItem(item)
        self.all_good.setVisible(not mine)

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(self._section, str(item.data(TARGET_ROLE) or ""))
