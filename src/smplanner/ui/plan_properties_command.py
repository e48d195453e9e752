"""Edit > Plan properties: the dialog, then one undo step through the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import plan_properties
from smplanner.ui.document import PlanDocument
from smplanner.ui.plan_properties_dialog import PlanPropertiesDialog


def edit_plan_properties(document: PlanDocument, parent: QWidget) -> bool:
    before = plan_properties.get_properties(document.plan)
    dialog = PlanPropertiesDialog(before, parent)
    if not dialog.exec():
        return False
    after = dialog.properties()
    if after is None or after == before:
        return False
    return apply_plan_properties(document, after)


def apply_plan_properties(document: PlanDocument, after: PlanProperties) -> bool:
    """Store new properties as one undo step ("Edit plan properties")."""
    return document.apply(
        QCoreApplication.translate("PlanProperties", "Edit plan properties"),
        lambda: plan_properties.edit_properties(document.plan, after),
    )
