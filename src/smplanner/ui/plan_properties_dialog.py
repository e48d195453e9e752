"""The Plan properties dialog: client, sector, time zone, language, currency."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smplanner.domain.plan_properties import (
    InvalidPropertiesError,
    PlanProperties,
    known_timezones,
    validate,
)
from smplanner.domain.sectors import all_sectors
from smplanner.ui.i18n import ui_language


class PlanPropertiesDialog(QDialog):
    def __init__(
        self, properties: PlanProperties, parent: QWidget | None = None, *, creating: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan") if creating else self.tr("Plan properties"))
        self.setMinimumWidth(460)
        self._result: PlanProperties | None = None

        self.client_edit = QLineEdit(properties.client_name)
        self.client_edit.setPlaceholderText(self.tr("e.g. Boulangerie Martin"))
        self.sector_combo = QComboBox()
        self.sector_combo.setEditable(True)  # a sector the list lacks can be typed
        language = ui_language()
        for sector in all_sectors():
            self.sector_combo.addItem(sector.label(language), sector.id)
        index = self.sector_combo.findData(properties.sector)
        if index >= 0:
            self.sector_combo.setCurrentIndex(index)
        else:
            self.sector_combo.setEditText(properties.sector)

        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(known_timezones())
        self.timezone_combo.setCurrentText(properties.timezone)
        completer = QCompleter(known_timezones(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)

        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(properties.language))
        )
        self.language_combo.setToolTip(self.tr("Language of the client's report"))

        self.currency_edit = QLineEdit(properties.currency)
        self.currency_edit.setMaxLength(3)

        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Sector:"), self.sector_combo)
        form.addRow(self.tr("&Time zone:"), self.timezone_combo)
        form.addRow(self.tr("Report &language:"), self.language_combo)
        form.addRow(self.tr("C&urrency:"), self.currency_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if creating:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _sector_value(self) -> str:
        text = self.sector_combo.currentText().strip()
        index = self.sector_combo.findText(text)
        return str(self.sector_combo.itemData(index)) if index >= 0 else text

    def _entered(self) -> PlanProperties:
        return PlanProperties(
            client_name=self.client_edit.text(),
            sector=self._sector_value(),
            timezone=self.timezone_combo.currentText(),
            language=str(self.language_combo.currentData()),
            currency=self.currency_edit.text() or "EUR",
        )

    def accept(self) -> None:
        try:
            self._result = validate(self._entered())
        except InvalidPropertiesError as error:
            self.error_label.setText(self._message_for(error))
            self.error_label.show()
            {
                "client_name": self.client_edit,
                "timezone": self.timezone_combo,
                "currency": self.currency_edit,
            }.get(error.field, self.client_edit).setFocus()
            return
        super().accept()

    def _message_for(self, error: InvalidPropertiesError) -> str:
        if error.field == "client_name":
            return self.tr("Type the client's name.")
        if error.field == "timezone":
            return self.tr(
                "“{zone}” is not a known time zone: pick one in the list, e.g. Europe/Paris."
            ).format(zone=self.timezone_combo.currentText())
        if error.field == "currency":
            return self.tr("The currency is a three-letter code such as EUR, CHF or CAD.")
        return str(error)

    def properties(self) -> PlanProperties | None:
        """The validated properties once the dialog was accepted, else None."""
        return self._result
