"""What a change touched, so that each view refreshes only if it shows that.

Modelled on Anki's OpChanges: a service returns a Changes; the UI hands it to every
tab, and each tab looks only at the topics it displays.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Topics changed by one operation, plus the ids touched where it helps."""

    topics: frozenset[str] = frozenset()
    ids: dict[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, *topics: str, **ids: set[int] | frozenset[int]) -> Changes:
        return cls(frozenset(topics), {k: frozenset(v) for k, v in ids.items()})

    def touches(self, *topics: str) -> bool:
        return bool(self.topics.intersection(topics)) or "everything" in self.topics

    def merged(self, other: Changes) -> Changes:
        ids = dict(self.ids)
        for key, values in other.ids.items():
            ids[key] = ids.get(key, frozenset()) | values
        return Changes(self.topics | other.topics, ids)


# Topics used across features; each feature may add its own strings.
PLAN_PROPERTIES = "plan_properties"
EVERYTHING = "everything"
