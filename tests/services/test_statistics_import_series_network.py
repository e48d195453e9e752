"""A Meta daily series is stored on the network its file says, never a guessed one
(issue #10): the title (``Instagram follows``), else the file name; a title that
names none (French ``Followers en plus``, ``Vues``, English ``Reach``) is asked, and
nothing is stored until it is said. The layout is the real one (EXPORT_FORMATS.md:
UTF-16, ``sep=,``, the title, ``"Date","Primary"``, one row a day)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smplanner.services.statistics_import import import_files, preview
from smplanner.services.statistics_import_network import (
    NetworkUnsaidError,
    apply_remembered_network,
    choose_network,
    remember_networks,
    remembered_networks,
    unanswered_network,
    unsaid_title,
)
from smplanner.storage.plan_file import PlanFile

DAYS = [("2025-08-01T00:00:00", "3"), ("2025-08-02T00:00:00", "4"), ("2025-08-03T00:00:00", "0")]


def meta_series(path: Path, title: str, rows: list[tuple[str, str]] = DAYS) -> Path:
    lines = ["sep=,", f'"{title}"', '"Date","Primary"', *(f'"{d}","{v}"' for d, v in rows)]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # with its BOM, as Meta writes
    return path


def stored(plan: PlanFile) -> dict[tuple[str, str], dict[date, float]]:
    found: dict[tuple[str, str], dict[date, float]] = {}
    for network, metric, day, value in plan.conn.execute(
        "SELECT network, metric, day, value FROM stat_daily ORDER BY day"
    ):
        found.setdefault((network, metric), {})[date.fromisoformat(day)] = value
    return found


EXPECTED_DAYS = {date(2025, 8, 1): 3, date(2025, 8, 2): 4, date(2025, 8, 3): 0}


@pytest.mark.parametrize(
    ("title", "metric"),
    [("Followers en plus", "new_followers"), ("Vues", "views"), ("Reach", "reach")],
)
@pytest.mark.parametrize("network", ["instagram", "facebook"])
def test_a_title_naming_no_network_is_asked_and_stored_on_the_network_said(
    plan, tmp_path, title: str, metric: str, network: str
) -> None:
    (item,) = preview([meta_series(tmp_path / "serie.csv", title)])
    assert item.importable and unsaid_title(item) == title
    assert unanswered_network(item) == title
    assert any(f'"{title}" does not say whether it is' in flag for flag in item.flag_messages)
    with pytest.raises(NetworkUnsaidError) as refused:
        import_files(plan, [item])
    assert f'serie.csv: the daily series "{title}"' in str(refused.value)
    assert "nothing was imported" in str(refused.value)
    assert stored(plan) == {}  # never on a guessed network
    choose_network(item, network)
    assert unanswered_network(item) is None
    import_files(plan, [item])
    assert stored(plan) == {(network, metric): EXPECTED_DAYS}


def test_chosen_again_the_values_move_to_the_new_network(plan, tmp_path) -> None:
    (item,) = preview([meta_series(tmp_path / "serie.csv", "Followers en plus")])
    choose_network(item, "facebook")
    choose_network(item, "instagram")
    assert item.flag_messages[-1].endswith("read as Instagram's, as chosen.")
    import_files(plan, [item])
    assert stored(plan) == {("instagram", "new_followers"): EXPECTED_DAYS}
    with pytest.raises(ValueError, match="not 'tiktok'"):
        choose_network(item, "tiktok")


@pytest.mark.parametrize(
    ("title", "name", "network"),
    [
        ("Instagram follows", "series.csv", "instagram"),
        ("Facebook follows", "series.csv", "facebook"),
        ("Followers en plus", "Instagram followers en plus.csv", "instagram"),
        ("Followers en plus", "facebook_follows.csv", "facebook"),
    ],
)
def test_a_title_or_a_file_name_that_names_the_network_is_not_asked(
    plan, tmp_path, title: str, name: str, network: str
) -> None:
    (item,) = preview([meta_series(tmp_path / name, title)])
    assert unsaid_title(item) is None and item.flag_messages == []
    import_files(plan, [item])
    assert stored(plan) == {(network, "new_followers"): EXPECTED_DAYS}


def test_a_file_name_naming_both_networks_says_nothing(tmp_path) -> None:
    (item,) = preview([meta_series(tmp_path / "facebook et instagram.csv", "Vues")])
    assert unsaid_title(item) == "Vues"


def test_the_network_said_is_remembered_per_title_for_the_next_files(plan, tmp_path) -> None:
    (item,) = preview([meta_series(tmp_path / "a.csv", "Followers en plus")])
    choose_network(item, "instagram")
    import_files(plan, [item])
    remember_networks(plan, [item])
    assert remembered_networks(plan) == {"followers en plus": "instagram"}
    (following, other) = preview(
        [
            meta_series(tmp_path / "b.csv", "Followers en plus"),
            meta_series(tmp_path / "c.csv", "Vues"),
        ]
    )
    for each in (following, other):
        apply_remembered_network(each, remembered_networks(plan))
    assert following.network_choice == "instagram" and unanswered_network(following) is None
    assert unanswered_network(other) == "Vues"  # another title: still asked
