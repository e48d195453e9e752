"""The social networks smplanner knows (resources/data/networks.json)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from smplanner.resource_files import load_json


class NetworkId(StrEnum):
    """A network's id as the plan stores it (resources/data/networks.json: the same list,
    in display order; a test keeps the two in step)."""

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    X = "x"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    PINTEREST = "pinterest"
    SNAPCHAT = "snapchat"
    THREADS = "threads"
    GOOGLE_BUSINESS = "google_business"  # posts, reviews and photos on Search and Maps


@dataclass(frozen=True)
class Network:
    id: NetworkId
    name: str
    color: str
    text_color: str


@cache
def all_networks() -> tuple[Network, ...]:
    """Networks in display order."""
    return tuple(
        Network(**{**item, "id": NetworkId(item["id"])})
        for item in load_json("data", "networks.json")["networks"]
    )


def network(network_id: str) -> Network:
    """The network with this id; KeyError names the unknown id."""
    for item in all_networks():
        if item.id == network_id:
            return item
    raise KeyError(f"unknown network id {network_id!r}")


def network_ids() -> tuple[NetworkId, ...]:
    return tuple(item.id for item in all_networks())
