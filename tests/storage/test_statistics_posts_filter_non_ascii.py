"""The posts filter with a needle SQLite's LIKE cannot fold ("é"): Python's casefold
decides, for the texts a test in C lets through (storage/text_prefilter.py), and
the posts found are those Python finds comparing every text."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from smplanner.storage import statistics_post_table as post_table
from smplanner.storage import text_prefilter

TEXTS = [
    "Éclair au café, CRÈME pâtissière",
    "éclairs du matin",
    "ÉCLAIR géant",
    "eclair sans accent",
    "Galette des rois: fève cachée",
    "FÈVE d'or",
    "Straße and STRASSE",
    "œuf en cœur",
    "ŒUF",
    "100 % beurre_doux",
    None,
    "",
]


@pytest.fixture
def conn() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE stat_posts (id INTEGER PRIMARY KEY, network TEXT, published_at TEXT,"
        " time_known INTEGER, text TEXT, metrics TEXT, link TEXT)"
    )
    db.execute("CREATE TABLE stat_post_matches (stat_post_id INTEGER, planned_post_id INTEGER)")
    db.executemany(
        "INSERT INTO stat_posts (network, published_at, time_known, text, metrics)"
        " VALUES ('facebook', '2026-03-02T09:15:00+01:00', 1, ?, '{}')",
        [(text,) for text in TEXTS],
    )
    return db


@pytest.mark.parametrize(
    "needle",
    ["é", "É", "éclair", "ÉCLAIR", "fève", "FÈVE", "cœur", "Œ", "straße", "me pâ", "é %", "ée"],
)
def test_non_ascii_needles_find_what_casefold_finds(conn, needle) -> None:
    expected = [
        i + 1 for i, text in enumerate(TEXTS) if text and needle.casefold() in text.casefold()
    ]
    assert sorted(post_table.ordered_ids(conn, text=needle)) == expected
    assert expected or needle == "é %", "a needle finding nothing proves little"


def test_the_test_in_c_is_a_like_or_an_instr_never_every_text_in_python() -> None:
    assert text_prefilter.prefilter("t", "éclair") == ("t LIKE ? ESCAPE '\\'", ["%clair%"])
    clause, params = text_prefilter.prefilter("t", "É") or ("", [])
    assert clause.count("instr") == 2 and sorted(params) == ["É", "é"]
    assert text_prefilter.prefilter("t", "\u212a") is None  # Kelvin sign: folds to ASCII "k"


def test_no_character_past_the_scanned_range_changes_with_casefold() -> None:
    assert all(
        chr(code).casefold() == chr(code)
        for code in range(text_prefilter.CASED_END, sys.maxunicode + 1)
    )
