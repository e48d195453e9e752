"""Run a blocking call (keyring, HTTP) on the thread pool; results come back as signals.

The keyring may wait on an unlock prompt and the APIs on the network: neither may
freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # Created on the GUI thread, so connected slots run there (queued).
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class BackgroundCall(QRunnable):
    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as error:  # handed to the GUI thread, which decides
            self.relay.failed.emit(error)
            return
        self.relay.done.emit(result)


def start(
    call: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    keep: list[BackgroundCall],
) -> BackgroundCall:
    """Start ``call`` on the global pool; ``keep`` holds it until it reports."""
    job = BackgroundCall(call)
    job.setAutoDelete(False)
    keep.append(job)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        if job in keep:
            keep.remove(job)
        handler(value)

    job.relay.done.connect(lambda value: finish(on_done, value))
    job.relay.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(job)
    return job
