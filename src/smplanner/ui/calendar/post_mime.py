"""The drag-and-drop payload: a typed MIME type carrying post ids (JSON)."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

POST_IDS_MIME = "application/x-smplanner-post-ids"


def encode_post_ids(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(POST_IDS_MIME, json.dumps({"post_ids": ids}).encode("utf-8"))
    return data


def decode_post_ids(data: QMimeData) -> list[int]:
    """Post ids carried by ``data``, or [] if it is not ours or is malformed."""
    if not data.hasFormat(POST_IDS_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(POST_IDS_MIME).data()).decode("utf-8"))
        return [int(i) for i in payload["post_ids"]]
    except (ValueError, KeyError, TypeError):
        return []
