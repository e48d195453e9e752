"""Is a plan on a network folder, where file locks cannot be trusted?

SQLite's own documentation warns that the locks it relies on are broken on many
network file systems (NFS, SMB/CIFS shares, sshfs...): two people opening the same
plan from two machines may then both write, and damage it. smplanner's own lock file
uses the same OS locks, so it cannot tell either. The window and ``check`` say so
plainly, and advise working on a copy on the computer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# File system types (Linux /proc/self/mountinfo) whose locks are not reliable across
# machines, named the way the user would recognise them.
NETWORK_TYPES = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "SMB",
    "smb3": "SMB",
    "smbfs": "SMB",
    "fuse.sshfs": "SSHFS",
    "9p": "9P",
    "afs": "AFS",
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "fuse.glusterfs": "GlusterFS",
    "davfs": "WebDAV",
    "fuse.davfs2": "WebDAV",
    "fuse.rclone": "rclone",
    "fuse.gvfsd-fuse": "GVFS",
}


def _unescape(field: str) -> str:
    # mountinfo writes spaces, tabs, newlines and backslashes in octal (\040...).
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def linux_filesystem(path: Path, mountinfo: str | None = None) -> str | None:
    """The file system type of the mount holding ``path`` (Linux), or None."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None
    target = str(Path(path).resolve())
    best, best_type = "", None
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if " - " not in line or len(fields) < 5:
            continue
        mount_point = _unescape(fields[4])
        after = line.split(" - ", 1)[1].split(" ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, after[0]
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(Path(path).resolve())
    if text.startswith("\\\\"):
        return True  # \\server\share
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    DRIVE_REMOTE = 4
    if sys.platform == "win32":  # ctypes.windll exists there only (mypy knows it)
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE)
    return False


def network_folder_kind(path: Path) -> str | None:
    """A name for the network file system ``path`` is on ("SMB"), or
    None when it is on this computer's own disks (or it cannot be told)."""
    try:
        if sys.platform == "win32":
            return "SMB" if _windows_remote(path) else None
        if sys.platform.startswith("linux"):
            kind = linux_filesystem(path)
            return NETWORK_TYPES.get(kind or "")
    except OSError:
        return None
    return None  # macOS: not told yet (statfs's f_fstypename is not in os)
