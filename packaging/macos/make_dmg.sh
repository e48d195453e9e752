#!/bin/sh
# Build smplanner.app and a disk image on macOS: ./packaging/macos/make_dmg.sh
# -> dist/smplanner-<version>-macos.dmg (the .app and a link to /Applications: drag to
# install). The .app declares the .smplan type (packaging/smplanner.spec, Info.plist), so
# Finder opens plans with it. Needs Python 3.11+ (python.org); hdiutil comes with macOS.
# Signing and notarisation need an Apple developer identity: set SIGN_IDENTITY to sign.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -d .venv ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[package]'
.venv/bin/python packaging/build.py
.venv/bin/python packaging/smoke.py --no-build
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/smplanner/__init__.py)
if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$SIGN_IDENTITY" dist/smplanner.app
fi
staging=$(mktemp -d)
cp -R dist/smplanner.app "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "dist/smplanner-$version-macos.dmg"
hdiutil create -volname "smplanner $version" -srcfolder "$staging" -ov -format UDZO \
  "dist/smplanner-$version-macos.dmg"
rm -rf "$staging"
echo "dist/smplanner-$version-macos.dmg"
