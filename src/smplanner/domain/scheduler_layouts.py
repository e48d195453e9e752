"""The schedulers' bulk-upload CSV layouts, read from their data file.

The layouts are data (resources/data/scheduler_layouts.json, with sources): header,
what each column holds, the networks each tool takes, one channel per file, posts per
file (and on the free plan). What is done with them: scheduler_checks.py (which posts
a tool can take), scheduler_files.py (the posts laid out in files), scheduler_cells.py
(the cells), scheduler_notes.py (why a post is left out). Pure: no files, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from smplanner.resource_files import load_json


@dataclass(frozen=True)
class SchedulerLayout:
    """One tool's bulk-upload layout (see the data file for what each field means)."""

    id: str
    name: str
    source: str
    header: tuple[str, ...] | None
    columns: tuple[str, ...]
    networks: frozenset[str]
    networks_refused: dict[str, str]
    one_channel_per_file: bool = False
    max_rows: int | None = None
    split_every: int | None = None
    # The posts per file on the tool's free plan (Buffer: 10 queued per channel), if less.
    free_plan_split_every: int | None = None
    byte_order_mark: bool = False
    datetime_format: str = ""
    date_format: str = ""
    date_format_month_first: str = ""
    time_format: str = ""
    min_gap_minutes: int = 0
    min_lead_minutes: int = 0
    text_required_unless_image: bool = True

    @property
    def media_columns(self) -> int:
        """How many media addresses a row can carry (0: none, e.g. Hootsuite)."""
        if "image_url" in self.columns:
            return 1
        return sum(1 for kind in self.columns if kind.startswith("picture_url:"))


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("data", "scheduler_layouts.json")
    return data


def _columns(item: dict[str, Any]) -> tuple[str, ...]:
    columns = item["columns"]
    if isinstance(columns, dict):
        # A wide template: only the columns smplanner fills are named, the rest stay empty.
        return tuple(columns.get(name, "empty") for name in item["header"])
    return tuple(columns)


@cache
def scheduler_layouts() -> tuple[SchedulerLayout, ...]:
    """Every scheduler smplanner can write for, in display order."""
    layouts = []
    for item in _data()["schedulers"]:
        values = dict(item)
        values["header"] = tuple(item["header"]) if item["header"] is not None else None
        values["columns"] = _columns(item)
        values["networks"] = frozenset(item["networks"])
        layouts.append(SchedulerLayout(**values))
    return tuple(layouts)


def scheduler_layout(layout_id: str) -> SchedulerLayout:
    """The layout with this id; KeyError names it."""
    for layout in scheduler_layouts():
        if layout.id == layout_id:
            return layout
    raise KeyError(f"unknown scheduler {layout_id!r}")


def unsupported_schedulers() -> dict[str, str]:
    """Tools asked about that smplanner does not write for, with the reason."""
    return dict(_data()["not_supported"])


def posts_per_file(layout: SchedulerLayout, free_plan: bool) -> int | None:
    """How many posts a file takes before the next numbered one (None: no limit)."""
    if free_plan and layout.free_plan_split_every is not None:
        return layout.free_plan_split_every
    return layout.split_every
