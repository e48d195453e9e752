"""The error of a JSON export that cannot become a plan (shared by its reader and loader)."""

from __future__ import annotations

from smplanner.errors import UserError
from smplanner.messages import Message


class PlanJsonError(UserError):
    """The JSON document cannot become a plan; the message says where and why."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(Message("{source}: {problem}", source=source, problem=message))
        self.source = source
