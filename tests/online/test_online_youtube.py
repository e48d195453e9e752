"""YouTube Analytics refresh against a local server shaped like the v2 reports API."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from smplanner.domain import stat_records as m
from smplanner.online import refresh
from smplanner.online.endpoints import Endpoints
from smplanner.online.errors import PermissionMissingError, RateLimitedError, TokenRejectedError
from smplanner.online.http_session import Cancellation, RetryPolicy
from smplanner.services import statistics_ingest, statistics_queries
from smplanner.services.statistics_refresh import store_refresh
from smplanner.storage.accounts_repo import Account
from smplanner.storage.plan_file import PlanFile
from tests.fake_api_server import FakeApiServer, Reply, Seen, running

TOKEN = "ya29.recognisable-youtube-token"
CHANNEL = Account(3, "youtube", "Boulangerie TV", "UCabc123", "u/youtube/UCabc123")
FIRST = date(2025, 6, 1)


def store(plan: PlanFile, fetched: refresh.FetchedStatistics) -> statistics_ingest.IngestResult:
    """What the accounts dialog does once the fetch is back: store it as one import."""
    return store_refresh(
        plan,
        fetched.account,
        fetched.since,
        fetched.until,
        posts=fetched.posts,
        daily=fetched.daily,
    )


@pytest.fixture
def api() -> Iterator[FakeApiServer]:
    with running() as server:
        yield server


def _fetch(api: FakeApiServer, since: date, until: date) -> refresh.FetchedStatistics:
    options = refresh.FetchOptions(
        endpoints=Endpoints(youtube_analytics=api.base_url, youtube_data=api.base_url + "/yt"),
        retry=RetryPolicy(attempts=3, base_delay=0.01),
        timeout=5,
    )
    return refresh.fetch_statistics(
        CHANNEL, since, until, cancellation=Cancellation(), options=options, token=TOKEN
    )


def _report(seen: Seen) -> Reply:
    if seen.query["dimensions"] == "video":
        return Reply(
            body={
                "kind": "youtubeAnalytics#resultTable",
                "columnHeaders": [
                    {"name": "video", "columnType": "DIMENSION", "dataType": "STRING"},
                    {"name": "views", "columnType": "METRIC", "dataType": "INTEGER"},
                    {"name": "likes", "columnType": "METRIC", "dataType": "INTEGER"},
                    {"name": "estimatedMinutesWatched", "columnType": "METRIC"},
                ],
                "rows": [["vid111", 5400, 120, 900], ["vid222", 300, 4, 20]],
            }
        )
    # 250 days: two pages of at most 200 rows, asked by startIndex.
    start = int(seen.query["startIndex"])
    size = int(seen.query["maxResults"])
    days = [FIRST + timedelta(days=i) for i in range(250)][start - 1 : start - 1 + size]
    body = {
        "kind": "youtubeAnalytics#resultTable",
        "columnHeaders": [
            {"name": "day", "columnType": "DIMENSION", "dataType": "STRING"},
            {"name": "views", "columnType": "METRIC", "dataType": "INTEGER"},
            {"name": "subscribersGained", "columnType": "METRIC", "dataType": "INTEGER"},
        ],
    }
    if days:
        body["rows"] = [[day.isoformat(), 100 + i, 2] for i, day in enumerate(days, start)]
    return Reply(body=body)


def test_a_channel_refresh_pages_through_days_and_names_the_videos(
    api: FakeApiServer, plan: PlanFile
) -> None:
    api.route("/v2/reports", _report)
    api.route(
        "/yt/videos",
        Reply(
            body={
                "items": [
                    {
                        "id": "vid111",
                        "snippet": {
                            "title": "La fournée du matin",
                            "publishedAt": "2025-06-03T06:15:00Z",
                        },
                    }
                ]
            }
        ),
    )
    fetched = _fetch(api, FIRST, FIRST + timedelta(days=249))
    store(plan, fetched)
    views = statistics_queries.daily_series(plan, "youtube", m.VIEWS)
    assert len(views) == 250 and views[0] == (FIRST, 101.0) and views[-1][1] == 350.0
    assert len(statistics_queries.daily_series(plan, "youtube", m.NEW_FOLLOWERS)) == 250
    starts = [s.query["startIndex"] for s in api.requests if s.query.get("dimensions") == "day"]
    assert starts == ["1", "201"]
    posts = {p.post.external_id: p.post for p in statistics_queries.stat_posts(plan, "youtube")}
    assert posts["vid111"].text == "La fournée du matin"
    assert posts["vid111"].metrics == {m.VIEWS: 5400, m.LIKES: 120, m.WATCH_TIME_SECONDS: 54000}
    assert posts["vid222"].published_at is None
    assert all(s.headers["authorization"] == f"Bearer {TOKEN}" for s in api.requests)
    assert all(TOKEN not in s.raw_url for s in api.requests)


def test_a_day_with_no_data_has_no_rows_and_stores_nothing(
    api: FakeApiServer, plan: PlanFile
) -> None:
    api.route(
        "/v2/reports",
        Reply(body={"kind": "youtubeAnalytics#resultTable", "columnHeaders": [{"name": "day"}]}),
    )
    api.route("/yt/videos", Reply(body={"items": []}))
    result = store(plan, _fetch(api, FIRST, FIRST))
    assert result.nothing_new


@pytest.mark.parametrize(
    ("status", "reason", "error"),
    [
        (401, "authError", TokenRejectedError),
        (403, "insufficientPermissions", PermissionMissingError),
        (403, "quotaExceeded", RateLimitedError),
    ],
)
def test_youtube_errors_say_what_to_do(
    api: FakeApiServer, status: int, reason: str, error: type[Exception]
) -> None:
    api.route(
        "/v2/reports",
        Reply(
            status,
            {
                "error": {
                    "code": status,
                    "message": f"Request failed: {reason}",
                    "errors": [{"message": "x", "domain": "global", "reason": reason}],
                    "status": "PERMISSION_DENIED",
                }
            },
        ),
    )
    with pytest.raises(error) as caught:
        _fetch(api, FIRST, FIRST)
    assert "Boulangerie TV" in str(caught.value)
