"""Resources are package data: read through importlib.resources, in the wheel and the build."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from smplanner.domain.networks import all_networks, network
from smplanner.domain.sectors import all_sectors, sector_label
from smplanner.resource_files import load_json, read_text, resource, resource_file
from smplanner.storage.migrations import FEATURES, feature_steps
from smplanner.storage.version import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "smplanner"
RESOURCES = PACKAGE / "resources"


def resource_files_on_disk() -> set[str]:
    """Every file of src/smplanner/resources, as "resources/<folder>/<name>"."""
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def shipped_resources() -> set[str]:
    """The resource files the app reads: all but the translators' .ts sources."""
    return {name for name in resource_files_on_disk() if not name.endswith(".ts")}


def test_resources_are_read_through_the_package():
    assert resource("data", "sectors.json").is_file()
    assert resource_file("translations", "app_fr.qm") == RESOURCES / "translations" / "app_fr.qm"
    assert read_text("approval", "page.css").strip()
    assert load_json("data", "networks.json")["networks"]
    # Nothing is left at the old top-level place, and no module shadows the folder.
    assert not (ROOT / "resources").exists()
    assert not (PACKAGE / "resources.py").exists()
    assert not (ROOT / "setup.py").exists()


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


def test_the_wheel_carries_every_resource_file(tmp_path: Path):
    # Built from a copy of what the wheel is made of: an in-tree build/ folder left by an
    # earlier build would otherwise add its stale files to the wheel.
    tree = tmp_path / "tree"
    shutil.copytree(PACKAGE.parent, tree / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
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
            str(tree),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("smplanner-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    in_wheel = {
        name.removeprefix("smplanner/")
        for name in names
        if name.startswith("smplanner/resources/") and "__pycache__" not in name
    }
    expected = shipped_resources()
    assert "resources/data/sectors.json" in expected
    assert "resources/translations/app_fr.qm" in expected
    assert in_wheel == expected, (
        f"missing from the wheel: {sorted(expected - in_wheel)}; "
        f"unexpected: {sorted(in_wheel - expected)}"
    )
    assert not any(name.endswith(".ts") for name in names)
    assert not any(name.startswith("smplanner/_resources/") for name in names)

    # Installed from the wheel (no checkout on the path), the app reads its resources.
    site = tmp_path / "site"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q"),
            *("--target", str(site), str(wheel)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import smplanner, sys\n"
        "from smplanner.domain.sectors import sector_label\n"
        "from smplanner.resource_files import resource, resource_file\n"
        "print(smplanner.__file__)\n"
        "print(sector_label('bakery_food', 'fr'))\n"
        "print(resource_file('icons', 'smplanner.svg').stat().st_size)\n"
        "print(sorted(e.name for e in resource('translations').iterdir())[0])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module_file, label, icon_size, first_catalogue = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(site)
    assert label.startswith("Boulangerie")
    assert int(icon_size) == (RESOURCES / "icons" / "smplanner.svg").stat().st_size
    assert first_catalogue == "accounts_fr.qm"


def test_the_packaged_build_bundles_every_resource_file():
    """packaging/smplanner.spec's datas: each file where importlib.resources finds it."""
    spec_text = (ROOT / "packaging" / "smplanner.spec").read_text("utf-8")
    assert "datas=resource_datas()," in spec_text
    module_spec = importlib.util.spec_from_file_location(
        "resource_datas", ROOT / "packaging" / "resource_datas.py"
    )
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    datas = module.resource_datas()
    bundled = {f"{folder}/{Path(source).name}" for source, folder in datas}
    assert all(Path(source).is_file() for source, _ in datas)
    assert bundled == {f"smplanner/{name}" for name in shipped_resources()}
    # A stray cache or a translator's source in the folder stays out of the build.
    assert not module.shipped(RESOURCES / "translations" / "app_fr.ts")
    assert not module.shipped(RESOURCES / "data" / "__pycache__" / "x.pyc")
