"""Labels: free tags with a colour, defined per plan and put on posts (several each).

A community manager tags posts "Promo", "À valider par Julie", "Vidéo à tourner"…
and filters the calendar by them. A label is a name (unique in the plan, whatever
the case) and a colour; the chips on the cards are drawn in that colour. No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from smplanner.messages import Message

NAME_LIMIT = 40  # a chip on a card shows a few characters; the filter list the rest
# Colours told apart on a white card and in a dark palette, in the order new labels take them.
PALETTE = (
    "#e53935",  # red
    "#fb8c00",  # orange
    "#fdd835",  # yellow
    "#43a047",  # green
    "#00acc1",  # cyan
    "#1e88e5",  # blue
    "#8e24aa",  # purple
    "#d81b60",  # pink
    "#6d4c41",  # brown
    "#546e7a",  # blue grey
)
# In the posts CSV, one cell holds the post's label names (as media are, by " | ").
CSV_SEPARATOR = " | "

_COLOUR = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass(frozen=True)
class Label:
    """One label of the plan; ``colour`` is "#rrggbb"."""

    id: int
    name: str
    colour: str


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner runs of spaces made one."""
    return " ".join(name.split())


def normal_colour(text: str) -> str | None:
    """'#rrggbb' (lower case) from '#RGB', 'rrggbb'…; None when it is not a colour."""
    match = _COLOUR.fullmatch(text.strip())
    if match is None:
        return None
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def next_colour(used: Iterable[str]) -> str:
    """The first palette colour no label has yet (round again when all are taken)."""
    taken = [colour.lower() for colour in used]
    for colour in PALETTE:
        if colour not in taken:
            return colour
    return PALETTE[len(taken) % len(PALETTE)]


def name_problem(name: str, others: Iterable[Label], *, own_id: int = 0) -> Message | None:
    """Why ``name`` cannot name a label (empty, too long, taken by another), else None."""
    cleaned = clean_name(name)
    if not cleaned:
        return Message("A label needs a name.")
    if len(cleaned) > NAME_LIMIT:
        return Message(
            "The label name '{name}' is too long: {limit} characters at most.",
            name=cleaned,
            limit=NAME_LIMIT,
        )
    if CSV_SEPARATOR.strip() in cleaned:
        return Message("A label name cannot contain '|' (it separates labels in the CSV).")
    for other in others:
        if other.id != own_id and other.name.casefold() == cleaned.casefold():
            return Message("There is already a label '{name}'.", name=other.name)
    return None


def matches(post_labels: Iterable[int], wanted: frozenset[int]) -> bool:
    """True when a post passes a label filter: no filter, or one of the wanted labels
    on the post (a filter of "Promo" and "Vidéo" shows the posts with either)."""
    return not wanted or not wanted.isdisjoint(post_labels)


def chip_text_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    value = normal_colour(colour) or "#808080"

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    # Contrast with black (L+0.05)/0.05 against white 1.05/(L+0.05): equal near 0.179.
    return "#000000" if luminance > 0.179 else "#ffffff"


def folded(text: str) -> str:
    """Text compared loosely: case and accents ignored ("video" finds "Vidéo")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def in_order(labels: Iterable[Label]) -> list[Label]:
    """Labels as lists show them: by name as a French reader sorts them ("À valider"
    with the A's, "Épiphanie" with the E's), whatever the case."""
    return sorted(labels, key=lambda label: (folded(label.name), label.name.casefold(), label.id))


def labels_cell(label_ids: Iterable[int], names: Mapping[int, str]) -> str:
    """The CSV cell of a post's labels: their names, by name, joined by " | "."""
    found = sorted((names[i] for i in label_ids if i in names), key=str.casefold)
    return CSV_SEPARATOR.join(found)


def names_in_cell(cell: str) -> list[str]:
    """The label names of a CSV cell ("Promo | Vidéo"), cleaned, each once."""
    found: list[str] = []
    for part in cell.split(CSV_SEPARATOR.strip()):
        name = clean_name(part)
        if name and name.casefold() not in (n.casefold() for n in found):
            found.append(name)
    return found
