"""The import preview asks about a mapped CSV's time in the repeated autumn hour of the
plan's zone as it does for a Meta export (issue #10): Import stays disabled until the
user says which hour, and the instant stored is the one said."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from smplanner.domain.plan_properties import PlanProperties
from smplanner.importers.generic_csv import ColumnMapping
from smplanner.services.statistics_import_repeated import Repeated
from smplanner.storage.plan_file import create_plan
from smplanner.ui.document import PlanDocument
from smplanner.ui.statistics.import_dialog import ImportDialog

MAPPING = ColumnMapping(
    network="instagram",
    date_column="Date de publication",
    id_column="Identifiant",
    metrics={"Portée": "reach"},
)


def test_the_preview_asks_the_hour_of_a_mapped_file(qtbot, tmp_path: Path, french_ui) -> None:
    path = tmp_path / "iconosquare.csv"
    lines = ["Date de publication;Identifiant;Portée", "25/10/2026 02:30;ig-1;900"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = create_plan(
        tmp_path / "p.smplan", PlanProperties("Boulangerie", timezone="Europe/Paris")
    )
    try:
        dialog = ImportDialog(PlanDocument(plan))
        qtbot.addWidget(dialog)
        dialog.resize(1366, 700)
        dialog.show()
        dialog.add_paths([path], MAPPING)
        qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1)
        asked = dialog.repeated
        assert asked.isVisible() and not dialog.import_button.isEnabled()
        assert "fuseau Europe/Paris, lignes 2" in asked.label.text()
        assert dialog.times.zone_choice.currentData() == "Europe/Paris"  # the plan's zone
        qtbot.mouseClick(asked.choice, Qt.MouseButton.LeftButton)
        view = asked.choice.view()
        qtbot.waitUntil(view.isVisible)
        for _ in range(asked.choice.findData(Repeated.LATER.value) - asked.choice.currentIndex()):
            qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        ((stored,),) = plan.conn.execute("SELECT published_at FROM stat_posts").fetchall()
        assert datetime.fromisoformat(stored).astimezone(UTC) == datetime(
            2026, 10, 25, 1, 30, tzinfo=UTC
        )  # 02:30 CET, the second hour
    finally:
        plan.close()
