"""The one background runner: work off the GUI thread, its own connection, progress,
cancel, and the change notice on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from smplanner.errors import UserError
from smplanner.services.changes import Changes
from smplanner.ui.background import Job, TaskCancelled, run_in_background
from smplanner.ui.document import PlanDocument


def test_the_work_runs_off_the_gui_thread_on_its_own_connection_and_reports_there(qtbot, plan):
    document = PlanDocument(plan)
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    notices: list[Changes] = []
    document.changed.connect(notices.append)

    def work(job: Job) -> Changes:
        assert job.plan is not None
        seen["thread"] = threading.get_ident()
        seen["own connection"] = job.plan.conn is not plan.conn
        with job.plan.transaction():
            job.plan.conn.execute("UPDATE plan SET client_name = 'Fournil Martin'")
        job.progress(1, 1, "written")
        return Changes.of("plan_properties")

    done: list[tuple[int, Changes]] = []
    steps: list[tuple[int, int, str]] = []
    task = run_in_background(
        document,
        work,
        plan=plan,
        writes=True,
        on_done=lambda changes: done.append((threading.get_ident(), changes)),
        on_progress=lambda *step: steps.append(step),
        document=document,
    )
    qtbot.waitUntil(lambda: bool(done))
    assert not task.running
    assert seen == {"thread": seen["thread"], "own connection": True}
    assert seen["thread"] != gui_thread and done[0][0] == gui_thread
    assert steps == [(1, 1, "written")]
    assert [n.topics for n in notices] == [frozenset({"plan_properties"})]
    name = plan.conn.execute("SELECT client_name FROM plan").fetchone()[0]
    assert name == "Fournil Martin"  # the GUI's connection sees the commit


def test_cancel_rolls_the_work_back_and_reports_cancelled(qtbot, plan):
    document = PlanDocument(plan)
    started = threading.Event()
    go_on = threading.Event()

    def work(job: Job) -> None:
        assert job.plan is not None
        with job.plan.transaction():
            job.plan.conn.execute("UPDATE plan SET client_name = 'Half done'")
            started.set()
            go_on.wait(5)
            job.progress(1, 2)  # raises: cancel was asked meanwhile

    stopped: list[bool] = []
    task = run_in_background(
        document, work, plan=plan, writes=True, on_cancelled=lambda: stopped.append(True)
    )
    assert started.wait(5)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(stopped))
    name = plan.conn.execute("SELECT client_name FROM plan").fetchone()[0]
    assert name == "Boulangerie Martin"


def test_a_user_error_goes_to_the_window_and_a_bug_is_loud(qtbot, plan):
    document = PlanDocument(plan)

    def refused(_job: Job) -> None:
        raise UserError("The file is locked by another program: close it and try again.")

    with qtbot.waitSignal(document.failed) as told:
        run_in_background(document, refused, document=document)
    assert "locked" in str(told.args[0])

    caught: list[BaseException] = []
    run_in_background(document, lambda _job: 1 / 0, on_failed=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], ZeroDivisionError)


def test_partial_results_arrive_in_order_while_the_work_goes_on(qtbot, plan):
    document = PlanDocument(plan)
    parts: list[int] = []
    ended: list[bool] = []

    def work(job: Job) -> None:
        for number in range(5):
            job.deliver(number)

    run_in_background(document, work, on_part=parts.append, on_done=lambda _: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended))
    assert parts == [0, 1, 2, 3, 4]


def test_progress_raises_once_cancelled(plan):
    from smplanner.ui.background import BackgroundTask

    task = BackgroundTask(lambda job: None, plan=None, writes=False)
    job = Job(task)
    task.cancel()
    with pytest.raises(TaskCancelled):
        job.progress(1, 2)


def test_deleting_the_parent_while_the_worker_reports_is_safe_and_silent(qtbot):
    """A window closing (its widgets deleted on the GUI thread) while a worker is
    posting progress: nothing more is reported, nothing crashes, the work ends."""
    from PySide6.QtCore import QObject

    for _round in range(20):
        parent = QObject()
        reporting = threading.Event()
        stop = threading.Event()
        ended = threading.Event()
        reports: list[object] = []

        def work(job: Job, reporting=reporting, stop=stop, ended=ended) -> str:
            try:
                while not stop.is_set():
                    job.progress(1, 2, "still reading")
                    reporting.set()
                return "read"
            finally:
                ended.set()

        task = run_in_background(
            parent,
            work,
            on_progress=lambda *step, reports=reports: reports.append(step),
            on_done=reports.append,
            on_failed=reports.append,
        )
        assert reporting.wait(5)
        parent.deleteLater()
        qtbot.waitUntil(lambda task=task: not task.reports, timeout=5000)
        reports.clear()  # what came before the deletion was fine to show
        stop.set()
        assert ended.wait(5) and task.wait(5)
        qtbot.wait(20)  # any report still in the event loop would arrive now
        assert reports == []


def test_closing_the_window_while_the_posts_filter_reads_does_not_crash(
    qtbot, window, plan, plan_path
):
    """The user closes the window while a Statistics read runs on a worker."""
    plan.close()
    assert window.file_actions.open_path(plan_path)
    view = window.plan_view
    assert view is not None
    started = threading.Event()
    release = threading.Event()

    def slow_read(job: Job) -> None:
        started.set()
        release.wait(5)
        job.check()

    done: list[object] = []
    task = run_in_background(view, slow_read, on_done=done.append, name="slow")
    assert started.wait(5)
    window.close()
    window.release_plan()
    view.deleteLater()
    qtbot.waitUntil(lambda: not task.reports, timeout=5000)
    release.set()
    assert task.wait(5)
    qtbot.wait(20)
    assert done == []  # the closed plan's view is not told
