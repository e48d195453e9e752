"""The installers' descriptions stay in step with the program (run on every system;
the Windows and macOS installers can only be built there, see packaging/README.md)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from smplanner.storage.version import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_the_mime_type_knows_a_plan_by_its_application_id():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / "smplanner-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-smplanner"
    assert mime.find("m:glob", ns).get("pattern") == "*.smplan"  # type: ignore[union-attr]
    outer = mime.find("m:magic/m:match", ns)
    assert outer is not None and outer.get("value") == "SQLite format 3"
    inner = outer.find("m:match", ns)
    assert inner is not None and inner.get("offset") == "68"
    assert int(inner.get("value", ""), 16) == APPLICATION_ID


def test_the_desktop_entry_opens_plans():
    entry = (PACKAGING / "linux" / "smplanner.desktop").read_text(encoding="utf-8")
    assert "Exec=@EXEC@ %f" in entry  # install.sh writes the installed path
    assert "MimeType=application/x-smplanner;" in entry
    assert "Icon=smplanner" in entry


def test_the_windows_installer_associates_plans_and_keeps_user_data():
    script = (PACKAGING / "windows" / "smplanner.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in script  # the version comes from __init__.py
    assert not re.search(r"^AppVersion=\d", script, re.M)  # (the comments show /DAppVersion=)
    assert r'Subkey: "Software\Classes\.smplan"' in script
    assert r'"""{app}\smplanner.exe"" ""%1"""' in script  # double-click opens the plan
    assert "ChangesAssociations=yes" in script
    assert "[UninstallDelete]" not in script  # plans, backups and settings are kept
    assert r"..\..\build\icons\smplanner.ico" in script  # made by make_icons.py


def test_the_mac_bundle_declares_the_plan_type():
    spec = (PACKAGING / "smplanner.spec").read_text(encoding="utf-8")
    assert '"CFBundleTypeExtensions": ["smplan"]' in spec
    assert '"UTTypeIdentifier": "org.smplanner.plan"' in spec
    assert '"CFBundleShortVersionString": VERSION' in spec


def test_icons_of_every_format_come_from_the_one_svg(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    import struct
    import sys

    sys.path.insert(0, str(PACKAGING))
    from make_icons import make_icons

    written = {path.name: path for path in make_icons(tmp_path)}
    ico = written["smplanner.ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = written["smplanner.icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert written["smplanner-512.png"].read_bytes()[:4] == b"\x89PNG"
