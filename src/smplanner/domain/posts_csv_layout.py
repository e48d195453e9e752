"""smplanner's own CSV of posts: the columns, and each cell read back with its errors.

The layout is made to be edited in a spreadsheet and imported again: one row per
post, the ``id`` column ties a row to its post (so a re-import updates), date and
time in two plain columns in the plan's time zone, pillar/objective/campaign by
name. Reading accepts what spreadsheets write back: ISO or local dates
(day first for French plans), ``9:05`` or ``09:05:00``, labels or ids for status
and network. Pure: the service reads the file and hands the cells here.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from smplanner.domain.labels import labels_cell, names_in_cell
from smplanner.domain.networks import all_networks
from smplanner.domain.post_refs import STATUSES, PostRef
from smplanner.domain.wall_clock import clock_text, parse_offset, wall_clock_moment
from smplanner.messages import Message, reason_of

COLUMNS = (
    "id",
    "network",
    "account",
    "date",
    "time",
    "status",
    "title",
    "text",
    "hashtags",
    "link",
    "first_comment",
    "media",
    "pillar",
    "objective",
    "campaign",
    "group",
    "notes",
    "labels",  # names, " | " between them (domain/labels.py)
)
# The layout of the "posts-csv" export (one ISO column for the time) is read too.
ALTERNATE_COLUMNS = ("scheduled_at",)
MEDIA_SEPARATOR = " | "

# Status words people type, in the two interface languages.
_STATUS_WORDS = {
    "idée": "idea",
    "idee": "idea",
    "brouillon": "draft",
    "prêt": "ready",
    "pret": "ready",
    "à valider": "to_approve",
    "a valider": "to_approve",
    "to approve": "to_approve",
    "modifications demandées": "changes_requested",
    "modifications demandees": "changes_requested",
    "changes requested": "changes_requested",
    "validé": "approved",
    "valide": "approved",
    "programmé": "scheduled",
    "programme": "scheduled",
    "publié": "published",
    "publie": "published",
}


@dataclass(frozen=True)
class CellProblem:
    """A value that cannot be read: the file's line, the column and what to do."""

    line: int
    column: str
    message: str

    def as_message(self) -> Message:
        """Where and what, translatable."""
        return Message(
            "line {line}, column '{column}': {problem}",
            line=self.line,
            column=self.column,
            problem=self.message,
        )

    def __str__(self) -> str:
        return str(self.as_message())


@dataclass(frozen=True)
class Lookups:
    """What names in the file refer to in this plan (lower-cased names -> ids)."""

    zone: ZoneInfo
    day_first: bool = True
    pillars: Mapping[str, int] = field(default_factory=dict)
    objectives: Mapping[str, int] = field(default_factory=dict)
    campaigns: Mapping[str, int] = field(default_factory=dict)
    groups: Container[int] = frozenset()  # the variant groups the rows may name
    labels: Mapping[str, int] = field(default_factory=dict)  # casefolded names


def cells_of(
    post: PostRef,
    zone: ZoneInfo,
    names: tuple[Mapping[int, str], Mapping[int, str], Mapping[int, str]],
    label_names: Mapping[int, str] | None = None,
) -> list[str]:
    """One row of the layout for a post (pillar, objective, campaign, label names given)."""
    pillars, objectives, campaigns = names
    local = post.scheduled_at.astimezone(zone) if post.scheduled_at else None
    values = {
        "id": str(post.id),
        "network": post.network,
        "account": post.account,
        "date": local.date().isoformat() if local else "",
        "time": clock_text(local) if local else "",
        "status": post.status,
        "title": post.title,
        "text": post.text,
        "hashtags": post.hashtags,
        "link": post.link,
        "first_comment": post.first_comment,
        "media": MEDIA_SEPARATOR.join(post.media),
        "pillar": pillars.get(post.pillar_id or -1, ""),
        "objective": objectives.get(post.objective_id or -1, ""),
        "campaign": campaigns.get(post.campaign_id or -1, ""),
        "group": str(post.group_id) if post.group_id is not None else "",
        "notes": post.notes,
        "labels": labels_cell(post.labels, label_names or {}),
    }
    return [values[column] for column in COLUMNS]


@cache
def _network_names() -> dict[str, str]:
    """Every way a row may name a network -> its id (built once, not per row)."""
    names: dict[str, str] = {}
    for item in all_networks():
        for name in (item.id, item.name.lower(), item.name.split(" (")[0].lower()):
            names.setdefault(name, item.id)
    return names


def _network(value: str) -> str:
    found = _network_names().get(value.strip().lower())
    if found is not None:
        return found
    known = ", ".join(n.id for n in all_networks())
    raise ValueError(
        Message("'{value}' is not a network: use one of {known}", value=value, known=known)
    )


def _status(value: str) -> str:
    wanted = value.strip().lower()
    if wanted in STATUSES:
        return wanted
    if wanted in _STATUS_WORDS:
        return _STATUS_WORDS[wanted]
    raise ValueError(
        Message(
            "'{value}' is not a status: use one of {known}",
            value=value,
            known=", ".join(STATUSES),
        )
    )


def _date(value: str, day_first: bool) -> date:
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text.split(" ")[0])
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if day_first else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            pass
    if day_first:
        raise ValueError(
            Message("'{value}' is not a date: write YYYY-MM-DD or DD/MM/YYYY", value=value)
        )
    raise ValueError(
        Message("'{value}' is not a date: write YYYY-MM-DD or MM/DD/YYYY", value=value)
    )


def _time(value: str) -> tuple[time, timedelta | None]:
    """'18:30', '9h05', '09:05:00', and in the repeated hour '02:30 +02:00'."""
    match = re.fullmatch(r"(\d{1,2})[:hH](\d{2})(?::(\d{2}))?(.*)", value.strip())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        rest = match.group(4).strip()
        offset = parse_offset(rest) if rest else None
        if hour < 24 and minute < 60 and (offset is not None or not rest):
            return time(hour, minute), offset
    raise ValueError(
        Message("'{value}' is not a time: write HH:MM (24 h), e.g. 18:30", value=value)
    )


def local_moment(
    day: date, clock: time, zone: ZoneInfo, offset: timedelta | None = None
) -> datetime:
    """The aware time of a wall-clock reading; ValueError in the hour the clocks skip,
    or in the hour they repeat unless ``offset`` says which (domain/wall_clock.py)."""
    return wall_clock_moment(day, clock, zone, offset)


def _by_name(value: str, known: Mapping[str, int], what: str) -> int:
    key = value.strip().lower()
    if key in known:
        return known[key]
    if not known:
        raise ValueError(_NONE_YET[what](value))
    sample = ", ".join(sorted(known)[:6])
    raise ValueError(_UNKNOWN_NAME[what](value, sample))


def _labels(value: str, known: Mapping[str, int]) -> tuple[int, ...]:
    """The ids of the label names of a cell; every unknown name said at once."""
    names = names_in_cell(value)
    unknown = [name for name in names if name.casefold() not in known]
    if unknown:
        raise ValueError(
            Message(
                "no label is called {names} in this plan: add it in Calendar > Labels first, "
                "or clear it from the cell",
                names=", ".join(f"'{name}'" for name in unknown),
            )
        )
    return tuple(sorted({known[name.casefold()] for name in names}))


# One sentence per kind of strategy item, so that each can be translated whole.
_NONE_YET = {
    "content pillar": lambda value: Message(
        "this plan has no content pillars yet: add '{value}' first or clear the cell", value=value
    ),
    "objective": lambda value: Message(
        "this plan has no objectives yet: add '{value}' first or clear the cell", value=value
    ),
    "campaign": lambda value: Message(
        "this plan has no campaigns yet: add '{value}' first or clear the cell", value=value
    ),
}
_UNKNOWN_NAME = {
    "content pillar": lambda value, known: Message(
        "no content pillar is called '{value}' in this plan (known: {known})",
        value=value,
        known=known,
    ),
    "objective": lambda value, known: Message(
        "no objective is called '{value}' in this plan (known: {known})", value=value, known=known
    ),
    "campaign": lambda value, known: Message(
        "no campaign is called '{value}' in this plan (known: {known})", value=value, known=known
    ),
}


def read_cells(
    line: int, cells: Mapping[str, str], lookups: Lookups
) -> tuple[dict[str, Any], list[CellProblem]]:
    """The post fields given by one row (only the columns present), and its problems.

    Returned keys are PostDraft field names plus ``id``; an empty cell means "none"
    (no date = an idea), a missing column means "leave as it is".
    """
    fields: dict[str, Any] = {}
    problems: list[CellProblem] = []

    def attempt(column: str, read: Any) -> None:
        if column not in cells:
            return
        try:
            read(cells[column])
        except ValueError as error:
            problems.append(CellProblem(line, column, reason_of(error)))

    def read_id(value: str) -> None:
        if value.strip():
            # at most 18 digits: any larger is no post's id, and SQLite cannot hold it
            if not value.strip().isdecimal() or len(value.strip()) > 18:
                raise ValueError(
                    Message(
                        "'{value}' is not a post number: leave it empty for a new post", value=value
                    )
                )
            fields["id"] = int(value.strip())

    def optional(name: str, what: str, known: Mapping[str, int]) -> Any:
        return lambda v: fields.__setitem__(name, _by_name(v, known, what) if v.strip() else None)

    def read_group(value: str) -> None:
        if not value.strip():
            fields["group_id"] = None
        elif not value.strip().isdecimal() or int(value) not in lookups.groups:
            raise ValueError(
                Message(
                    "there is no variant group {value} in this plan: clear the cell", value=value
                )
            )
        else:
            fields["group_id"] = int(value)

    attempt("id", read_id)
    attempt("network", lambda v: fields.__setitem__("network", _network(v)))
    attempt("status", lambda v: fields.__setitem__("status", _status(v)) if v.strip() else None)
    for column in ("account", "title", "text", "hashtags", "link", "first_comment", "notes"):
        attempt(column, lambda v, c=column: fields.__setitem__(c, v.strip() if c != "text" else v))
    attempt(
        "media",
        lambda v: fields.__setitem__("media", tuple(p.strip() for p in v.split("|") if p.strip())),
    )
    attempt("pillar", optional("pillar_id", "content pillar", lookups.pillars))
    attempt("objective", optional("objective_id", "objective", lookups.objectives))
    attempt("campaign", optional("campaign_id", "campaign", lookups.campaigns))
    attempt("group", read_group)
    attempt("labels", lambda v: fields.__setitem__("labels", _labels(v, lookups.labels)))
    _read_schedule(line, cells, lookups, fields, problems)
    return fields, problems


def _read_schedule(
    line: int,
    cells: Mapping[str, str],
    lookups: Lookups,
    fields: dict[str, Any],
    problems: list[CellProblem],
) -> None:
    if "date" not in cells and "scheduled_at" in cells:
        value = cells["scheduled_at"].strip()
        try:
            moment = datetime.fromisoformat(value) if value else None
        except ValueError:
            problems.append(
                CellProblem(
                    line,
                    "scheduled_at",
                    Message("'{value}' is not an ISO date and time", value=value),
                )
            )
            return
        try:
            if moment is not None and moment.tzinfo is None:
                moment = local_moment(moment.date(), moment.time(), lookups.zone)
            fields["scheduled_at"] = moment
        except ValueError as error:  # a wall clock the clocks skip or repeat
            problems.append(CellProblem(line, "scheduled_at", reason_of(error)))
        return
    if "date" not in cells:
        return
    day_text, time_text = cells["date"].strip(), cells.get("time", "").strip()
    if not day_text:
        if time_text:
            problems.append(CellProblem(line, "date", Message("a time is given without a date")))
        fields["scheduled_at"] = None
        return
    try:
        day = _date(day_text, lookups.day_first)
    except ValueError as error:
        problems.append(CellProblem(line, "date", reason_of(error)))
        return
    if not time_text:
        problems.append(
            CellProblem(
                line, "time", Message("give a time (HH:MM) or clear the date to make it an idea")
            )
        )
        return
    try:
        clock, offset = _time(time_text)
        fields["scheduled_at"] = local_moment(day, clock, lookups.zone, offset)
    except ValueError as error:
        problems.append(CellProblem(line, "time", reason_of(error)))
