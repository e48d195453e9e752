"""The plan file's schema, one migration module per feature, applied in FEATURES order.

Each feature's module (``<feature>_schema.py``: the feature's name alone would shadow
the standard library's ``calendar`` and ``statistics``) holds ``STEPS``: a list of
(name, function(db)) pairs. Steps are only ever appended; a released step is never
edited or reordered. A feature's steps may refer to tables of features listed before
it. These modules must not import sqlite-utils at module level (the start-up path
counts steps without it).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

Step = tuple[str, "Callable[[Database], None]"]

# Order matters: later features reference earlier features' tables.
FEATURES = (
    "core",
    "strategy",
    "calendar",
    "statistics",
    "accounts",
    "deliverables",
    "media",
    "labels",
)


def feature_steps() -> list[tuple[str, list[Step]]]:
    """(feature, steps) in application order."""
    return [
        (feature, list(import_module(f"smplanner.storage.migrations.{feature}_schema").STEPS))
        for feature in FEATURES
    ]


def step_count() -> int:
    return sum(len(steps) for _, steps in feature_steps())
