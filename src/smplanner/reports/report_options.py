"""What the user asked of a report: sections, calendar period, language, author."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# Every section in reading order; the cover and the contents are always there.
SECTION_IDS = (
    "summary",
    "audit",
    "budget",
    "objectives",
    "audience",
    "networks",
    "editorial",
    "community",
    "calendar",
    "key_dates",
    "kpis",
    "statistics",
)
DEFAULT_WEEKS = 6


class UnknownSectionError(ValueError):
    """A section name that does not exist (the message lists the valid ones)."""


def parse_sections(text: str) -> tuple[str, ...]:
    """ "budget,calendar" → ("budget", "calendar") in reading order; "all" → every one."""
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not wanted or wanted == ["all"]:
        return SECTION_IDS
    unknown = [name for name in wanted if name not in SECTION_IDS]
    if unknown:
        raise UnknownSectionError(
            f"unknown section {unknown[0]!r}: choose among " + ", ".join(SECTION_IDS) + " or all"
        )
    return tuple(name for name in SECTION_IDS if name in wanted)


@dataclass(frozen=True)
class ReportOptions:
    """One report request. ``start`` and ``weeks`` bound the calendar and the charts."""

    language: str = "fr"
    sections: tuple[str, ...] = SECTION_IDS
    start: date = field(default_factory=date.today)
    weeks: int = DEFAULT_WEEKS
    manager_name: str = ""
    logo_path: Path | None = None
    today: date = field(default_factory=date.today)
    internal_notes: bool = False  # the CM's own checks (SMART letters): not for the client

    @property
    def end(self) -> date:
        """The first day after the calendar period."""
        return self.start + timedelta(weeks=self.weeks)

    @property
    def last_day(self) -> date:
        """The last day of the calendar period (inclusive), for people to read."""
        return self.end - timedelta(days=1)
