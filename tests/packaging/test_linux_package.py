"""The Linux download installed as a user installs it, then a plan double-clicked.

Builds the tarball (packaging/make_linux_package.py), runs its install.sh into a
private home, checks the menu entry, the icons and the .smplan file type with the
desktop's own tools (desktop-file-validate, update-mime-database, gio), then opens a
plan the way a file manager does on a double-click (``gio open``: the type's default
application, its Exec line) and sees the installed program take the plan's lock.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux package"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[package]')",
    ),
]


def _user_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("XDG_") and key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="fr_FR.UTF-8")
    return env


@pytest.fixture(scope="module")
def download(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball built and unpacked: the folder a user gets."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from make_linux_package import make_package

    # SMPLANNER_REUSE_BUILD=1: package the dist/smplanner already built (by hand, when
    # only the packaging changed); CI always builds.
    tarball = make_package(build=not os.environ.get("SMPLANNER_REUSE_BUILD"))
    unpacked = tmp_path_factory.mktemp("download")
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()
    return folder


def _install(folder: Path, home: Path) -> dict[str, str]:
    env = _user_env(home)
    result = subprocess.run(
        ["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "smplanner is installed" in result.stdout
    return env


@pytest.fixture(scope="module")
def installed(
    download: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    home = tmp_path_factory.mktemp("home")
    return home, _install(download, home)


def test_install_puts_the_program_its_entry_icons_and_file_type_in_place(installed):  # type: ignore[no-untyped-def]
    home, env = installed
    share = home / ".local" / "share"
    assert (home / ".local" / "bin" / "smplanner").resolve() == (
        home / ".local" / "lib" / "smplanner" / "smplanner"
    )
    entry = share / "applications" / "smplanner.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={home}/.local/lib/smplanner/smplanner %f" in text
    assert "MimeType=application/x-smplanner;" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr
    for size in (16, 32, 48, 128, 256, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "smplanner.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "smplanner.svg").is_file()
    assert (share / "mime" / "packages" / "smplanner.xml").is_file()
    version = subprocess.run(
        [str(home / ".local" / "bin" / "smplanner"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    from smplanner import __version__

    assert version.stdout.strip() == f"smplanner {__version__}"


def _plan(home: Path, env: dict[str, str], name: str) -> Path:
    plans = home / "Documents"
    plans.mkdir(exist_ok=True)
    path = plans / name
    made = subprocess.run(
        [str(home / ".local" / "bin" / "smplanner"), "new", str(path), "--client", "Fournil"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (libglib2.0-bin) is not installed")
def test_a_plan_is_known_by_its_name_and_its_content(installed):  # type: ignore[no-untyped-def]
    home, env = installed
    plan = _plan(home, env, "Fournil.smplan")
    renamed = plan.with_name("Fournil copie.db")
    shutil.copy(plan, renamed)
    for path in (plan, renamed):
        info = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            env=env,
            capture_output=True,
            text=True,
        )
        assert "application/x-smplanner" in info.stdout, info.stdout + info.stderr
    default = subprocess.run(
        ["gio", "mime", "application/x-smplanner"], env=env, capture_output=True, text=True
    )
    assert "smplanner.desktop" in default.stdout.splitlines()[0], default.stdout


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (libglib2.0-bin) is not installed")
def test_double_clicking_a_plan_opens_it_in_the_installed_program(installed):  # type: ignore[no-untyped-def]
    home, env = installed
    plan = _plan(home, env, "Double clic.smplan")
    lock = plan.with_name(f".{plan.name}.lock")
    opened = subprocess.Popen(["gio", "open", str(plan)], env=env)
    owner: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not owner:
            if lock.exists():
                try:
                    owner = json.loads(lock.read_text(encoding="utf-8") or "{}")
                except ValueError:
                    owner = {}
            time.sleep(0.2)  # another process writes the lock file: nothing to wait on but it
        assert owner, "no smplanner window took the plan within 60 s"
        program = Path(f"/proc/{owner['pid']}/exe").resolve()
        assert program == home / ".local" / "lib" / "smplanner" / "smplanner"
    finally:
        if owner.get("pid"):
            os.kill(int(str(owner["pid"])), signal.SIGTERM)
        opened.wait(timeout=30)


def test_uninstall_removes_the_program_and_keeps_the_plans(download, tmp_path):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    env = _install(download, home)  # a home of its own: the other tests keep theirs
    plan = _plan(home, env, "Gardé.smplan")
    data = home / ".local" / "share" / "smplanner"
    data.mkdir(parents=True, exist_ok=True)
    (data / "keep-me").write_text("user data", encoding="utf-8")
    result = subprocess.run(
        ["sh", str(home / ".local" / "lib" / "smplanner" / "uninstall.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "lib" / "smplanner").exists()
    assert not (home / ".local" / "bin" / "smplanner").exists()
    assert not (home / ".local" / "share" / "applications" / "smplanner.desktop").exists()
    assert plan.is_file() and (data / "keep-me").is_file()
