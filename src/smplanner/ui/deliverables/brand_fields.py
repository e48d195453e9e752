"""The monthly report dialog's "Your brand" fields (white label): the main colour of the
titles, the accent of the tables' headers (typed as #RRGGBB or picked), and the logo
(a PNG or JPEG file, kept in the plan). A wrong colour or file is said beside the
fields, in the interface's language, and nothing is kept until it is put right.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from smplanner.services.report_branding import (
    BrandingError,
    ReportBranding,
    checked_colour,
    logo_from_file,
)
from smplanner.ui.core_messages import error_text


class BrandFields(QGroupBox):
    def __init__(self, current: ReportBranding, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your brand on the report"), parent)
        self._current = current
        self.logo_file: Path | None = None  # a new logo chosen, checked
        self.logo_removed = False
        # Replaceable calls: the tests answer them as a person would.
        self.ask_colour: Callable[[str], str | None] = self._pick_colour
        self.ask_logo: Callable[[], Path | None] = self._pick_logo
        self.colour = QLineEdit(current.colour)
        self.accent = QLineEdit(current.accent)
        form = QFormLayout(self)
        for edit, label in (
            (self.colour, self.tr("Titles' colour")),
            (self.accent, self.tr("Tables' colour")),
        ):
            edit.setPlaceholderText(self.tr("#1F6FB2 (empty: the report's own)"))
            pick = QPushButton(self.tr("Choose…"))
            pick.clicked.connect(lambda _=False, e=edit: self._colour_for(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(pick)
            form.addRow(label, row)
        self.logo_label = QLabel(current.logo_name or self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Logo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.remove_button = QPushButton(self.tr("No logo"))
        self.remove_button.clicked.connect(self._remove_logo)
        self.remove_button.setEnabled(bool(current.logo))
        row = QHBoxLayout()
        row.addWidget(self.logo_label, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.remove_button)
        form.addRow(self.tr("Logo"), row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.hide()
        form.addRow(self.problem)

    # ------------------------------------------------------------ choosing

    def _pick_colour(self, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current or "#1F2A37"), self, self.tr("Colour"))
        return chosen.name().upper() if chosen.isValid() else None

    def _colour_for(self, edit: QLineEdit) -> None:
        chosen = self.ask_colour(edit.text())
        if chosen:
            edit.setText(chosen)

    def _pick_logo(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        return Path(name) if name else None

    def _choose_logo(self) -> None:
        path = self.ask_logo()
        if path is None:
            return
        try:
            logo_from_file(path)
        except BrandingError as error:
            self.say(error_text(error))
            return
        self.problem.hide()
        self.logo_file, self.logo_removed = path, False
        self.logo_label.setText(path.name)
        self.remove_button.setEnabled(True)

    def _remove_logo(self) -> None:
        self.logo_file, self.logo_removed = None, True
        self.logo_label.setText(self.tr("No logo"))
        self.remove_button.setEnabled(False)

    # ------------------------------------------------------------ answers

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def check(self) -> bool:
        """Whether both colours are colours; else the problem is said, focus on it."""
        for edit, field in ((self.colour, "colour"), (self.accent, "accent")):
            try:
                checked_colour(edit.text(), field)
            except BrandingError as error:
                self.say(error_text(error))
                edit.setFocus()
                edit.selectAll()
                return False
        self.problem.hide()
        return True

    def changed(self) -> bool:
        return (
            checked_colour(self.colour.text(), "colour") != self._current.colour
            or checked_colour(self.accent.text(), "accent") != self._current.accent
            or self.logo_file is not None
            or (self.logo_removed and bool(self._current.logo))
        )
