"""Export files dropped anywhere on the main window open the statistics import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"


def drop_files_on(window, widget, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    """Drag files over ``widget`` and drop them, as the window system delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = widget.mapTo(window, widget.rect().center())
    handle = window.windowHandle()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, action, mime, buttons, keys)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(where, action, mime, buttons, keys)
    QApplication.sendEvent(handle, move)
    drop = QDropEvent(where.toPointF(), action, mime, buttons, keys)
    QApplication.sendEvent(handle, drop)
    return drop.isAccepted()


def test_an_export_dropped_on_the_strategy_tab_opens_the_import_dialog(qtbot, window, plan):
    from smplanner.ui.statistics.import_dialog import ImportDialog

    window.set_plan(plan)
    assert window.plan_view.tabs.currentIndex() == 0  # the Strategy workshop
    page = window.plan_view.tabs.currentWidget()
    export = EXPORTS / "meta_facebook_posts.csv"
    assert drop_files_on(window, page, [export])
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None)
    dialog = window.findChild(ImportDialog)
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 1)
    assert window.plan_view.tabs.currentIndex() == 2
    assert dialog.previews[0].path == export and dialog.import_button.isEnabled()
    dialog.reject()


def test_a_plan_file_or_no_open_plan_is_not_taken_as_an_export(qtbot, window, plan, plan_path):
    from smplanner.ui.statistics.import_dialog import ImportDialog

    assert not drop_files_on(window, window.centralWidget(), [EXPORTS / "meta_facebook_posts.csv"])
    window.set_plan(plan)
    assert not drop_files_on(window, window.centralWidget(), [plan_path])
    assert window.findChild(ImportDialog) is None
