"""Audience checks: personas, positioning, and whether the personas' ages and the
chosen networks meet."""

from __future__ import annotations

from smplanner.domain.recommendations import core_ages
from smplanner.domain.strategy_findings import MISSING, WARNING, Finding
from smplanner.domain.strategy_refs import Persona, StrategyDocument

MINIMUM_NETWORK_AGE = 13  # the networks' own minimum age for an account
MIN_OVERLAP_YEARS = 3  # a band shared over fewer years hardly counts as meeting


def overlap_years(band: tuple[int, int], persona: Persona) -> int:
    """How many years of age a persona shares with a network's core band."""
    if persona.age_min is None or persona.age_max is None:
        return 0
    return min(band[1], persona.age_max) - max(band[0], persona.age_min) + 1


def meets(network_id: str, persona: Persona) -> bool:
    band = core_ages(network_id)
    return band is not None and overlap_years(band, persona) >= MIN_OVERLAP_YEARS


def check_audience(doc: StrategyDocument) -> list[Finding]:
    """Missing answers of the audience section, and age mismatches with the networks."""
    found: list[Finding] = []
    if not doc.personas:
        found.append(
            Finding("audience", MISSING, "Describe at least one persona.", target="personas")
        )
    if not doc.text("audience.positioning"):
        found.append(
            Finding(
                "audience",
                MISSING,
                "Write the positioning statement.",
                target="audience.positioning",
            )
        )
    if not doc.text("audience.differentiators"):
        found.append(
            Finding(
                "audience",
                MISSING,
                "Say what sets the client apart from competitors.",
                target="audience.differentiators",
            )
        )
    if not doc.competitors:
        found.append(
            Finding("audience", MISSING, "Name at least one competitor.", target="competitors")
        )
    aged = [p for p in doc.personas if p.age_min is not None and p.age_max is not None]
    for persona in doc.personas:
        if persona.age_min is None or persona.age_max is None:
            found.append(
                Finding(
                    "audience",
                    MISSING,
                    "Give the age range of persona “{persona}”.",
                    {"persona": persona.name or "?"},
                    target=f"personas:{persona.id}:age_min",
                )
            )
        elif persona.age_min < MINIMUM_NETWORK_AGE:
            found.append(
                Finding(
                    "audience",
                    WARNING,
                    "Persona “{persona}” starts at {age} years: social networks require 13.",
                    {"persona": persona.name or "?", "age": persona.age_min},
                    target=f"personas:{persona.id}:age_min",
                )
            )
    used = [c.network for c in doc.network_choices if c.used]
    if not aged or not used:
        return found
    for persona in aged:
        if not any(meets(network, persona) for network in used):
            found.append(
                Finding(
                    "audience",
                    WARNING,
                    "Persona “{persona}” ({low}–{high}) is hardly reached by the networks "
                    "chosen: add a network they use.",
                    {
                        "persona": persona.name or "?",
                        "low": persona.age_min,
                        "high": persona.age_max,
                    },
                    target=f"personas:{persona.id}:age_min",
                )
            )
        for network in persona.networks:
            if network not in used:
                found.append(
                    Finding(
                        "audience",
                        WARNING,
                        "Persona “{persona}” uses {network}, which the plan does not use.",
                        {"persona": persona.name or "?", "network": network},
                        target=f"network:{network}",
                    )
                )
    for network in used:
        band = core_ages(network)
        if band is not None and not any(meets(network, p) for p in aged):
            found.append(
                Finding(
                    "networks",
                    WARNING,
                    "{network} mostly reaches people aged {low}–{high}; none of the personas "
                    "is in that range.",
                    {"network": network, "low": band[0], "high": band[1]},
                    target=f"network:{network}",
                )
            )
    return found
