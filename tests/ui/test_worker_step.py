"""The note a long undo or redo shows (ui/worker_step.py) stays up until the step ends:
neither Escape nor the window's close button takes it away before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smplanner.ui.worker_step import WaitingNote


def test_the_waiting_note_stays_until_the_step_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    note = WaitingNote("Undoing Import statistics from posts.csv…", None)
    qtbot.addWidget(note)
    note.show()
    qtbot.waitExposed(note)
    assert note.isModal() or note.windowModality() == Qt.WindowModality.ApplicationModal
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert note.isVisible()
    note.close()
    assert note.isVisible()
    note.ended = True
    note.close()
    assert not note.isVisible()
