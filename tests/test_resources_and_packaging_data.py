"""Resources are found from the checkout and shipped inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from smplanner.domain.networks import all_networks, network
from smplanner.domain.sectors import all_sectors, sector_label
from smplanner.resources import resource_path
from smplanner.storage.migrations import FEATURES, feature_steps
from smplanner.storage.version import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


def test_resources_are_found_from_the_source_checkout():
    assert resource_path("data", "sectors.json").is_file()
    assert resource_path("translations", "app_fr.qm").is_file()


def test_sectors_and_networks_load_with_labels_and_colours():
    assert sector_label("bakery_food", "fr").startswith("Boulangerie")
    assert sector_label("bakery_food", "en").startswith("Bakery")
    assert sector_label("my own sector", "fr") == "my own sector"
    assert len({s.id for s in all_sectors()}) == len(all_sectors())
    assert network("linkedin").name == "LinkedIn"
    assert all(n.color.startswith("#") and len(n.color) == 7 for n in all_networks())


def test_the_schema_version_counts_every_migration_step_once():
    names = [f"{feature}:{name}" for feature, steps in feature_steps() for name, _ in steps]
    assert len(names) == len(set(names)) == SCHEMA_VERSION
    assert [feature for feature, _ in feature_steps()] == list(FEATURES)


def test_the_wheel_carries_the_resources(tmp_path: Path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("smplanner-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "smplanner/_resources/data/sectors.json" in names
    assert "smplanner/_resources/translations/app_fr.qm" in names
    assert not any(name.endswith(".ts") for name in names)
