"""Approval rounds kept in the plan: sending marks the posts "to approve" and keeps
what was sent; the client's answers are applied in one undoable step.

The plan keeps each round's id, time and the fingerprint of every post sent (as a
plan setting: a few kilobytes), so that an answers file is checked against what
this plan really sent, and a post edited since is a conflict, whatever the file says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from smplanner.domain.approval_answers import (
    APPLY,
    AnswerOutcome,
    AnswersFile,
    SentRound,
    fingerprint,
    now_stamp,
    outcomes,
    read_answers,
    round_from_json,
    round_to_json,
)
from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PAST_APPROVAL, PostStatus
from smplanner.services import calendar_posts, calendar_queries
from smplanner.services.changes import Changes, Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid, read_setting, write_setting

ROUNDS_KEY = "approval.rounds"
KEPT_ROUNDS = 24  # two years of monthly rounds; older answers files are refused


def sent_rounds(plan: PlanFile) -> dict[str, SentRound]:
    """The rounds this plan sent, by id."""
    stored = read_setting(plan, ROUNDS_KEY, []) or []
    rounds = [round_from_json(raw) for raw in stored]
    return {r.round_id: r for r in rounds}


def _write_rounds(plan: PlanFile, rounds: list[SentRound]) -> Changes:
    write_setting(plan, ROUNDS_KEY, [round_to_json(r) for r in rounds[-KEPT_ROUNDS:]])
    return Changes()


def posts_to_send(plan: PlanFile, first: date, after: date) -> list[PostRef]:
    """The dated posts of [first, after) the client has not approved yet."""
    return [
        p
        for p in calendar_queries.posts_between(plan, first, after)
        if p.status not in PAST_APPROVAL
    ]


def new_round(posts: Iterable[PostRef]) -> SentRound:
    """A round for these posts (not stored yet: the page is written first)."""
    import uuid  # ~9 ms with platform: not on the start-up path

    chosen = [p for p in posts if p.scheduled_at is not None]
    return SentRound(uuid.uuid4().hex, now_stamp(), {p.id: fingerprint(p) for p in chosen})


def record_round(plan: PlanFile, sent: SentRound) -> Edit:
    """Keep the round and mark its posts "to approve", in one undoable step; undo
    takes the statuses back and forgets the round (its answers are then refused)."""
    before_rounds = list(sent_rounds(plan).values())
    ids = list(sent.fingerprints)
    before = calendar_queries.posts_by_id(plan, ids)
    with plan.transaction():  # the statuses and the round together, or neither
        changes = calendar_posts.set_status(plan, ids, PostStatus.TO_APPROVE)
        _write_rounds(plan, [*before_rounds, sent])
    after = calendar_queries.posts_by_id(plan, ids)

    def undo() -> Changes:
        _write_rounds(plan, before_rounds)
        return calendar_posts.restore_posts(plan, before)

    def redo() -> Changes:
        _write_rounds(plan, [*before_rounds, sent])
        return calendar_posts.restore_posts(plan, after)

    return Edit(changes, undo=undo, redo=redo, value=sent)


@dataclass(frozen=True)
class AnswersSummary:
    """What applying an answers file did (or would do): counts and the conflicts."""

    answers: AnswersFile
    outcomes: tuple[AnswerOutcome, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def applied(self) -> Counter[PostStatus]:
        return Counter(o.answer.decision for o in self.outcomes if o.outcome == APPLY)

    def as_json(self) -> dict[str, Any]:
        return {
            "round_id": self.answers.round_id,
            "answered_at": self.answers.answered_at,
            "answers": [
                {
                    "post_id": o.answer.post_id,
                    "decision": o.answer.decision.value,
                    "comment": o.answer.comment,
                    "outcome": o.outcome,
                }
                for o in self.outcomes
            ],
        }


def check_answers(plan: PlanFile, data: bytes) -> AnswersSummary:
    """Read an answers file against this plan (AnswersFileError if it cannot be used)
    and say what each answer would do; nothing is written."""
    rounds = sent_rounds(plan)
    answers = read_answers(data, plan_id=plan_uuid(plan), rounds=rounds)
    sent = rounds[answers.round_id]
    current = {p.id: p for p in calendar_queries.posts_by_id(plan, sent.fingerprints)}
    return AnswersSummary(answers, tuple(outcomes(answers, sent, current)))


def apply_answers(plan: PlanFile, data: bytes) -> Edit:
    """Apply the answers that can be (one transaction, one undo step); ``value`` is
    the AnswersSummary, conflicts included. Raises AnswersFileError first if the
    file cannot be used: then nothing is written."""
    summary = check_answers(plan, data)
    todo = [o for o in summary.outcomes if o.outcome == APPLY]
    if not todo:
        return Edit.nothing(summary)
    ids = [o.answer.post_id for o in todo]
    before = calendar_queries.posts_by_id(plan, ids)
    changes = Changes()
    with plan.transaction():
        for item in todo:
            changes = changes.merged(
                calendar_posts.set_status(
                    plan, [item.answer.post_id], item.answer.decision, item.answer.comment
                )
            )
    after = calendar_queries.posts_by_id(plan, ids)
    return Edit(
        changes,
        undo=lambda: calendar_posts.restore_posts(plan, before),
        redo=lambda: calendar_posts.restore_posts(plan, after),
        value=summary,
    )
