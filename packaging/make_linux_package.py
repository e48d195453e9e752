"""The Linux download: a tarball with the one-folder build and an install script.

    python packaging/make_linux_package.py           # build first, then package
    python packaging/make_linux_package.py --no-build

Writes ``dist/smplanner-<version>-linux-<arch>.tar.gz`` holding::

    smplanner-<version>-linux-<arch>/
        install.sh  uninstall.sh  README.txt
        app/        the PyInstaller folder (dist/smplanner)
        share/      smplanner.desktop, smplanner-mime.xml, icons/

``install.sh`` puts the program in ~/.local (or ``--prefix``), with its menu entry, its
icons and the .smplan file type, so double-clicking a plan opens it. A tarball and a
script rather than an AppImage: appimagetool is not in Debian's packages, and an
AppImage cannot register the file type without a helper daemon anyway.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"

README = """smplanner {version} for Linux ({arch})

Install (for you alone, no administrator rights):   ./install.sh
Install for every user of the computer:             sudo ./install.sh --prefix /usr/local
Remove:                                             ~/.local/lib/smplanner/uninstall.sh

Then open smplanner from the applications menu, or double-click a .smplan plan.
Your plans, their automatic backups and your settings stay in ~/.local/share/smplanner
and ~/.config/smplanner; removing the program keeps them.

A minimal system also needs (Debian/Ubuntu names; any desktop has them):
  sudo apt install libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3
and, for the tokens of the online accounts, a Secret Service keyring (gnome-keyring or
KWallet). Without one, smplanner works offline and says so when a token is to be kept.
"""


def version() -> str:
    text = (ROOT / "src" / "smplanner" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "__version__ not found in src/smplanner/__init__.py"
    return match.group(1)


def package_name() -> str:
    return f"smplanner-{version()}-linux-{platform.machine()}"


def make_package(build: bool = True) -> Path:
    """Assemble the folder and the tarball; return the tarball's path."""
    if build:
        result = subprocess.run([sys.executable, str(PACKAGING / "build.py")], check=False)
        if result.returncode != 0:
            raise SystemExit(result.returncode)
    app = DIST / "smplanner"
    if not (app / "smplanner").is_file():
        raise SystemExit(f"{app}/smplanner is missing: run packaging/build.py first")
    sys.path.insert(0, str(PACKAGING))
    from make_icons import make_icons

    name = package_name()
    folder = DIST / name
    shutil.rmtree(folder, ignore_errors=True)
    share = folder / "share"
    (share / "icons").mkdir(parents=True)
    shutil.copytree(app, folder / "app", symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, folder / script)
    for data in ("smplanner.desktop", "smplanner-mime.xml"):
        shutil.copy2(PACKAGING / "linux" / data, share / data)
    for icon in make_icons(ROOT / "build" / "icons"):
        if icon.suffix == ".png":
            shutil.copy2(icon, share / "icons" / icon.name)
    shutil.copy2(
        ROOT / "src" / "smplanner" / "resources" / "icons" / "smplanner.svg", share / "icons"
    )
    (folder / "README.txt").write_text(
        README.format(version=version(), arch=platform.machine()), encoding="utf-8"
    )
    tarball = DIST / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(folder, arcname=name)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="package dist/smplanner as is")
    args = parser.parse_args(argv)
    tarball = make_package(build=not args.no_build)
    print(f"{tarball.relative_to(ROOT)} ({tarball.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
