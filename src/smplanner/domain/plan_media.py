"""Media kept inside the plan, as posts refer to them, and what a video file says of
itself (length, size) without a decoder. No Qt, no SQL.

A post's media list holds local paths and web addresses (as before) or references
to media stored in the plan: "media:<sha256>/<file name>". The name stays in the
reference so that whatever reads a post (exports, limits) still sees "galette.jpg".
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

PREFIX = "media:"
# Videos larger than this stay beside the plan as a link (a 2 GB rush would make every
# Save As and backup of the plan 2 GB); everything else goes inside the plan.
LINK_ABOVE_BYTES = 100 * 1024 * 1024


def media_ref(sha256: str, name: str) -> str:
    """The reference a post stores for a medium kept in the plan."""
    return f"{PREFIX}{sha256}/{Path(name).name}"


def parse_ref(ref: str) -> tuple[str, str] | None:
    """(sha256, name) of a plan-media reference; None for a path or a web address."""
    if not ref.startswith(PREFIX):
        return None
    sha, _, name = ref[len(PREFIX) :].partition("/")
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        return None
    return sha, name


def sha256_of(stream: BinaryIO, chunk: int = 1 << 20) -> tuple[str, int]:
    """(hex digest, size) of a file read in chunks (never whole in memory)."""
    digest = hashlib.sha256()
    size = 0
    while block := stream.read(chunk):
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class VideoFacts:
    seconds: float | None
    width: int | None
    height: int | None


def mp4_facts(stream: BinaryIO) -> VideoFacts | None:
    """Length and picture size of an MP4/MOV file from its 'moov' box (mvhd, tkhd);
    None when the file is not one. Reads only the boxes' headers it walks past."""
    seconds: float | None = None
    size: tuple[int, int] | None = None

    def walk(end: int | None, depth: int) -> None:
        nonlocal seconds, size
        while end is None or stream.tell() + 8 <= end:
            start = stream.tell()
            header = stream.read(8)
            if len(header) < 8:
                return
            length, kind = struct.unpack(">I4s", header)
            if length == 1:
                length = struct.unpack(">Q", stream.read(8))[0]
            elif length == 0:
                length = (end or start + 8) - start if end is not None else 1 << 62
            if length < 8:
                return
            box_end = start + length
            if kind in (b"moov", b"trak") and depth < 3:
                walk(box_end, depth + 1)
            elif kind == b"mvhd":
                version = stream.read(1)[0]
                stream.read(3)
                if version == 1:
                    _, _, scale, duration = struct.unpack(">QQIQ", stream.read(28))
                else:
                    _, _, scale, duration = struct.unpack(">IIII", stream.read(16))
                seconds = duration / scale if scale else None
            elif kind == b"tkhd" and size is None:
                version = stream.read(1)[0]
                stream.read(3)
                stream.read(32 if version == 1 else 20)  # times, track id, duration
                stream.read(8 + 4 + 4 + 36)  # reserved, layer/group, volume, matrix
                width, height = struct.unpack(">II", stream.read(8))
                if width and height:
                    size = (width >> 16, height >> 16)
            stream.seek(box_end)

    try:
        first = stream.read(8)
        if len(first) < 8 or first[4:8] not in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
            return None
        stream.seek(0)
        walk(None, 0)
    except (struct.error, IndexError, OSError, OverflowError, ValueError):
        return None
    if seconds is None and size is None:
        return None
    return VideoFacts(seconds, size[0] if size else None, size[1] if size else None)
