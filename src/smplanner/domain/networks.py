"""The social networks smplanner knows (resources/data/networks.json)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from smplanner.resources import load_json


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    color: str
    text_color: str


@cache
def all_networks() -> tuple[Network, ...]:
    """Networks in display order."""
    return tuple(Network(**item) for item in load_json("data", "networks.json")["networks"])


def network(network_id: str) -> Network:
    """The network with this id; KeyError names the unknown id."""
    for item in all_networks():
        if item.id == network_id:
            return item
    raise KeyError(f"unknown network id {network_id!r}")


def network_ids() -> tuple[str, ...]:
    return tuple(item.id for item in all_networks())
