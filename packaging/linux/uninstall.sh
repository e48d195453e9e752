#!/bin/sh
# Remove smplanner as install.sh installed it. Your plans, backups and settings
# (~/.local/share/smplanner, ~/.config/smplanner) are kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/installed-paths" ]; then
  . "$here/installed-paths"
else
  prefix="${1:-$HOME/.local}"
  share="${XDG_DATA_HOME:-$prefix/share}"
fi
lib="$prefix/lib/smplanner"
rm -f "$share/applications/smplanner.desktop" "$share/mime/packages/smplanner.xml"
rm -f "$share"/icons/hicolor/*/apps/smplanner.png "$share"/icons/hicolor/scalable/apps/smplanner.svg
rm -f "$share"/icons/hicolor/*/mimetypes/application-x-smplanner.png
if [ -L "$prefix/bin/smplanner" ]; then rm -f "$prefix/bin/smplanner"; fi
rm -rf "$lib"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "smplanner was removed. Your plans and settings are kept."
