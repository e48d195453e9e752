"""What a change touched, so that each view refreshes only if it shows that.

Modelled on Anki's OpChanges: a service returns a Changes; the UI hands it to every
tab, and each tab looks only at the topics it displays. A service whose change can
be undone returns an ``Edit``: the Changes plus how to reverse and redo it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from smplanner.storage.plan_file import PlanFile


class Topic(StrEnum):
    """What a change touched, as the views ask about it (one list, for every feature)."""

    PLAN_PROPERTIES = "plan_properties"
    STRATEGY = "strategy"
    POSTS = "posts"
    CAMPAIGNS = "campaigns"
    TIME_SLOTS = "time_slots"
    CALENDAR_SETTINGS = "calendar_settings"
    LABELS = "labels"  # the plan's labels (names, colours); a post's own are POSTS
    STATISTICS = "statistics"
    ACCOUNTS = "accounts"
    EVERYTHING = "everything"  # a whole-plan change (another plan opened, a restore)


@dataclass(frozen=True)
class Changes:
    """Topics changed by one operation, plus the ids touched where it helps.

    Each kind of id has its own field, so a misspelt kind is a type error, not an
    empty refresh. ``days`` (date ordinals) is None when the change does not say which
    days it touched: the calendar then repaints every day, where an empty set repaints
    none (a post without a date).
    """

    topics: frozenset[Topic] = frozenset()
    posts: frozenset[int] = frozenset()
    days: frozenset[int] | None = None
    labels: frozenset[int] = frozenset()
    accounts: frozenset[int] = frozenset()
    stat_imports: frozenset[int] = frozenset()
    strategy_rows: frozenset[tuple[str, int]] = frozenset()  # (table, row id)

    @classmethod
    def of(
        cls,
        *topics: Topic,
        posts: Iterable[int] = (),
        days: Iterable[int] | None = None,
        labels: Iterable[int] = (),
        accounts: Iterable[int] = (),
        stat_imports: Iterable[int] = (),
        strategy_rows: Iterable[tuple[str, int]] = (),
    ) -> Changes:
        return cls(
            frozenset(Topic(topic) for topic in topics),
            posts=frozenset(posts),
            days=None if days is None else frozenset(days),
            labels=frozenset(labels),
            accounts=frozenset(accounts),
            stat_imports=frozenset(stat_imports),
            strategy_rows=frozenset(strategy_rows),
        )

    def touches(self, *topics: Topic) -> bool:
        return bool(self.topics.intersection(topics)) or Topic.EVERYTHING in self.topics

    def merged(self, other: Changes) -> Changes:
        days = self.days
        if other.days is not None:
            days = other.days if days is None else days | other.days
        return Changes(
            self.topics | other.topics,
            posts=self.posts | other.posts,
            days=days,
            labels=self.labels | other.labels,
            accounts=self.accounts | other.accounts,
            stat_imports=self.stat_imports | other.stat_imports,
            strategy_rows=self.strategy_rows | other.strategy_rows,
        )


# The feature modules' names for their topics (calendar_queries.POSTS…) are these members.
PLAN_PROPERTIES = Topic.PLAN_PROPERTIES
EVERYTHING = Topic.EVERYTHING


ChangeCall = Callable[[], Changes]


@dataclass(frozen=True)
class WorkerSteps:
    """An Edit's undo and redo given the plan through a worker's own connection."""

    undo: Callable[[PlanFile], Changes]
    redo: Callable[[PlanFile], Changes]


@dataclass(frozen=True)
class Edit:
    """One user change, done, with how to take it back and do it again.

    A service that makes an undoable change returns an Edit (Orange's undo commands
    over a non-widget document, Anki's OpChanges): ``changes`` says what doing it
    touched; ``undo`` and ``redo`` are bound to the plan and return what they touched.
    The UI wraps it in one undo step (ui/document.py) and never builds an inverse of
    its own. ``value`` carries what the service also answers (new ids, what could not
    be placed). An Edit of several ``parts`` (one gesture, several changes) undoes
    them in reverse order.
    """

    changes: Changes
    undo: ChangeCall
    redo: ChangeCall
    value: Any = None
    parts: tuple[Edit, ...] = ()
    # The same undo and redo for another connection to the plan (a worker's), given
    # by a change whose undo takes seconds (a large import taken back): the window
    # runs them off its thread.
    on_worker: WorkerSteps | None = None

    @classmethod
    def combined(cls, *edits: Edit, value: Any = None) -> Edit:
        """One step made of several edits already done, in this order."""
        changes = Changes()
        for edit in edits:
            changes = changes.merged(edit.changes)

        def undo() -> Changes:
            undone = Changes()
            for edit in reversed(edits):
                undone = undone.merged(edit.undo())
            return undone

        def redo() -> Changes:
            done = Changes()
            for edit in edits:
                done = done.merged(edit.redo())
            return done

        return cls(changes, undo, redo, value=value, parts=tuple(edits))

    @classmethod
    def nothing(cls, value: Any = None) -> Edit:
        """An edit that changed nothing (the UI pushes no step for it)."""
        return cls(Changes(), Changes, Changes, value=value)

    @property
    def changed_nothing(self) -> bool:
        return not self.changes.topics and not self.parts


T = TypeVar("T")


def replacing(read: Callable[[], T], write: Callable[[T], Changes], value: T) -> Edit:
    """The Edit of a setting: write ``value`` where ``read`` reads; undo writes back
    what was read before, redo ``value`` again. Nothing when they are equal."""
    before = read()
    if before == value:
        return Edit.nothing()
    return Edit(write(value), undo=lambda: write(before), redo=lambda: write(value))
