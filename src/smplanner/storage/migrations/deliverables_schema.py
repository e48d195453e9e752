"""Tables of the deliverables feature (steps appended by that feature; see __init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smplanner.storage.migrations import Step

STEPS: list[Step] = []
