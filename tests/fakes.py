"""Stand-ins for the questions the window asks, answered by the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from smplanner.domain.plan_properties import PlanProperties


@dataclass
class FakePrompts:
    """Answers queued by the test; what the window said is recorded."""

    open_paths: list[Path | None] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    properties: list[PlanProperties | None] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def open_path(self, start: Path) -> Path | None:
        return self.open_paths.pop(0)

    def save_path(self, title: str, suggested: Path) -> Path | None:
        self.asked.append(("save", str(suggested)))
        return self.save_paths.pop(0)

    def new_plan_properties(self, defaults: PlanProperties) -> PlanProperties | None:
        return self.properties.pop(0)

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, title: str, text: str, accept_label: str) -> bool:
        self.asked.append((title, text))
        return self.confirmations.pop(0)
