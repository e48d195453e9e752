"""Community management: the moderation charter and its gaps."""

from __future__ import annotations

from smplanner.domain.strategy_findings import MISSING, WARNING, Finding
from smplanner.domain.strategy_refs import StrategyDocument

MODERATION_MODES = ("a_priori", "a_posteriori")
RESPONSE_HOURS_EXPECTED = 24  # people expect an answer within the day on social media

MODERATION = "community.moderation"
RESPONSE_HOURS = "community.response_hours"
WHO_ANSWERS = "community.who_answers"
RESPONSE_TONE = "community.response_tone"
CRITICISM = "community.criticism"
TROLL_POLICY = "community.troll_policy"
ESCALATION = "community.escalation"


def check_community(doc: StrategyDocument) -> list[Finding]:
    """What the moderation charter still lacks, and delays people will not accept."""
    found: list[Finding] = []
    required = (
        (MODERATION, "Choose the moderation mode (a priori or a posteriori)."),
        (RESPONSE_HOURS, "Say how quickly comments and messages get an answer."),
        (WHO_ANSWERS, "Say who answers."),
        (CRITICISM, "Say how criticism is answered."),
        (TROLL_POLICY, "Write the troll policy: when to ignore, hide, ban or escalate."),
    )
    for key, template in required:
        if not doc.text(key):
            found.append(Finding("community", MISSING, template, target=key))
    hours = doc.number(RESPONSE_HOURS)
    if hours is not None and hours > 2 * RESPONSE_HOURS_EXPECTED:
        found.append(
            Finding(
                "community",
                WARNING,
                "Answering within {hours} hours is slow: people expect an answer within the day.",
                {"hours": hours},
                target=RESPONSE_HOURS,
            )
        )
    if not doc.reply_templates:
        found.append(
            Finding(
                "community",
                MISSING,
                "Save a few reply templates for frequent questions and criticism.",
                target="reply_templates",
            )
        )
    return found
