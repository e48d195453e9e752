"""Every message of the method's checks, for the translators, and how to show one.

The domain writes findings in English with {named} values; here each template is
listed literally (so lupdate extracts it) and translated at display time. A test
checks that this list and the domain's templates stay the same.
"""

# ruff: noqa: E501  (each message stays one literal so that lupdate extracts it whole)
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smplanner.domain.strategy_findings import Finding
from smplanner.texts.money import format_money, format_number
from smplanner.texts.strategy_labels import translated_value

TEMPLATES = (
    QT_TRANSLATE_NOOP("StrategyFinding", "Choose the moderation mode (a priori or a posteriori)."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say how quickly comments and messages get an answer."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say who answers."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say how criticism is answered."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Write the troll policy: when to ignore, hide, ban or escalate."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say who runs the accounts today."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say how many hours a week the team can give."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Note the skills in-house (a social media manager or not)."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "List the tools already used (analytics, schedulers)."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Note what worked and what did not."),
    QT_TRANSLATE_NOOP("StrategyFinding", "S: say in a few words what the objective is."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "S: “{objective}” names no network: say where it happens."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "S: “{objective}” does not say for whom (which audience)."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "M: “{objective}” has no KPI: choose what will measure it."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "M: “{objective}” has no baseline: note today's value to measure progress.",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "M: “{objective}” has no target value."),
    QT_TRANSLATE_NOOP("StrategyFinding", "T: “{objective}” has no deadline."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "M: the target {target} of “{objective}” does not improve on the baseline {baseline}.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "T: the deadline of “{objective}” is not after its start ({start})."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "A: going from {baseline} to {target} {kpi} in {months} months is more than the data supports (about {limit} at most); lower the target or give more time.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "R: {kpi} does not measure a “{kind}” objective; use e.g. {usual}."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "R: a rate cannot exceed 100 % (target {target})."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "T: the deadline of “{objective}” ({deadline}) is already past."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "R: {target} for {kpi} is beyond what the studies observe (about {max} at best).",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "T: less than two weeks for “{objective}” leaves no time to see a trend."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Give the annual revenue."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Give the share of revenue for communication (usually 2–10 %)."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Say which share of the communication budget goes to digital."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say which share goes to social media."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "List the paid items (ads, contests, premium accounts, tools…)."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "The budget lines add up to {total} a year, {over} more than the envelope of {envelope}: cut a line or raise the share.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{share} % of revenue for communication is below the usual 2–10 %: check that it can fund the objectives.",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "The budget line “{line}” has no amount."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{share} % of revenue for communication is above the usual 2–10 %: make sure the objectives justify it.",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Describe at least one persona."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Write the positioning statement."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say what sets the client apart from competitors."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Name at least one competitor."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Give the age range of persona “{persona}”."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "Persona “{persona}” ({low}–{high}) is hardly reached by the networks chosen: add a network they use.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{network} mostly reaches people aged {low}–{high}; none of the personas is in that range.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Persona “{persona}” starts at {age} years: social networks require 13."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Persona “{persona}” uses {network}, which the plan does not use."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Define the content pillars."),
    QT_TRANSLATE_NOOP("StrategyFinding", "Describe the tone of voice."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "The same message on every network suits only a major event (a flagship launch): adapt it to each network, or name the event.",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "The pillars' shares add up to {total} %, not 100 %."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "The mix is mostly promotion ({share} %): followers leave feeds that read like adverts; give room to expertise, stories and useful content.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "Nothing links back to the website: add a pillar that brings readers there.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "Answering within {hours} hours is slow: people expect an answer within the day.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Save a few reply templates for frequent questions and criticism."
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "List the networks the client already uses (or tick “starting from scratch”).",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Choose the networks the plan uses."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{posts} posts a week need about {needed} hours; the team has {hours}: post less or on fewer networks.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{count} networks for {hours} hours a week: better fewer networks, well kept.",
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Set at least one objective."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{network} is marked active but its last post is {days} days old: mark it dormant, then revive or close it.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Give {network} a role (showcase, photos, hot news, recruitment…)."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Set a weekly posting target for {network}."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "“{objective}” is on {network}, which the plan does not use."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Choose the KPIs that follow “{objective}”."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "Set the objectives first (section 3), then choose the KPIs that follow each.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{count} posts a week on {network} is above the weekly cap of {cap}: check the team can sustain it.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "Say what the engagement rate of “{objective}” is divided by (reach, impressions or followers): rates on different bases do not compare.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding", "Say where the figures of {kpi} for “{objective}” come from."
    ),
    QT_TRANSLATE_NOOP("StrategyFinding", "Say how often {kpi} for “{objective}” is reviewed."),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "S: “{objective}” is vague (“{words}”): say what will change and by how much, e.g. “+20 % {kpi} by the deadline”, with the KPI, baseline and target in their columns.",
    ),
    QT_TRANSLATE_NOOP(
        "StrategyFinding",
        "{posts} posts a week need about {needed} hours; the team has {team} and the freelance days bought add {bought}: post less or on fewer networks.",
    ),
)


def finding_text(finding: Finding, currency: str) -> str:
    """The finding in the UI language, values formatted for the UI locale."""
    template = QCoreApplication.translate("StrategyFinding", finding.template)
    translated = Finding(
        finding.section,
        finding.severity,
        finding.template,
        {key: translated_value(key, value) for key, value in finding.params.items()},
        finding.target,
        finding.letter,
    )
    return translated.message(
        template,
        format_money=lambda amount: format_money(amount, currency),
        format_number=format_number,
    )
