"""Malformed content thrown at every importer: only clear import errors, never a crash,
never a partial import.

A seeded random mutator stands in for hypothesis (not a project dependency): it cuts,
splices, flips bytes and replaces cells of every sample export, many times each.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from smplanner.errors import UserError
from smplanner.importers.export_files import read_export_bytes
from smplanner.importers.import_errors import ImportFileError, ImportRefusedError
from smplanner.services.statistics_import import FilePreview, import_files
from smplanner.storage.plan_file import table_counts

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
SAMPLES = sorted(EXPORTS.iterdir())
JUNK = [
    b"NA",
    b"-",
    b"\xff\xfe",
    b"\x00",
    b'"',
    b"\n",
    b";",
    b",",
    b"1.2.3",
    b"99999999999999999999",
    b"Total",
    b"\xe9",
    b"sep=;",
    b"=SUM(A1)",
    b"K",
    b"%",
    b"   ",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if not data:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
    position = rng.randrange(len(data))
    if choice == 0:
        return data[:position]
    if choice == 1:
        flipped = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        return bytes(flipped)
    if choice == 2:
        return data[:position] + rng.choice(JUNK) + data[position:]
    if choice == 3:
        end = min(len(data), position + rng.randrange(1, 200))
        return data[:position] + data[end:]
    if choice == 4:
        return data[position:]
    return data[:position] + rng.choice(JUNK) * rng.randrange(1, 5) + data[position + 3 :]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_mangled_exports_give_only_clear_errors(sample):
    rng = random.Random(sample.name)
    original = sample.read_bytes()
    for _ in range(60):
        data = mutate(original, rng)
        try:
            reading = read_export_bytes(sample.name, data)
        except ImportFileError as error:
            assert sample.name in str(error)
            continue
        for problem in reading.problems:
            assert problem.source.startswith(sample.name) and problem.message


def test_a_mangled_file_imports_wholly_or_not_at_all(plan):
    rng = random.Random(5)
    refused = stored = 0
    for sample in SAMPLES:
        for _ in range(8):
            data = mutate(sample.read_bytes(), rng)
            try:
                reading = read_export_bytes(sample.name, data)
            except UserError:
                continue
            before = table_counts(plan)
            try:
                import_files(plan, [FilePreview(sample, reading)])
            except ImportRefusedError:
                refused += 1
                assert table_counts(plan) == before
                continue
            stored += 1
    assert refused > 0 and stored > 0
