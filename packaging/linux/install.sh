#!/bin/sh
# Install smplanner from this folder, for you alone (default) or for everyone:
#
#   ./install.sh                      # into ~/.local (no administrator rights needed)
#   sudo ./install.sh --prefix /usr/local   # for every user of this computer
#
# What it installs: the program in PREFIX/lib/smplanner, the command PREFIX/bin/smplanner,
# the menu entry, the icons and the .smplan file type (double-clicking a plan opens it).
# Your plans and settings are never touched; ./uninstall.sh removes what this installs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$prefix" = "$HOME/.local" ] && [ -n "${XDG_DATA_HOME:-}" ]; then
  share="$XDG_DATA_HOME"
else
  share="$prefix/share"
fi
lib="$prefix/lib/smplanner"
bin="$prefix/bin"

echo "Installing smplanner into $lib"
mkdir -p "$lib" "$bin" "$share/applications" "$share/mime/packages"
# A fresh copy: files of an older version must not linger beside the new ones.
rm -rf "$lib.new"
cp -R "$here/app" "$lib.new"
cp "$here/uninstall.sh" "$lib.new/uninstall.sh"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/smplanner" "$bin/smplanner"

sed "s|@EXEC@|$lib/smplanner|g" "$here/share/smplanner.desktop" > "$share/applications/smplanner.desktop"
cp "$here/share/smplanner-mime.xml" "$share/mime/packages/smplanner.xml"
for png in "$here"/share/icons/smplanner-*.png; do
  size=$(basename "$png" .png); size=${size#smplanner-}
  for kind in apps mimetypes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/$kind"
  done
  cp "$png" "$share/icons/hicolor/${size}x${size}/apps/smplanner.png"
  cp "$png" "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-smplanner.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/share/icons/smplanner.svg" "$share/icons/hicolor/scalable/apps/smplanner.svg"
# Remember where it went, for uninstall.sh.
printf 'prefix=%s\nshare=%s\n' "$prefix" "$share" > "$lib/installed-paths"

# The desktop's caches; each tool is optional (a minimal system may lack them).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default smplanner.desktop application/x-smplanner 2>/dev/null || true
fi

echo "smplanner is installed: find it in your applications menu, double-click a .smplan"
echo "plan, or run $bin/smplanner. To remove it: $lib/uninstall.sh"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(Add $bin to your PATH to type smplanner in a terminal.)" ;; esac
