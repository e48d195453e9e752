"""Meta Graph API: Facebook Page and Instagram professional account statistics.

Written from Meta's public reference (Page Insights, Instagram User/Media Insights,
2025-2026): the metrics removed on 2025-11-15 (page_impressions*, page_fans*,
post_impressions*) and Instagram's ``impressions`` (2025-04-21) are not asked for.
Figures map onto the same metric ids as the Meta Business Suite exports, so that a
refresh and an import of the same days land on the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, timedelta
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

FACEBOOK = NetworkId.FACEBOOK
INSTAGRAM = NetworkId.INSTAGRAM
MAX_DAYS_PER_CALL = 90  # Page Insights refuses longer since/until windows
MAX_PAGES = 1000  # a paging loop that never ends is a server bug, not data

PAGE_METRICS = {
    "page_media_view": m.VIEWS,
    "page_total_media_view_unique": m.REACH,
    "page_post_engagements": m.ENGAGEMENTS,
    "page_views_total": m.PROFILE_VIEWS,
    "page_follows": m.FOLLOWERS,
    "page_daily_follows_unique": m.NEW_FOLLOWERS,
    "page_daily_unfollows_unique": m.UNFOLLOWS,
    "page_video_views": m.VIDEO_VIEWS,
    "page_total_actions": m.CLICKS,
}
POST_METRICS = {
    "post_media_view": m.VIEWS,
    "post_total_media_view_unique": m.REACH,
    "post_clicks": m.CLICKS,
    "post_clicks_by_type": m.LINK_CLICKS,  # its "link clicks" entry
    "post_reactions_by_type_total": m.REACTIONS,  # the sum over reaction types
}
INSTAGRAM_DAY_SERIES = {"reach": m.REACH, "follower_count": m.NEW_FOLLOWERS}
INSTAGRAM_DAY_TOTALS = {
    "views": m.VIEWS,
    "total_interactions": m.INTERACTIONS,
    "likes": m.LIKES,
    "comments": m.COMMENTS,
    "shares": m.SHARES,
    "saves": m.SAVES,
    "profile_views": m.PROFILE_VIEWS,
}
_FEED = {
    "reach": m.REACH,
    "likes": m.LIKES,
    "comments": m.COMMENTS,
    "shares": m.SHARES,
    "saved": m.SAVES,
    "views": m.VIEWS,
    "total_interactions": m.INTERACTIONS,
}
# A metric the media type lacks fails the whole call: ask per type.
INSTAGRAM_MEDIA_METRICS = {
    "FEED": _FEED,
    "REELS": {
        **_FEED,
        "ig_reels_avg_watch_time": m.AVERAGE_WATCH_SECONDS,
        "ig_reels_video_view_total_time": m.WATCH_TIME_SECONDS,
    },
    "STORY": {"reach": m.REACH},
}
_MILLISECOND_METRICS = {"ig_reels_avg_watch_time", "ig_reels_video_view_total_time"}
_RATE_CODES = {4, 17, 32, 341, 613, 80001}


def classify(status: int, body: Any, headers: httpx.Headers) -> Failure:
    """Read a Graph API error: {"error": {"message", "type", "code", "error_subcode"}}."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code = error.get("code")
    code = code if isinstance(code, int) else None
    message = str(error.get("message") or f"HTTP {status}")[:200]
    detail = f"code {code}: {message}" if code is not None else message
    if code == 190 or status == 401:
        return Failure(TOKEN, detail)
    if code in _RATE_CODES or status == 429:
        return Failure(RATE, detail, _regain_access_seconds(headers))
    if code == 10 or (code is not None and 200 <= code <= 299) or status == 403:
        return Failure(PERMISSION, detail)
    if status >= 500 or error.get("is_transient") is True:
        return Failure(SERVER, detail)
    return Failure(OTHER, detail)


def _regain_access_seconds(headers: httpx.Headers) -> float | None:
    """X-Business-Use-Case-Usage's estimated_time_to_regain_access (minutes)."""
    try:
        usage = json.loads(headers.get("X-Business-Use-Case-Usage", "{}"))
        minutes = [
            float(entry.get("estimated_time_to_regain_access") or 0)
            for entries in usage.values()
            for entry in entries
        ]
    except (ValueError, AttributeError, TypeError):
        return None
    longest = max(minutes, default=0.0)
    return longest * 60 if longest > 0 else None


def _windows(since: date, until: date) -> Iterator[tuple[date, date]]:
    start = since
    while start <= until:
        end = min(until, start + timedelta(days=MAX_DAYS_PER_CALL - 1))
        yield start, end
        start = end + timedelta(days=1)


def _period_day(end_time: str) -> date:
    # A daily value's end_time is the end of its day (midnight, Pacific time, in UTC):
    # the day it counts is the one before.
    return (datetime.fromisoformat(end_time.replace("+0000", "+00:00")) - timedelta(days=1)).date()


def _number(value: Any, name: str) -> float | None:
    """A metric's value: a number, or a dict summed (reactions/clicks by type)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dict):
        if name == "post_clicks_by_type":
            return float(value.get("link clicks", 0)) if "link clicks" in value else None
        numbers = [v for v in value.values() if isinstance(v, int | float)]
        return float(sum(numbers)) if numbers else None
    return None


def export_post_id(page_id: str, graph_id: str) -> str:
    """The id Meta Business Suite exports show for a Page post.

    The Graph API names a Page post "{page-id}_{post-id}"; the exports give the
    second part alone, and both must land on the same row.
    """
    prefix = f"{page_id}_"
    return graph_id[len(prefix) :] if graph_id.startswith(prefix) else graph_id


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("+0000", "+00:00"))


class MetaGraphClient:
    """Calls for one Page or Instagram account, through one ApiSession."""

    def __init__(self, session: ApiSession, version: str) -> None:
        self.session = session
        self.version = version

    def _path(self, node: str, edge: str = "") -> str:
        return f"/{self.version}/{node}" + (f"/{edge}" if edge else "")

    def paged(self, path: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Items of ``data`` over every page, following ``paging.next`` until absent."""
        url: str | None = path
        query: dict[str, str] | None = params
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            if url is None:
                return
            body = self.session.get_json(url, query)
            if not isinstance(body, dict) or not isinstance(body.get("data", []), list):
                raise UnexpectedResponseError(
                    self.session.network_name,
                    self.session.account_name,
                    Message(
                        "{network} sent statistics in an unknown shape; "
                        "smplanner may need an update.",
                        network=self.session.network_name,
                    ),
                )
            yield from (item for item in body.get("data", []) if isinstance(item, dict))
            paging = body.get("paging")
            following = paging.get("next") if isinstance(paging, dict) else None
            # An empty page may still point to the next one; a repeated link would loop.
            if not isinstance(following, str) or following in seen:
                return
            seen.add(following)
            url, query = following, None

    def _insight_values(
        self, node: str, metrics: Mapping[str, str], params: dict[str, str]
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in self.paged(
            self._path(node, "insights"), {"metric": ",".join(metrics), **params}
        ):
            name = str(item.get("name", ""))
            if name in metrics:
                for value in item.get("values") or []:
                    if isinstance(value, dict):
                        yield name, value

    def _daily(
        self,
        network: str,
        account: str,
        node: str,
        metrics: Mapping[str, str],
        since: date,
        until: date,
        extra: dict[str, str],
    ) -> list[DailyValue]:
        found: dict[tuple[date, str], float] = {}
        for start, end in _windows(since, until):
            params = {
                "period": "day",
                "since": start.isoformat(),
                "until": (end + timedelta(days=1)).isoformat(),
                **extra,
            }
            for name, value in self._insight_values(node, metrics, params):
                number = _number(value.get("value"), name)
                end_time = value.get("end_time")
                if number is None or not isinstance(end_time, str):
                    continue  # missing data is absent, never 0
                day = _period_day(end_time)
                if since <= day <= until:
                    found[(day, metrics[name])] = number
        return [
            DailyValue(network=network, account=account, day=day, metric=metric, value=value)
            for (day, metric), value in sorted(found.items())
        ]

    # ------------------------------------------------------------------ Facebook Page

    def page_daily(self, page_id: str, account: str, since: date, until: date) -> list[DailyValue]:
        """The Page's daily figures from ``since`` to ``until`` inclusive."""
        return self._daily(FACEBOOK, account, page_id, PAGE_METRICS, since, until, {})

    def page_posts(
        self,
        page_id: str,
        account: str,
        since: date,
        until: date,
        on_post: Callable[[int], None] | None = None,
    ) -> list[StatPost]:
        """Posts published in the period, each with its lifetime metrics."""
        params = {
            "fields": "id,message,created_time,permalink_url,shares,"
            "comments.summary(true).limit(0)",
            "since": since.isoformat(),
            "until": (until + timedelta(days=1)).isoformat(),
            "limit": "100",
        }
        posts = []
        for number, item in enumerate(self.paged(self._path(page_id, "posts"), params), 1):
            post_id = str(item.get("id") or "")
            if not post_id:
                continue
            metrics: dict[str, float] = {
                POST_METRICS[name]: figure
                for name, figure in self._lifetime_figures(
                    post_id, POST_METRICS, {"period": "lifetime"}
                )
            }
            shares = item.get("shares")
            if isinstance(shares, dict) and isinstance(shares.get("count"), int):
                metrics[m.SHARES] = float(shares["count"])
            comments = item.get("comments")
            summary = comments.get("summary") if isinstance(comments, dict) else None
            if isinstance(summary, dict) and isinstance(summary.get("total_count"), int):
                metrics[m.COMMENTS] = float(summary["total_count"])
            posts.append(
                StatPost(
                    network=FACEBOOK,
                    account=account,
                    external_id=export_post_id(page_id, post_id),
                    link=item.get("permalink_url"),
                    published_at=_timestamp(item.get("created_time")),
                    text=item.get("message"),
                    metrics=metrics,
                )
            )
            if on_post is not None:
                on_post(number)
        return posts

    # ------------------------------------------------------------------ Instagram

    def instagram_daily(
        self, user_id: str, account: str, since: date, until: date
    ) -> list[DailyValue]:
        """Daily series (reach, new followers) plus per-day totals (views, likes...)."""
        values = self._daily(INSTAGRAM, account, user_id, INSTAGRAM_DAY_SERIES, since, until, {})
        day = since
        while day <= until:
            params = {
                "period": "day",
                "metric_type": "total_value",
                "since": day.isoformat(),
                "until": (day + timedelta(days=1)).isoformat(),
            }
            for name, value in self._lifetime_figures(user_id, INSTAGRAM_DAY_TOTALS, params):
                values.append(
                    DailyValue(INSTAGRAM, account, day, INSTAGRAM_DAY_TOTALS[name], value)
                )
            day += timedelta(days=1)
        return values

    def _lifetime_figures(
        self, node: str, metrics: Mapping[str, str], params: dict[str, str]
    ) -> Iterator[tuple[str, float]]:
        """One figure per metric, given as ``values[0].value`` or ``total_value.value``."""
        for item in self.paged(
            self._path(node, "insights"), {"metric": ",".join(metrics), **params}
        ):
            name = str(item.get("name", ""))
            if name not in metrics:
                continue
            total = item.get("total_value")
            values = item.get("values")
            if isinstance(total, dict):
                raw = total.get("value")
            elif isinstance(values, list) and values and isinstance(values[-1], dict):
                raw = values[-1].get("value")
            else:
                continue
            figure = _number(raw, name)
            if figure is not None:
                yield name, figure

    def instagram_media(
        self,
        user_id: str,
        account: str,
        since: date,
        until: date,
        on_post: Callable[[int], None] | None = None,
    ) -> list[StatPost]:
        """Media published in the period with the metrics their type has."""
        params = {
            "fields": "id,caption,media_type,media_product_type,permalink,timestamp",
            "since": since.isoformat(),
            "until": (until + timedelta(days=1)).isoformat(),
            "limit": "100",
        }
        posts = []
        for number, item in enumerate(self.paged(self._path(user_id, "media"), params), 1):
            media_id = str(item.get("id") or "")
            published = _timestamp(item.get("timestamp"))
            if not media_id or (published is not None and not since <= published.date() <= until):
                continue
            product = str(item.get("media_product_type") or "FEED").upper()
            wanted = INSTAGRAM_MEDIA_METRICS.get(product, _FEED)
            metrics: dict[str, float] = {
                wanted[name]: figure / 1000 if name in _MILLISECOND_METRICS else figure
                for name, figure in self._lifetime_figures(media_id, wanted, {})
            }
            posts.append(
                StatPost(
                    network=INSTAGRAM,
                    account=account,
                    external_id=media_id,
                    link=item.get("permalink"),
                    published_at=published,
                    text=item.get("caption"),
                    post_type=str(item.get("media_type") or "").lower() or None,
                    metrics=metrics,
                )
            )
            if on_post is not None:
                on_post(number)
        return posts
