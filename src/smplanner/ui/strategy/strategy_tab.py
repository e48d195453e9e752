"""Strategy tab: the guided workshop (audit → budget → objectives → … → KPIs).

The client header on top; the sections on the left; one page per section, built the
first time it is shown (the tab is on the first frame, so it stays cheap); the
guidance panel on the right, updated after every edit.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.strategy_findings import MISSING, SECTIONS
from smplanner.services import plan_properties
from smplanner.services.changes import PLAN_PROPERTIES, Changes, Topic
from smplanner.texts.strategy_labels import SECTION_TITLES, tr
from smplanner.ui.accessible_names import give_names
from smplanner.ui.after_first_paint import AfterFirstPaint
from smplanner.ui.document import PlanDocument
from smplanner.ui.i18n import ui_language
from smplanner.ui.prompts import Prompts
from smplanner.ui.strategy.plan_header import PlanHeader

if TYPE_CHECKING:  # imported when first used: the first frame needs none of them
    from smplanner.domain.strategy_findings import Finding
    from smplanner.domain.strategy_refs import StrategyDocument
    from smplanner.ui.strategy.guidance_panel import GuidancePanel
    from smplanner.ui.strategy.page_building import PageContext
    from smplanner.ui.strategy.section_page import SectionPage
    from smplanner.ui.strategy.strategy_editor import StrategyEditor

STRATEGY = Topic.STRATEGY  # services.strategy_queries.STRATEGY (that module kept unimported)


class StrategyTab(QWidget):
    edit_properties_requested = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._editor: StrategyEditor | None = None
        self._pages: dict[str, SectionPage] = {}
        self._findings: list[Finding] = []
        self.template_offer: QWidget | None = None  # built only when a new plan offers it
        # The window puts its own (tests answer them); not a Prompts(self) kept here:
        # that reference cycle let the garbage collector delete the tab mid-test.
        self.prompts: Any = None
        # A click anywhere in the tab (a label, the panel, blank space) takes the focus,
        # so the field or cell being typed in is committed, as when leaving it.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.header = PlanHeader()
        self.header.edit_requested.connect(self.edit_properties_requested)

        self.sections = QListWidget()
        self.sections.setObjectName("workshopSections")
        self.sections.setAccessibleName(self.tr("Workshop sections"))
        for section in SECTIONS:
            self.sections.addItem(QListWidgetItem(tr(SECTION_TITLES[section])))
        self.sections.setMaximumWidth(300)
        self.stack = QStackedWidget()
        for _ in SECTIONS:
            self.stack.addWidget(QWidget())  # placeholders until first view
        self.template_combo = QComboBox()
        self.template_button = QPushButton(self.tr("Start from this template"))
        self.template_button.clicked.connect(self.apply_selected_template)
        self.template_button.setEnabled(not document.read_only)
        self.guidance_host = QVBoxLayout()
        self.guidance: GuidancePanel | None = None  # built with the first page (the rules)

        templates = QVBoxLayout()
        templates.addWidget(QLabel(self.tr("Sector template:")))
        templates.addWidget(self.template_combo)
        templates.addWidget(self.template_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sections, 1)
        left_layout.addLayout(templates)
        right = QWidget()
        right.setLayout(self.guidance_host)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([220, 846, 300])  # the workshop's tables get the most room
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.header)
        self._layout.addWidget(splitter, 1)
        self._refresh_header()
        self.sections.currentRowChanged.connect(self.show_section)
        self._first_guidance_pending = True
        self.sections.setCurrentRow(0)

    # --- building ------------------------------------------------------------------

    def _context(self) -> PageContext:
        from smplanner.ui.strategy.section_pages import PageContext
        from smplanner.ui.strategy.strategy_editor import StrategyEditor

        if self._editor is None:
            self._editor = StrategyEditor(self._document, self)
        currency = plan_properties.get_properties(self._document.plan).currency
        return PageContext(self._editor, currency, ui_language(), date.today())

    def page(self, section: str) -> SectionPage:
        """The section's page, built now if it was never shown."""
        if section not in self._pages:
            from smplanner.ui.strategy.section_pages import builder

            built = builder(section)(self._context())
            index = SECTIONS.index(section)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[section] = built
            built.reload(self._document_snapshot())
        return self._pages[section]

    def _ensure_guidance(self) -> None:
        if self.guidance is None:
            from smplanner.ui.strategy.guidance_panel import GuidancePanel

            guidance = GuidancePanel()
            guidance.jump_requested.connect(self.jump_to)
            self.guidance_host.addWidget(guidance)
            give_names(guidance)  # built after the first frame, once the tab was named
            self.guidance = guidance

    def _document_snapshot(self) -> StrategyDocument:
        from smplanner.services.strategy_queries import strategy_document

        return strategy_document(self._document.plan)

    def current_section(self) -> str:
        return SECTIONS[max(self.sections.currentRow(), 0)]

    def show_section(self, row: int) -> None:
        section = SECTIONS[row]
        self.page(section)
        self.stack.setCurrentIndex(row)
        if self._first_guidance_pending:
            # Naming the first page's fields and checking the whole strategy can come
            # just after the first frame: the page the user looks at is already there.
            # (A zero timer would run before that frame: the window is not shown yet.)
            self._first_guidance_pending = False
            AfterFirstPaint(self, self._after_first_frame)
            return
        self._name_shown_page()
        self._refresh_guidance()

    def _name_shown_page(self) -> None:
        # A section's fields are built when it is first shown: name them for screen
        # readers (ui/accessible_names.py).
        shown = self.stack.currentWidget()
        if shown is not None:
            give_names(shown)

    def _after_first_frame(self) -> None:
        for page in self._pages.values():
            give_names(page)
        self._refresh_guidance()

    # --- refreshing ----------------------------------------------------------------

    def _refresh_header(self) -> None:
        properties = plan_properties.get_properties(self._document.plan)
        self.header.show_properties(properties)
        self._fill_templates(properties.sector)

    def _fill_templates(self, sector: str) -> None:
        from smplanner.domain.strategy_templates import all_templates, template_for_sector

        self.template_combo.clear()
        for template in all_templates():
            self.template_combo.addItem(template.label(ui_language()), template.id)
        suggested = template_for_sector(sector)
        if suggested is not None:
            self.template_combo.setCurrentIndex(self.template_combo.findData(suggested.id))

    def _refresh_guidance(self) -> None:
        from smplanner.domain.strategy_checks import check_strategy, progress

        if self._document.plan.closed:
            return  # a deferred refresh arriving after the plan was closed
        self._ensure_guidance()
        doc = self._document_snapshot()
        self._findings = check_strategy(doc, date.today())
        done, total = progress(self._findings)
        currency = plan_properties.get_properties(self._document.plan).currency
        assert self.guidance is not None
        self.guidance.show_section(self.current_section(), self._findings, done, total, currency)
        for row, section in enumerate(SECTIONS):
            mine = [f for f in self._findings if f.section == section]
            missing = sum(f.severity == MISSING for f in mine)
            warnings = len(mine) - missing
            marks = (f"  ☐{missing}" if missing else "") + (f"  ⚠{warnings}" if warnings else "")
            complete = "✔ " if not missing else ""
            self.sections.item(row).setText(complete + tr(SECTION_TITLES[section]) + marks)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(PLAN_PROPERTIES):
            self._refresh_header()
        if changes.touches(STRATEGY, PLAN_PROPERTIES):
            doc = self._document_snapshot()
            for page in self._pages.values():
                page.reload(doc)
            self._refresh_guidance()
            offer = self.template_offer
            if offer is not None and not offer.isHidden() and not self._strategy_is_empty():
                offer.hide()  # the CM started on their own

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing the window or the plan hides the tab without moving the focus: save
        # what is being typed first (a cell, a text) instead of losing it.
        if not event.spontaneous():
            self.commit_pending_edit()
        super().hideEvent(event)

    def commit_pending_edit(self) -> None:
        """Commit the field or cell being typed in, as leaving it would."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()

    # --- actions -------------------------------------------------------------------

    def jump_to(self, section: str, target: str) -> None:
        """Show the section and put the cursor on the finding's field."""
        self.sections.setCurrentRow(SECTIONS.index(section))
        self.page(section).focus_target(target)

    def apply_selected_template(self) -> bool:
        """Apply the chosen template; on a plan that is not empty, say first what it
        adds and ask (a second template used to add objectives silently)."""
        template_id = self.template_combo.currentData()
        if not template_id:
            return False
        label = self.template_combo.currentText()
        if not self._strategy_is_empty():
            from smplanner.services.strategy_templates import template_merge
            from smplanner.ui.strategy import template_summary

            merge = template_merge(self._document.plan, template_id, ui_language())
            prompts = self.prompts or Prompts(self.window())
            if merge.adds_nothing:
                prompts.info(*template_summary.nothing_to_add(label))
                return False
            if not prompts.confirm(*template_summary.question(label, merge)):
                return False
        self._context()
        assert self._editor is not None
        return self._editor.apply_template(template_id, ui_language(), label)

    # --- the template offer of a new plan ----------------------------------------------

    def _strategy_is_empty(self) -> bool:
        from smplanner.services.strategy_edits import snapshot

        return not any(snapshot(self._document.plan).values())

    def offer_sector_template(self) -> bool:
        """Offer the sector's template above an empty workshop; False if not empty."""
        if self._document.read_only or not self._strategy_is_empty():
            return False
        from smplanner.ui.strategy.template_offer import TemplateOffer

        sector = plan_properties.get_properties(self._document.plan).sector
        offer = TemplateOffer(sector, ui_language())
        offer.accepted.connect(self._start_from_offered_template)
        offer.declined.connect(offer.hide)
        if self.template_offer is not None:
            self.template_offer.deleteLater()
        self.template_offer = offer
        self._layout.insertWidget(1, offer)
        offer.show()  # now, not at the next event loop turn
        offer.start_button.setFocus()
        return True

    def _start_from_offered_template(self, template_id: str, label: str) -> None:
        self._context()
        assert self._editor is not None
        if self._editor.apply_template(template_id, ui_language(), label):
            assert self.template_offer is not None
            self.template_offer.hide()
