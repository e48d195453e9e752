"""Images and videos kept in the plan file: attach a file (stored once per content,
whatever its name or how many posts use it), read what the previews, cards and
checks need, write a medium back out as a file (exports).

The window decodes pictures (Qt) and hands their size and thumbnail in; the core
reads videos' length from the file itself (domain/plan_media.mp4_facts).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from smplanner.domain.plan_media import LINK_ABOVE_BYTES, media_ref, mp4_facts, parse_ref, sha256_of
from smplanner.domain.post_limits import MediaFacts, media_kind
from smplanner.errors import UserError
from smplanner.messages import Message
from smplanner.storage import media_repo
from smplanner.storage.media_repo import MediaRow
from smplanner.storage.plan_file import PlanFile, now_iso


class MediaError(UserError, ValueError):
    """A file that cannot be attached (the message names it and says what to do)."""


@dataclass(frozen=True)
class Picture:
    """What the window measured of an image: its size and a small JPEG of it."""

    width: int
    height: int
    thumbnail: bytes | None = None


@dataclass(frozen=True)
class AttachedMedia:
    ref: str  # what the post stores: "media:<sha256>/<name>"
    name: str
    kind: str
    size: int
    inside: bool  # False: a large video kept as a link to the file beside the plan
    seconds: float | None = None


def attach_file(plan: PlanFile, path: Path, picture: Picture | None = None) -> AttachedMedia:
    """Keep ``path`` in the plan (once per content: the same bytes under another name
    are the same medium) and return the reference a post stores.

    A video over LINK_ABOVE_BYTES stays beside the plan: only its path, size and
    length are stored (``inside`` False), and the window says so.
    """
    kind = media_kind(path.name)
    if kind is None:
        raise MediaError(
            Message(
                "{name}: smplanner takes images, GIFs, videos and PDF documents "
                "(JPEG, PNG, WebP, HEIC, GIF, MP4, MOV, PDF…), not .{suffix} files.",
                name=path.name,
                suffix=path.suffix.lstrip(".") or "?",
            )
        )
    try:
        with path.open("rb") as stream:
            sha, size = sha256_of(stream)
            stream.seek(0)
            video = mp4_facts(stream) if kind == "video" else None
        inside = not (kind == "video" and size > LINK_ABOVE_BYTES)
        data = path.read_bytes() if inside else None
    except OSError as error:
        raise MediaError(
            Message(
                "{name}: the file cannot be read ({reason}); check that it is still there.",
                name=path.name,
                reason=error.strerror or str(error),
            )
        ) from error
    width = picture.width if picture else (video.width if video else None)
    height = picture.height if picture else (video.height if video else None)
    row: dict[str, object] = {
        "sha256": sha,
        "name": path.name,
        "kind": kind,
        "size": size,
        "width": width,
        "height": height,
        "seconds": video.seconds if video else None,
        "data": data,
        "linked_path": None if inside else _link_to(plan, path),
        "thumbnail": picture.thumbnail if picture else None,
        "created_at": now_iso(),
    }
    with plan.transaction():
        media_repo.insert_media(plan.conn, row)
    stored = media_repo.select_media(plan.conn, [sha])[sha]
    return AttachedMedia(
        media_ref(sha, path.name), path.name, kind, size, stored.linked_path is None, stored.seconds
    )


def _link_to(plan: PlanFile, path: Path) -> str:
    """The file's path relative to the plan's folder when it is under it (the pair
    then moves together), else absolute."""
    folder = Path(plan.path).resolve().parent
    target = path.resolve()
    try:
        return str(target.relative_to(folder))
    except ValueError:
        return str(target)


def stored_media(plan: PlanFile, refs: Iterable[str]) -> dict[str, MediaRow]:
    """The stored media among ``refs``, by reference (paths and addresses left out)."""
    parsed = {ref: parse_ref(ref) for ref in refs}
    rows = media_repo.select_media(plan.conn, (p[0] for p in parsed.values() if p))
    return {ref: rows[p[0]] for ref, p in parsed.items() if p and p[0] in rows}


def media_facts(plan: PlanFile, refs: Sequence[str]) -> list[MediaFacts]:
    """What the limits check needs of each medium (kind, and a video's length)."""
    stored = stored_media(plan, refs)
    facts = []
    for ref in refs:
        row = stored.get(ref)
        if row is None:
            facts.append(MediaFacts.of(ref))
        else:
            # The ref names its file; size and width for the networks' file limits.
            facts.append(MediaFacts(ref, row.kind, row.seconds, row.size, row.width))
    return facts


def all_media_facts(plan: PlanFile) -> dict[str, MediaFacts]:
    """What the checks need of every medium kept in the plan, by the references posts
    use (one small query: a row per medium, no bytes read)."""
    rows = media_repo.select_all_media(plan.conn)
    return {
        media_ref(row.sha256, row.name): MediaFacts(
            media_ref(row.sha256, row.name), row.kind, row.seconds, row.size, row.width
        )
        for row in rows
    }


def media_bytes(plan: PlanFile, ref: str) -> bytes | None:
    """The medium's bytes: from the plan, or from the linked file beside it; None when
    the reference is unknown or the linked file is gone."""
    parsed = parse_ref(ref)
    if parsed is None:
        return None
    data = media_repo.media_data(plan.conn, parsed[0])
    if data is not None:
        return data
    row = media_repo.select_media(plan.conn, [parsed[0]]).get(parsed[0])
    if row is None or row.linked_path is None:
        return None
    linked = linked_file(plan, row)
    return linked.read_bytes() if linked is not None else None


def linked_file(plan: PlanFile, row: MediaRow) -> Path | None:
    """Where a linked video is, if it is still there."""
    if row.linked_path is None:
        return None
    path = Path(row.linked_path)
    if not path.is_absolute():
        path = Path(plan.path).resolve().parent / path
    return path if path.is_file() else None


def thumbnail(plan: PlanFile, ref: str) -> bytes | None:
    parsed = parse_ref(ref)
    return media_repo.media_thumbnail(plan.conn, parsed[0]) if parsed else None


def write_media_file(plan: PlanFile, ref: str, folder: Path) -> Path | None:
    """Write a stored medium into ``folder`` under its name (a number added when the
    name is taken by other bytes); the path written, or None if it has no bytes."""
    parsed = parse_ref(ref)
    data = media_bytes(plan, ref)
    if parsed is None or data is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(parsed[1]).name or parsed[0][:12]
    target = folder / name
    number = 1
    while target.exists() and target.read_bytes() != data:
        number += 1
        target = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, target)
    return target
