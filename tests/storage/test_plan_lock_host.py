"""The plan's lock names the computer as socket.gethostname() does (the lock is read
by another copy of the app, maybe an older one), without importing socket at start-up."""

from __future__ import annotations

import socket

from smplanner.storage import lock


def test_the_lock_names_the_host_as_socket_does() -> None:
    assert lock._host_name() == socket.gethostname()
