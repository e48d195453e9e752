"""The drag-and-drop payload: a typed MIME type carrying post ids and their plan (JSON).

Post ids are only unique inside one plan file, and two windows (or two running
smplanners) may show two plans: the payload names the plan it was dragged from,
and a window takes only the posts of its own plan.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData

POST_IDS_MIME = "application/x-smplanner-post-ids"


def plan_key(path: Path | str) -> str:
    """What names one open plan in a drag: its file, as an absolute path."""
    return str(Path(path).resolve())


def encode_post_ids(ids: list[int], plan: str = "") -> QMimeData:
    data = QMimeData()
    payload = {"plan": plan, "post_ids": ids}
    data.setData(POST_IDS_MIME, json.dumps(payload).encode("utf-8"))
    return data


def decode_post_ids(data: QMimeData, plan: str = "") -> list[int]:
    """Post ids carried by ``data`` if dragged from ``plan``; else (another plan's posts,
    not ours, malformed) []."""
    if not data.hasFormat(POST_IDS_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(POST_IDS_MIME).data()).decode("utf-8"))
        if payload.get("plan", "") != plan:
            return []
        return [int(i) for i in payload["post_ids"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return []
