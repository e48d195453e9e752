#!/bin/sh
# Does the Linux package run on a fresh, minimal Debian with only the libraries the
# README lists? Run as root on a Debian or Ubuntu machine with debootstrap:
#
#   sudo packaging/linux/fresh_system_check.sh dist/smplanner-X.Y.Z-linux-x86_64.tar.gz [DIR]
#
# It makes a minimal Debian 12 system in DIR (default /var/tmp/smplanner-fresh; ~250 MB,
# kept for the next run), installs the packages of USER_PACKAGES only, installs the
# tarball with its install.sh, then: the command line (new, check), the window offscreen,
# the window on an X server (Xvfb, a stand-in for the user's desktop) with a
# screenshot, screenshot.png, in the current folder, and last a double-click: with a
# desktop's own tools present (GLib's gio, the shared MIME database), a plan opened the
# way a file manager opens it (`gio open`) starts the installed smplanner on it (seen by
# the plan's lock file naming the program). Any failure stops it.
set -eu
tarball=$(readlink -f "$1")
root=${2:-/var/tmp/smplanner-fresh}
suite=${SUITE:-bookworm}
# What the README tells a user of a minimal system to install (keep the two in step).
USER_PACKAGES="libgl1 libegl1 libfontconfig1"
# The stand-in for a desktop: an X server, a screenshot tool and what every desktop has
# to open a file by its type (not smplanner's needs).
DESKTOP_PACKAGES="xvfb xauth imagemagick libglib2.0-bin shared-mime-info desktop-file-utils"

if [ ! -x "$root/bin/sh" ]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    echo "debootstrap is missing: install it first (sudo apt-get install debootstrap)" >&2
    exit 1
  fi
  debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 /bin/sh -c "$1"; }

in_root "rm -rf /root/.local /root/pkg /root/*.smplan; mkdir -p /root/pkg"
cp "$tarball" "$root/root/pkg/"
in_root "cd /root/pkg && tar xzf *.tar.gz && ./smplanner-*/install.sh >/dev/null"
echo "== the command line, with nothing installed"
in_root "/root/.local/bin/smplanner --version && /root/.local/bin/smplanner new /root/Client.smplan --client Fournil && /root/.local/bin/smplanner check /root/Client.smplan | head -3"

echo "== the window, with: $USER_PACKAGES"
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $USER_PACKAGES >/dev/null"
in_root "QT_QPA_PLATFORM=offscreen /root/.local/bin/smplanner /root/Client.smplan --quit-after-startup"

echo "== the window on an X server"
in_root "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $DESKTOP_PACKAGES >/dev/null"
in_root "Xvfb :7 -screen 0 1366x768x24 >/dev/null 2>&1 & sleep 2; \
  DISPLAY=:7 QT_QPA_PLATFORM=xcb /root/.local/bin/smplanner /root/Client.smplan --quit-after-startup; \
  (DISPLAY=:7 LANG=fr_FR.UTF-8 /root/.local/bin/smplanner /root/Client.smplan >/dev/null 2>&1 &); sleep 8; \
  DISPLAY=:7 import -window root /root/screenshot.png; kill \$(cat /proc/[0-9]*/stat 2>/dev/null | awk '\$2 ~ /smplanner|Xvfb/ {print \$1}') 2>/dev/null || true"
cp "$root/root/screenshot.png" ./screenshot.png

echo "== a double-click on a plan, as in a file manager"
# On a desktop these tools are there before smplanner: installing again registers the
# plan type and the menu entry with them, as on a user's machine.
in_root "cd /root/pkg && ./smplanner-*/install.sh >/dev/null"
in_root "gio info -a standard::content-type /root/Client.smplan | grep -q application/x-smplanner"
cat > "$root/root/double_click.sh" <<'SCRIPT'
rm -f /root/.Client.smplan.lock
Xvfb :8 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
DISPLAY=:8 gio open /root/Client.smplan >/dev/null 2>&1 &
n=0
# The plan's lock file names the process that opened it: written by another process,
# so there is nothing to wait on but the file itself.
until pid=$(sed -n 's/.*"pid": *\([0-9]*\).*/\1/p' /root/.Client.smplan.lock 2>/dev/null) && [ -n "$pid" ]; do
  n=$((n + 1)); [ $n -lt 120 ] || { echo "the double-click did not open the plan in 60 s"; exit 1; }
  sleep 0.5
done
program=$(readlink -f "/proc/$pid/exe")
kill "$pid" "$xvfb" 2>/dev/null || true
[ "$program" = /root/.local/lib/smplanner/smplanner ] || { echo "the plan was opened by $program"; exit 1; }
echo "the double-clicked plan was opened by the installed smplanner ($program)"
SCRIPT
in_root "sh /root/double_click.sh"
echo "fresh system check passed: screenshot.png shows the window, and a double-click opens a plan"
