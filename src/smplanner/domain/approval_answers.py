"""The client's answers to an approval round, as a file, checked before anything is
applied; and which answer may be applied to which post.

The approval page (approval/html_page.py) lets the client approve or ask for changes
post by post and downloads a small JSON file. That file comes back by e-mail: it is
input from outside, so it is read defensively: a size limit, one known format, the
plan's id, a round this plan sent, post ids of that round, known decisions, short
comments with control characters removed. A post changed since it was sent (its
fingerprint differs) is a conflict: shown, never applied. No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from smplanner.domain.post_refs import PostRef
from smplanner.domain.post_status import PostStatus
from smplanner.errors import UserError
from smplanner.messages import Message

ANSWERS_FORMAT = "smplanner-approval-answers"
ANSWERS_VERSION = 1
MAX_ANSWERS_BYTES = 1_000_000  # a round of 500 posts with long comments is ~300 kB
MAX_COMMENT_CHARS = 4000
DECISIONS = {"approved": PostStatus.APPROVED, "changes_requested": PostStatus.CHANGES_REQUESTED}
# Statuses an answer no longer changes: the post went on without the client.
BEYOND_ANSWER = frozenset({PostStatus.SCHEDULED, PostStatus.PUBLISHED})


class AnswersFileError(UserError, ValueError):
    """The answers file cannot be used; the message says why and what to do."""


def fingerprint(post: PostRef) -> str:
    """What the client saw of a post, hashed: its network, time and words and media.

    The status is left out (sending sets it); anything the client judged is in.
    """
    seen = {
        "network": post.network,
        "scheduled_at": post.scheduled_at.isoformat() if post.scheduled_at else None,
        "title": post.title,
        "text": post.text,
        "hashtags": post.hashtags,
        "link": post.link,
        "first_comment": post.first_comment,
        "media": list(post.media),
    }
    canonical = json.dumps(seen, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class SentRound:
    """What the plan keeps of a round it sent: when, and each post's fingerprint."""

    round_id: str
    sent_at: str
    fingerprints: dict[int, str]


@dataclass(frozen=True)
class Answer:
    post_id: int
    decision: PostStatus  # APPROVED or CHANGES_REQUESTED
    comment: str


@dataclass(frozen=True)
class AnswersFile:
    plan_id: str
    round_id: str
    answered_at: str
    answers: tuple[Answer, ...]


def _clean_comment(value: Any, post_id: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnswersFileError(
            Message("The comment on post {post} is not text.", post=str(post_id))
        )
    # Keep line breaks and tabs; drop other control and format characters (bidi
    # overrides, zero-width tricks) so that the comment reads as it shows.
    kept = "".join(
        ch
        for ch in value
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
    )
    return kept.strip()[:MAX_COMMENT_CHARS]


def read_answers(data: bytes, *, plan_id: str, rounds: dict[str, SentRound]) -> AnswersFile:
    """The answers in ``data`` (a file's bytes), checked against this plan's rounds.

    Raises AnswersFileError naming what is wrong: too big, not JSON, another format,
    another plan, a round this plan did not send, a post that round did not hold, a
    decision that is not one, two answers for one post.
    """
    if len(data) > MAX_ANSWERS_BYTES:
        raise AnswersFileError(
            Message(
                "The file is {size} bytes: answers files are at most {limit}. Ask the "
                "client to download the answers again from the approval page.",
                size=str(len(data)),
                limit=str(MAX_ANSWERS_BYTES),
            )
        )
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AnswersFileError(
            Message("The file is not an answers file (not JSON: {error}).", error=str(error))
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != ANSWERS_FORMAT:
        raise AnswersFileError(
            Message("The file is not an approval answers file from a smplanner page.")
        )
    if raw.get("version") != ANSWERS_VERSION:
        raise AnswersFileError(
            Message(
                "The answers file is of version {version}; this smplanner reads version {known}.",
                version=str(raw.get("version")),
                known=str(ANSWERS_VERSION),
            )
        )
    if raw.get("plan_id") != plan_id:
        raise AnswersFileError(
            Message(
                "These answers are for another plan: open the plan the approval page was made from."
            )
        )
    round_id = raw.get("round_id")
    if not isinstance(round_id, str) or (sent := rounds.get(round_id)) is None:
        raise AnswersFileError(
            Message(
                "These answers are for an approval round this plan did not send (or one "
                "sent from a copy of it)."
            )
        )
    items = raw.get("answers")
    if not isinstance(items, list):
        raise AnswersFileError(Message("The answers file holds no list of answers."))
    answers: list[Answer] = []
    seen: set[int] = set()
    for position, item in enumerate(items, start=1):
        answers.append(_answer(item, position, sent, seen))
    answered_at = raw.get("answered_at")
    return AnswersFile(
        plan_id,
        round_id,
        answered_at if isinstance(answered_at, str) else "",
        tuple(answers),
    )


def _answer(item: Any, position: int, sent: SentRound, seen: set[int]) -> Answer:
    if not isinstance(item, dict):
        raise AnswersFileError(Message("Answer {n} is not an object.", n=str(position)))
    post_id = item.get("post_id")
    if not isinstance(post_id, int) or isinstance(post_id, bool):
        raise AnswersFileError(Message("Answer {n} has no post id.", n=str(position)))
    if post_id not in sent.fingerprints:
        raise AnswersFileError(
            Message(
                "Answer {n} is for post {post}, which this approval round did not send.",
                n=str(position),
                post=str(post_id),
            )
        )
    if post_id in seen:
        raise AnswersFileError(Message("Post {post} is answered twice.", post=str(post_id)))
    seen.add(post_id)
    # A tampered file may hold a list or an object here: not hashable, not a decision.
    raw_decision = item.get("decision")
    decision = DECISIONS.get(raw_decision) if isinstance(raw_decision, str) else None
    if decision is None:
        raise AnswersFileError(
            Message(
                "Answer {n}: '{decision}' is not a decision (approved or changes_requested).",
                n=str(position),
                decision=str(item.get("decision"))[:40],
            )
        )
    return Answer(post_id, decision, _clean_comment(item.get("comment"), post_id))


# ---------------------------------------------------------------- what may be applied

APPLY = "apply"
SAME = "same"  # the post already says so
CHANGED = "changed"  # edited since it was sent: a conflict, shown, not applied
GONE = "gone"  # deleted since
MOVED_ON = "moved_on"  # scheduled or published meanwhile


@dataclass(frozen=True)
class AnswerOutcome:
    answer: Answer
    outcome: str
    post: PostRef | None


def outcomes(
    answers: AnswersFile, sent: SentRound, current: dict[int, PostRef]
) -> list[AnswerOutcome]:
    """What becomes of each answer against the posts as they are now."""
    found = []
    for answer in answers.answers:
        post = current.get(answer.post_id)
        if post is None:
            outcome = GONE
        elif fingerprint(post) != sent.fingerprints[answer.post_id]:
            outcome = CHANGED
        elif post.status in BEYOND_ANSWER:
            outcome = MOVED_ON
        elif post.status == answer.decision and post.client_comment == _kept(answer):
            outcome = SAME
        else:
            outcome = APPLY
        found.append(AnswerOutcome(answer, outcome, post))
    return found


def _kept(answer: Answer) -> str:
    return answer.comment if answer.decision is PostStatus.CHANGES_REQUESTED else ""


def round_from_json(raw: dict[str, Any]) -> SentRound:
    """A SentRound as the plan's settings keep it (JSON keys are text)."""
    return SentRound(
        str(raw["round_id"]),
        str(raw["sent_at"]),
        {int(k): str(v) for k, v in dict(raw["fingerprints"]).items()},
    )


def round_to_json(sent: SentRound) -> dict[str, Any]:
    return {
        "round_id": sent.round_id,
        "sent_at": sent.sent_at,
        "fingerprints": {str(k): v for k, v in sent.fingerprints.items()},
    }


def now_stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
