"""The French-screen checker itself: English words are caught, French dates are not."""

from __future__ import annotations

import pytest

from tests.ui_walk import english_in


@pytest.mark.parametrize(
    "text",
    [
        "jeu. 12 nov. 2026",
        "dim. 6 déc. 2026 – mar. 15 déc. 2026",
        "Frise : les publications à préparer et les temps forts autour",
        "Le lundi qui suit le Black Friday (https://fr.wikipedia.org/wiki/Cyber_Monday)",
    ],
)
def test_french_texts_pass(text: str) -> None:
    assert english_in(text) is None


@pytest.mark.parametrize(
    "text, word",
    [
        ("Third Thursday of November", "Thursday"),
        ("Nov 12, 2026", "Nov"),
        ("Tue, Mar 15", "Mar"),
        ("Frise : les posts à préparer", "posts"),
    ],
)
def test_english_words_are_caught(text: str, word: str) -> None:
    found = english_in(text)
    assert found is not None and repr(word) in found
