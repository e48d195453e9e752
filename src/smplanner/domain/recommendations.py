"""Network recommendations from sector, audience and objectives, each with its reason.

The rules and the per-network facts are data (resources/data/
network_roles_and_recommendations.json, sources cited there); this module only
matches them against the strategy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.resource_files import load_json

DATA_FILE = "network_roles_and_recommendations.json"


@cache
def network_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("data", DATA_FILE)
    return data


def core_ages(network_id: str) -> tuple[int, int] | None:
    """The age band where a network's audience is concentrated (None if unknown)."""
    facts = network_data()["networks"].get(network_id)
    if facts is None:
        return None
    low, high = facts["core_ages"]
    return int(low), int(high)


def role_ids(network_id: str) -> tuple[str, ...]:
    """The usual roles of a network, best first."""
    facts = network_data()["networks"].get(network_id, {})
    return tuple(facts.get("roles", ()))


def role_label(role_id: str, language: str) -> str:
    """A role's words in the UI language; free text typed by the user is kept as is."""
    labels = network_data()["roles"].get(role_id)
    if labels is None:
        return role_id
    return str(labels.get(language) or labels["en"])


def source_text(source_id: str, language: str = "en") -> str:
    """A cited source: the study's own title, with the notes about it in ``language``
    ("sources_fr" in the data file) when they are translated."""
    data = network_data()
    translated = data.get(f"sources_{language}", {}).get(source_id)
    return str(translated or data["sources"].get(source_id, source_id))


def channel_label(channel_id: str, language: str) -> str | None:
    """The words for a place to publish that is not a network (job boards); None if
    ``channel_id`` is not one."""
    labels = network_data().get("channels", {}).get(channel_id)
    if labels is None:
        return None
    return str(labels.get(language) or labels["en"])


@dataclass(frozen=True)
class Recommendation:
    network: str  # a network id, or a channel id (job boards) that is not a network
    role: str  # a role id from the data file
    reasons: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def is_channel(self) -> bool:
        return self.network in network_data().get("channels", {})


# Who a recruitment objective is for, read from its title and audience ("2 apprentis
# 16–20 ans"): young candidates are reached on other networks than experienced ones.
YOUNG_WORDS = (
    "apprenti",
    "apprentice",
    "alternan",
    "étudiant",
    "etudiant",
    "student",
    "stagiaire",
    "intern",
    "jeune",
    "young",
    "lycéen",
    "school leaver",
)
YOUNGEST_CANDIDATE = 14
YOUNG_UP_TO = 25  # under 26: the age band the studies' "under 25" figures cover
_AGES = re.compile(
    r"(\d{1,2})\s*(?:-|–|à|to)\s*(\d{1,2})\s*(?:ans|years|yo)?|(\d{1,2})\s*(?:ans|years)"
)


def recruitment_target(doc: StrategyDocument) -> str | None:
    """ "young", "experienced", or None when no objective is about recruiting.

    Ages written in a recruitment objective ("16–20 ans") decide; else words such as
    apprentice, student or intern mean young; else experienced candidates.
    """
    texts = [f"{o.title} {o.audience}" for o in doc.objectives if o.kind == "recruitment"]
    if not texts:
        return None
    for text in texts:
        for found in _AGES.finditer(text):
            # "5 years' experience" is no age: candidates are 14 or older
            ages = [int(a) for a in found.groups() if a and int(a) >= YOUNGEST_CANDIDATE]
            if ages and max(ages) <= YOUNG_UP_TO:
                return "young"
        lowered = text.casefold()
        if any(word in lowered for word in YOUNG_WORDS):
            return "young"
    return "experienced"


def _matches(rule: dict[str, Any], doc: StrategyDocument) -> bool:
    if "sectors" in rule:
        return doc.sector in rule["sectors"]
    if "objectives" in rule:
        if "recruits" in rule and recruitment_target(doc) != rule["recruits"]:
            return False
        return any(o.kind in rule["objectives"] for o in doc.objectives)
    ages = [p for p in doc.personas if p.age_min is not None and p.age_max is not None]
    if "audience_max_age_below" in rule:
        return any(
            p.age_max is not None and p.age_max < rule["audience_max_age_below"] for p in ages
        )
    if "audience_min_age_above" in rule:
        return any(
            p.age_min is not None and p.age_min > rule["audience_min_age_above"] for p in ages
        )
    return False


def recommend(doc: StrategyDocument, language: str = "en") -> list[Recommendation]:
    """Networks the method suggests for this client, most supported first.

    Each network appears once, with every reason that led to it (sector, audience,
    objectives) and the sources of those reasons.
    """
    found: dict[str, tuple[str, list[str], list[str]]] = {}
    for rule in network_data()["rules"]:
        if not _matches(rule, doc):
            continue
        reason = rule["reason"].get(language) or rule["reason"]["en"]
        _role, reasons, sources = found.setdefault(rule["network"], (rule["role"], [], []))
        if reason not in reasons:
            reasons.append(reason)
        if rule["source"] not in sources:
            sources.append(rule["source"])
    ordered = sorted(found.items(), key=lambda item: -len(item[1][1]))
    return [
        Recommendation(
            network, role, tuple(reasons), tuple(source_text(s, language) for s in sources)
        )
        for network, (role, reasons, sources) in ordered
    ]
