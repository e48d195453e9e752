"""The column-mapping and manual-entry dialogs, driven as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_import import import_files, preview

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
ICONOSQUARE = EXPORTS / "iconosquare_style_daily.csv"


@pytest.fixture
def document(plan):  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument

    return PlanDocument(plan)


def mapping_dialog(qtbot, document, path=ICONOSQUARE):  # type: ignore[no-untyped-def]
    from smplanner.ui.statistics.column_mapping_dialog import ColumnMappingDialog

    dialog = ColumnMappingDialog(document, path)
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog, header: str) -> int:  # type: ignore[no-untyped-def]
    return dialog.headers.index(header)


# ------------------------------------------------------------ column mapping


def test_mapping_another_tools_columns_reads_the_file_and_saves_the_mapping(qtbot, document, plan):
    dialog = mapping_dialog(qtbot, document)
    assert dialog.headers == ["Jour", "Abonnés", "Portée"]
    dialog.network.setCurrentText("instagram")
    dialog.date_column.setCurrentText("Jour")
    dialog.metric_choice(row_of(dialog, "Abonnés")).setCurrentText("followers")
    dialog.metric_choice(row_of(dialog, "Portée")).setCurrentText("reach")
    dialog.save_name.setText("Iconosquare")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.mapping is not None and dialog.mapping.network == "instagram"
    assert dialog.mapping.metrics == {"Abonnés": "followers", "Portée": "reach"}
    assert queries.saved_column_mappings(plan)["Iconosquare"]["date_column"] == "Jour"
    [read] = preview([ICONOSQUARE], dialog.mapping)
    assert read.reading is not None and read.problems == []
    values = {(v.day, v.metric): v.value for v in read.reading.readings[0].daily}
    assert values[(date(2026, 10, 2), "followers")] == 1512
    assert values[(date(2026, 10, 1), "reach")] == 3200


def test_a_mapping_without_a_metric_is_not_accepted_and_says_why(qtbot, document, plan):
    dialog = mapping_dialog(qtbot, document)
    dialog.save_name.setText("Half done")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.mapping is None
    assert "choose a date column and a metric" in dialog.windowTitle()
    assert queries.saved_column_mappings(plan) == {}


def test_a_saved_mapping_fills_the_dialog_for_the_next_file(qtbot, document):
    first = mapping_dialog(qtbot, document)
    first.network.setCurrentText("linkedin")
    first.metric_choice(row_of(first, "Portée")).setCurrentText("reach")
    first.save_name.setText("Agorapulse")
    first.accept()
    second = mapping_dialog(qtbot, document)
    assert second.network.currentText() != "linkedin"
    second.saved_choice.setCurrentText("Agorapulse")
    assert second.network.currentText() == "linkedin"
    assert second.date_column.currentText() == "Jour"
    assert second.metric_choice(row_of(second, "Portée")).currentText() == "reach"
    assert second.metric_choice(row_of(second, "Abonnés")).currentText() == ""


def test_a_file_that_cannot_be_read_gives_an_empty_mapping_dialog(qtbot, document, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    dialog = mapping_dialog(qtbot, document, empty)
    assert dialog.headers == [] and dialog.metrics.rowCount() == 0
    dialog.accept()
    assert dialog.mapping is None


# ------------------------------------------------------------ manual entry


def manual_dialog(qtbot, document):  # type: ignore[no-untyped-def]
    from smplanner.ui.statistics.manual_entry_dialog import ManualEntryDialog

    dialog = ManualEntryDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_a_days_leads_stores_them_as_one_undo_step(qtbot, document, plan):
    dialog = manual_dialog(qtbot, document)
    assert dialog.day.isVisible() and not dialog.post.isVisible()
    dialog.network.setCurrentIndex(dialog.network.findData("linkedin"))
    dialog.day.setDate(QDate(2026, 10, 5))
    dialog.figure.setCurrentIndex(dialog.figure.findData("leads"))
    dialog.value.setValue(12)
    with qtbot.waitSignal(document.changed):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert queries.daily_series(plan, "linkedin", "leads") == [(date(2026, 10, 5), 12.0)]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert queries.daily_series(plan, "linkedin", "leads") == []


def test_typing_a_posts_completion_rate_adds_it_to_the_imported_figures(qtbot, document, plan):
    import_files(plan, preview([EXPORTS / "tiktok_studio_export.zip"]))
    dialog = manual_dialog(qtbot, document)
    dialog.kind.setCurrentIndex(dialog.kind.findData("post"))
    assert dialog.post.isVisible() and not dialog.day.isVisible()
    assert [dialog.figure.itemData(i) for i in range(dialog.figure.count())] == [
        "average_watch_seconds",
        "completion_rate",
        "watch_time_seconds",
    ]
    network, external_id = dialog.post.currentData()
    dialog.figure.setCurrentIndex(dialog.figure.findData("completion_rate"))
    dialog.value.setValue(45.5)
    dialog.accept()
    [post] = [s.post for s in queries.stat_posts(plan) if s.post.external_id == external_id]
    assert network == "tiktok" and post.metrics["completion_rate"] == 45.5
    assert post.metrics.get("views")  # the imported figures stay


def test_a_refused_figure_is_reported_and_the_dialog_stays_open(qtbot, document, plan):
    import_files(plan, preview([EXPORTS / "tiktok_studio_export.zip"]))
    dialog = manual_dialog(qtbot, document)
    dialog.kind.setCurrentIndex(dialog.kind.findData("post"))
    dialog.figure.setCurrentIndex(dialog.figure.findData("completion_rate"))
    dialog.value.setValue(150)
    with qtbot.waitSignal(document.failed) as failure:
        dialog.accept()
    assert "percentage" in str(failure.args[0])
    assert dialog.isVisible() and document.undo_stack.count() == 0
    assert all("completion_rate" not in s.post.metrics for s in queries.stat_posts(plan))


def test_the_import_preview_names_a_zips_tables_per_tool_and_keeps_room_for_problems(
    qtbot, document, tmp_path
):
    from smplanner.ui.statistics.import_dialog import ImportDialog
    from smplanner.ui.statistics.import_preview_table import COLUMN_CAPS

    junk = tmp_path / "notes.csv"
    junk.write_text("name,age\nBob,3\n")
    dialog = ImportDialog(document)
    qtbot.addWidget(dialog)
    dialog.add_paths([EXPORTS / "tiktok_studio_export.zip", junk])
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 2)
    dialog.show()
    kind = dialog.table.item(0, 1).text()
    assert kind.startswith("TikTok Studio: Content, Overview") and kind.count("TikTok") == 1
    assert all(dialog.table.columnWidth(c) <= cap for c, cap in enumerate(COLUMN_CAPS))
    assert dialog.table.columnWidth(3) > dialog.table.columnWidth(1)  # the reasons get the room
