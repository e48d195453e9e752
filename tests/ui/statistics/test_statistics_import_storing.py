"""Storing an import off the GUI thread: progress, Stop leaves the plan unchanged."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from smplanner.services import statistics_queries as queries
from smplanner.services.statistics_import import (
    ImportCancelledError,
    connect_in_this_thread,
    import_files,
    preview,
)
from smplanner.storage import statistics_import_rows
from smplanner.storage.plan_contents import table_counts

EXPORTS = Path(__file__).parents[2] / "fixtures" / "exports"
FILES = [EXPORTS / "meta_facebook_posts.csv", EXPORTS / "account_overview_analytics.csv"]


@pytest.fixture
def small_chunks(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(statistics_import_rows, "_CHUNK", 2)


def stat_rows(plan) -> int:  # type: ignore[no-untyped-def]
    return sum(v for k, v in table_counts(plan).items() if k.startswith("stat_"))


def test_storing_reports_progress_up_to_every_record(plan, small_chunks):
    previews = preview(FILES)
    total = sum(part.records for p in previews if p.reading for part in p.reading.readings)
    seen: list[tuple[int, int]] = []
    import_files(plan, previews, progress=lambda done, of: seen.append((done, of)))
    assert len(seen) > 2 and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_cancel_while_storing_stores_nothing(plan, small_chunks):
    def cancel_at_the_second_chunk(done: int, total: int) -> None:
        if done > 2:
            raise ImportCancelledError

    with pytest.raises(ImportCancelledError):
        import_files(plan, preview(FILES), progress=cancel_at_the_second_chunk)
    assert stat_rows(plan) == 0 and queries.imports(plan) == []


def test_a_thread_stores_through_its_own_connection_and_the_plan_sees_it(plan):
    previews = preview(FILES)
    outcome = {}

    def store() -> None:
        own = connect_in_this_thread(plan)
        try:
            outcome["ids"] = import_files(own, previews).import_ids
        finally:
            own.close()

    worker = threading.Thread(target=store)
    worker.start()
    worker.join()
    assert sorted(row.id for row in queries.imports(plan)) == outcome["ids"]
    assert len(queries.stat_posts(plan)) == 3


def test_the_import_dialog_stores_on_a_worker_and_stop_leaves_the_plan_unchanged(
    qtbot, plan, small_chunks, monkeypatch
):
    from smplanner.ui.background import Job
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.import_dialog import ImportDialog

    original = Job.progress

    def stop_at_first_chunk(self, done: int, total: int, text: str = "") -> None:  # type: ignore[no-untyped-def]
        self._task.cancel()  # as the Stop button does, from the worker's first report
        original(self, done, total, text)

    monkeypatch.setattr(Job, "progress", stop_at_first_chunk)
    document = PlanDocument(plan)
    dialog = ImportDialog(document)
    qtbot.addWidget(dialog)
    dialog.add_paths(FILES)
    qtbot.waitUntil(lambda: not dialog.reading and len(dialog.previews) == 2)
    dialog.import_button.click()
    assert dialog.storing and not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Importing…"
    qtbot.waitUntil(lambda: not dialog.storing)
    assert dialog.summary.text() == "Import stopped: nothing was stored."
    assert stat_rows(plan) == 0 and document.undo_stack.count() == 0
    assert dialog.import_button.isEnabled()  # the person may try again

    monkeypatch.setattr(Job, "progress", original)
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert len(queries.stat_posts(plan)) == 3 and document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert stat_rows(plan) == 0
