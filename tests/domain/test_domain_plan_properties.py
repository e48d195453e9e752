from __future__ import annotations

import pytest

from smplanner.domain.plan_properties import (
    InvalidPropertiesError,
    PlanProperties,
    is_valid_timezone,
    validate,
)
from smplanner.services.changes import Changes


def test_validation_trims_and_normalises():
    cleaned = validate(
        PlanProperties("  Boulangerie Martin ", " craft_art ", " Europe/Paris ", "fr", "eur")
    )
    assert cleaned == PlanProperties("Boulangerie Martin", "craft_art", "Europe/Paris", "fr", "EUR")


@pytest.mark.parametrize(
    ("properties", "field"),
    [
        (PlanProperties(""), "client_name"),
        (PlanProperties("x" * 201), "client_name"),
        (PlanProperties("A", timezone="CET-ish"), "timezone"),
        (PlanProperties("A", timezone="../../etc/passwd"), "timezone"),
        (PlanProperties("A", language="de"), "language"),
        (PlanProperties("A", currency="EURO"), "currency"),
        (PlanProperties("A", currency="€€€"), "currency"),
    ],
)
def test_invalid_values_name_their_field(properties: PlanProperties, field: str):
    with pytest.raises(InvalidPropertiesError) as error:
        validate(properties)
    assert error.value.field == field
    assert str(error.value)


def test_time_zones_are_iana_names():
    assert is_valid_timezone("America/Montreal")
    assert not is_valid_timezone("")
    assert not is_valid_timezone("/etc/localtime")


def test_changes_merge_and_touch():
    first = Changes.of("posts", posts={1, 2})
    second = Changes.of("strategy", posts={3})
    merged = first.merged(second)
    assert merged.touches("strategy") and merged.touches("posts")
    assert not merged.touches("statistics")
    assert merged.posts == frozenset({1, 2, 3})
    assert Changes.of("everything").touches("anything")
