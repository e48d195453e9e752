"""Network recommendations from sector, audience and objectives, each with its reason.

The rules and the per-network facts are data (resources/data/
network_roles_and_recommendations.json, sources cited there); this module only
matches them against the strategy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from smplanner.domain.strategy_refs import StrategyDocument
from smplanner.resources import load_json

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


@dataclass(frozen=True)
class Recommendation:
    network: str
    role: str  # a role id from the data file
    reasons: tuple[str, ...]
    sources: tuple[str, ...]


def _matches(rule: dict[str, Any], doc: StrategyDocument) -> bool:
    if "sectors" in rule:
        return doc.sector in rule["sectors"]
    if "objectives" in rule:
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
