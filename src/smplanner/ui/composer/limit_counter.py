"""The composer's live counter: the post measured against its network's limits.

"231 / 280 characters · 2 / 5 hashtags · 1 / 4 media", a figure over its limit in
red, the source of every limit in the tooltip (networks change their figures: the
community manager can check the page).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from smplanner.domain import post_limits as pl
from smplanner.domain.networks import network
from smplanner.domain.post_limits import LimitCheck, MediaFacts

OVER_COLOUR = "#C62828"  # red that stays readable on light and dark backgrounds

_UNITS = {
    pl.TEXT: QT_TRANSLATE_NOOP("LimitCounter", "%1 / %2 characters"),
    pl.HASHTAGS: QT_TRANSLATE_NOOP("LimitCounter", "%1 / %2 hashtags"),
    pl.TITLE: QT_TRANSLATE_NOOP("LimitCounter", "title %1 / %2"),
    pl.MEDIA: QT_TRANSLATE_NOOP("LimitCounter", "%1 / %2 media"),
    pl.VIDEOS: QT_TRANSLATE_NOOP("LimitCounter", "%1 / %2 videos"),
    pl.VIDEO_SECONDS: QT_TRANSLATE_NOOP("LimitCounter", "video %1 / %2 s"),
    pl.MEDIA_BYTES: QT_TRANSLATE_NOOP("LimitCounter", "file %1 / %2 MB"),
    pl.IMAGE_WIDTH: QT_TRANSLATE_NOOP("LimitCounter", "image %1 px wide, at least %2"),
}
_IN_MEGABYTES = (pl.MEDIA_BYTES,)
_PROBLEMS = {
    pl.MEDIA_REQUIRED: QT_TRANSLATE_NOOP("LimitCounter", "an image or a video is needed"),
    pl.MEDIA_KIND: QT_TRANSLATE_NOOP("LimitCounter", "files the network does not take: %1"),
}
_KIND_NAMES = {
    "image": QT_TRANSLATE_NOOP("LimitCounter", "images"),
    "gif": QT_TRANSLATE_NOOP("LimitCounter", "GIFs"),
    "video": QT_TRANSLATE_NOOP("LimitCounter", "videos"),
    "document": QT_TRANSLATE_NOOP("LimitCounter", "documents"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("LimitCounter", str(text))


def _number(value: float) -> str:
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def check_text(check: LimitCheck) -> str:
    """One counter in words: '283 / 280 characters', 'an image or a video is needed'."""
    if check.what in _UNITS:
        scale = 1_000_000 if check.what in _IN_MEGABYTES else 1
        value, limit = check.value / scale, check.limit / scale
        if scale > 1:  # 5.4 / 5 MB: one decimal, never "5 / 5" for a file just over
            value, limit = round(value, 1), round(limit, 1)
        return _tr(_UNITS[check.what]).replace("%1", _number(value)).replace("%2", _number(limit))
    kinds = ", ".join(
        _tr(_KIND_NAMES[kind]) if kind in _KIND_NAMES else kind
        for kind in check.detail.split(", ")
        if kind
    )
    return _tr(_PROBLEMS.get(check.what, check.what)).replace("%1", kinds)


class LimitCounter(QLabel):
    """Counters for one network; ``checks`` holds the last measure (for the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.checks: list[LimitCheck] = []

    def measure(
        self,
        network_id: str,
        text: str,
        *,
        hashtags: str = "",
        link: str = "",
        title: str = "",
        media: Sequence[MediaFacts] = (),
    ) -> None:
        """Measure the post again and show it (called on every keystroke: microseconds)."""
        self.checks = pl.measure(
            network_id, text, hashtags=hashtags, link=link, title=title, media=media
        )
        parts = []
        for check in self.checks:
            if check.what in _PROBLEMS and not check.over:
                continue  # "media required" and "media kind" are said only when broken
            words = html.escape(check_text(check))
            if check.over:
                words = f'<b style="color:{OVER_COLOUR}">{words}</b>'
            parts.append(words)
        name = html.escape(network(network_id).name) if network_id else ""
        joined = " · ".join(parts)
        self.setText(
            QCoreApplication.translate("LimitCounter", "%1: %2")
            .replace("%2", joined)
            .replace("%1", name)
            if parts
            else ""
        )
        self.setToolTip(self._sources())

    def over_limits(self) -> list[LimitCheck]:
        return [check for check in self.checks if check.over]

    def _sources(self) -> str:
        lines = [
            QCoreApplication.translate("LimitCounter", "Limits as each network publishes them:")
        ]
        for check in self.checks:
            lines.append(f"{check_text(check)} — {check.source}")
        return "\n".join(lines) if self.checks else ""
