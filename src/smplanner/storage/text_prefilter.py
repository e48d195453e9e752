"""A cheap SQL test that the texts containing a needle, case aside, pass: the posts
filter asks Python (str.casefold) only of the texts that pass it.

SQLite's LIKE ignores case for ASCII letters only, so a needle with "é" was
compared in Python for every post (~7 s at 1,000,000 posts). Now a needle holding
ASCII letters first needs its longest ASCII run in the text (LIKE, in C): the rule
the filter has for an ASCII needle, where a letter matches its two cases, not the
rare characters that fold to it ("ﬁ" folds to "fi", the Kelvin sign to "k"; an
instr() for each of them cost 0.3 s at 1,000,000 posts). A needle with no ASCII
run needs one of the characters whose casefold holds its first letter ("é" or
"É"; instr, in C): every text Python would keep passes.
"""

from __future__ import annotations

from functools import cache

# No code point from U+20000 on changes with casefold (tests/test_statistics_posts_filter_*).
CASED_END = 0x20000


@cache
def _folding_into() -> dict[str, frozenset[str]]:
    """character -> the non-ASCII characters whose casefold holds it (other than itself)."""
    found: dict[str, set[str]] = {}
    for code in range(0x80, CASED_END):
        character = chr(code)
        folded = character.casefold()
        if folded != character:
            for part in folded:
                found.setdefault(part, set()).add(character)
    return {part: frozenset(characters) for part, characters in found.items()}


def folding_into(character: str) -> frozenset[str]:
    """The non-ASCII characters (other than ``character``) whose casefold holds it."""
    return _folding_into().get(character, frozenset())


def _longest_ascii_run(needle: str) -> str:
    runs, current = [], ""
    for character in needle:
        if character.isascii():
            current += character
        else:
            runs.append(current)
            current = ""
    runs.append(current)
    return max(runs, key=len)


def prefilter(column: str, needle: str) -> tuple[str, list[object]] | None:
    """(SQL condition on ``column``, its parameters) that the texts holding
    ``needle`` case aside meet, or None when no cheap one exists (every text is
    then compared in Python)."""
    folded = needle.casefold()
    run = _longest_ascii_run(folded)
    into = _folding_into()
    if len(run) >= 2:
        escaped = run.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{column} LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
    first = next((character for character in folded if not character.isascii()), None)
    if first is None:
        return None
    characters = sorted({first, *into.get(first, ())})
    terms = [f"instr({column}, ?) > 0"] * len(characters)
    return "(" + " OR ".join(terms) + ")", list(characters)
