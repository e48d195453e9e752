"""YouTube Analytics API v2 (channel and video reports) plus the Data API for titles.

From Google's public reference: GET /v2/reports with ids=channel==MINE, startDate and
endDate inclusive, metrics, dimensions (day, video), paging by startIndex/maxResults;
the answer is a result table whose ``rows`` are absent when there is no data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import httpx

from smplanner.domain import stat_records as m
from smplanner.domain.networks import NetworkId
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.messages import Message
from smplanner.online.errors import UnexpectedResponseError
from smplanner.online.http_session import (
    OTHER,
    PERMISSION,
    RATE,
    SERVER,
    TOKEN,
    ApiSession,
    Failure,
)

YOUTUBE = NetworkId.YOUTUBE
PAGE_SIZE = 200  # the largest maxResults the video dimension accepts
MAX_PAGES = 1000
VIDEOS_PER_DATA_CALL = 50

# YouTube Analytics metric -> (metric id, factor to smplanner's unit)
DAY_METRICS = {
    "views": (m.VIEWS, 1.0),
    "estimatedMinutesWatched": (m.WATCH_TIME_SECONDS, 60.0),
    "averageViewDuration": (m.AVERAGE_WATCH_SECONDS, 1.0),
    "subscribersGained": (m.NEW_FOLLOWERS, 1.0),
    "subscribersLost": (m.UNFOLLOWS, 1.0),
    "likes": (m.LIKES, 1.0),
    "comments": (m.COMMENTS, 1.0),
    "shares": (m.SHARES, 1.0),
}
# A video's: the same, but subscribers are the channel's, not a video's.
VIDEO_METRICS = {
    name: metric for name, metric in DAY_METRICS.items() if not name.startswith("subscribers")
}
_RATE_REASONS = {
    "quotaExceeded",
    "rateLimitExceeded",
    "userRateLimitExceeded",
    "dailyLimitExceeded",
}
_PERMISSION_REASONS = {"forbidden", "insufficientPermissions", "accessNotConfigured"}


def classify(status: int, body: Any, headers: httpx.Headers) -> Failure:
    """Read a Google API error: {"error": {"code", "message", "errors": [{"reason"}]}}."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    message = str(error.get("message") or f"HTTP {status}")[:200]
    reasons = {
        str(item.get("reason"))
        for item in error.get("errors") or []
        if isinstance(item, dict) and item.get("reason")
    }
    detail = f"{', '.join(sorted(reasons))}: {message}" if reasons else message
    if status == 401:
        return Failure(TOKEN, detail)
    if status == 429 or reasons & _RATE_REASONS:
        return Failure(RATE, detail)
    if status == 403 or reasons & _PERMISSION_REASONS:
        return Failure(PERMISSION, detail)
    if status >= 500:
        return Failure(SERVER, detail)
    return Failure(OTHER, detail)


class YouTubeAnalyticsClient:
    """Reports for the channel the token belongs to (ids=channel==MINE)."""

    def __init__(self, analytics: ApiSession, data: ApiSession | None = None) -> None:
        self.analytics = analytics
        self.data = data

    def _rows(self, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Rows as {column name: value} over every page of a report."""
        start_index = 1
        for _ in range(MAX_PAGES):
            body = self.analytics.get_json(
                "/v2/reports",
                {**params, "startIndex": str(start_index), "maxResults": str(PAGE_SIZE)},
            )
            headers = body.get("columnHeaders") if isinstance(body, dict) else None
            if not isinstance(headers, list):
                raise UnexpectedResponseError(
                    "YouTube",
                    self.analytics.account_name,
                    Message(
                        "YouTube sent a report in an unknown shape; smplanner may need an update."
                    ),
                )
            names = [str(header.get("name")) for header in headers if isinstance(header, dict)]
            rows = body.get("rows") or []  # absent when there is no data
            for row in rows:
                if isinstance(row, list) and len(row) == len(names):
                    yield dict(zip(names, row, strict=True))
            if len(rows) < PAGE_SIZE:
                return
            start_index += PAGE_SIZE

    def channel_daily(self, account: str, since: date, until: date) -> list[DailyValue]:
        """The channel's daily figures; the last days may be missing (they lag)."""
        params = {
            "ids": "channel==MINE",
            "startDate": since.isoformat(),
            "endDate": until.isoformat(),
            "metrics": ",".join(DAY_METRICS),
            "dimensions": "day",
            "sort": "day",
        }
        values = []
        for row in self._rows(params):
            day = date.fromisoformat(str(row["day"]))
            for name, (metric, factor) in DAY_METRICS.items():
                figure = row.get(name)
                if isinstance(figure, int | float) and not isinstance(figure, bool):
                    values.append(DailyValue(YOUTUBE, account, day, metric, figure * factor))
        return values

    def videos(self, account: str, since: date, until: date) -> list[StatPost]:
        """The most viewed videos of the period with their figures (and titles, dates)."""
        params = {
            "ids": "channel==MINE",
            "startDate": since.isoformat(),
            "endDate": until.isoformat(),
            "metrics": ",".join(VIDEO_METRICS),
            "dimensions": "video",
            "sort": "-views",
        }
        found: dict[str, dict[str, float]] = {}
        for row in self._rows(params):
            video_id = str(row.get("video") or "")
            if not video_id:
                continue
            found[video_id] = {
                metric: float(row[name]) * factor
                for name, (metric, factor) in VIDEO_METRICS.items()
                if isinstance(row.get(name), int | float)
            }
        snippets = self._snippets(list(found))
        posts = []
        for video_id, metrics in found.items():
            title, published = snippets.get(video_id, (None, None))
            posts.append(
                StatPost(
                    network=YOUTUBE,
                    account=account,
                    external_id=video_id,
                    link=f"https://www.youtube.com/watch?v={video_id}",
                    published_at=published,
                    text=title,
                    post_type="video",
                    metrics=metrics,
                )
            )
        return posts

    def _snippets(self, video_ids: list[str]) -> dict[str, tuple[str | None, datetime | None]]:
        """Titles and publication times from the Data API (videos.list, 50 ids a call)."""
        if self.data is None:
            return {}
        found: dict[str, tuple[str | None, datetime | None]] = {}
        for start in range(0, len(video_ids), VIDEOS_PER_DATA_CALL):
            chunk = video_ids[start : start + VIDEOS_PER_DATA_CALL]
            body = self.data.get_json("/videos", {"part": "snippet", "id": ",".join(chunk)})
            items = body.get("items") if isinstance(body, dict) else None
            for item in items or []:
                snippet = item.get("snippet") if isinstance(item, dict) else None
                if not isinstance(snippet, dict):
                    continue
                published = snippet.get("publishedAt")
                found[str(item.get("id"))] = (
                    snippet.get("title"),
                    datetime.fromisoformat(published.replace("Z", "+00:00"))
                    if isinstance(published, str)
                    else None,
                )
        return found
