"""Facebook Page and Instagram refresh against a local server shaped like the Graph API."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from smplanner.domain import stat_records as m
from smplanner.domain.stat_records import DailyValue
from smplanner.online import refresh
from smplanner.online.endpoints import Endpoints
from smplanner.online.errors import (
    PermissionMissingError,
    RateLimitedError,
    RefreshCancelled,
    TokenRejectedError,
)
from smplanner.online.http_session import Cancellation, RetryPolicy
from smplanner.services import statistics_ingest, statistics_queries
from smplanner.services.statistics_refresh import store_refresh
from smplanner.storage.accounts_repo import Account
from smplanner.storage.plan_file import PlanFile
from tests.fake_api_server import FakeApiServer, Reply, Seen, running

TOKEN = "EAAGtest-recognisable-token-91b2"
PAGE = Account(1, "facebook", "Boulangerie Martin", "1029384756", "u/facebook/1029384756")
INSTA = Account(2, "instagram", "@boulangerie", "17841400000000001", "u/instagram/1784")
V = "v25.0"


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


def _options(api: FakeApiServer, attempts: int = 3) -> refresh.FetchOptions:
    return refresh.FetchOptions(
        endpoints=Endpoints(meta_graph=api.base_url, meta_graph_version=V),
        retry=RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=2),
        timeout=5,
    )


def _fetch(api: FakeApiServer, account: Account, since: date, until: date, **kw: object):  # type: ignore[no-untyped-def]
    return refresh.fetch_statistics(
        account,
        since,
        until,
        cancellation=kw.pop("cancellation", Cancellation()),  # type: ignore[arg-type]
        options=_options(api, **kw),  # type: ignore[arg-type]
        token=TOKEN,
    )


def _day_values(name: str, first: date, values: list[int]) -> dict[str, object]:
    # end_time is the end of the day counted (midnight Pacific, in UTC).
    return {
        "name": name,
        "period": "day",
        "values": [
            {"value": value, "end_time": f"{first + timedelta(days=i + 1)}T08:00:00+0000"}
            for i, value in enumerate(values)
        ],
        "title": name,
        "id": f"1029384756/insights/{name}/day",
    }


def _page_insights(api: FakeApiServer) -> None:
    first = date(2026, 3, 1)
    page_one = {
        "data": [_day_values("page_total_media_view_unique", first, [120, 80])],
        "paging": {
            "previous": f"{api.base_url}/{V}/1029384756/insights?access_token={TOKEN}&p=0",
            "next": f"https://graph.facebook.com/{V}/1029384756/insights?"
            f"access_token={TOKEN}&metric=x&page=2",
        },
    }
    page_two_empty = {
        "data": [],
        "paging": {"next": f"{api.base_url}/{V}/1029384756/insights?access_token={TOKEN}&page=3"},
    }
    page_three = {
        "data": [
            _day_values("page_follows", first, [1000, 1003]),
            _day_values("page_daily_follows_unique", first, [4, 3]),
        ]
    }

    def insights(seen: Seen) -> Reply:
        return Reply(
            body={"2": page_two_empty, "3": page_three}.get(seen.query.get("page", ""), page_one)
        )

    api.route(f"/{V}/1029384756/insights", insights)


def _page_posts(api: FakeApiServer) -> None:
    api.route(
        f"/{V}/1029384756/posts",
        Reply(
            body={
                "data": [
                    {
                        "id": "1029384756_555",
                        "message": "Galette des rois : commandez !",
                        "created_time": "2026-03-01T09:30:00+0000",
                        "permalink_url": "https://www.facebook.com/1029384756/posts/555",
                        "shares": {"count": 3},
                        "comments": {"data": [], "summary": {"total_count": 7}},
                    }
                ],
                "paging": {"cursors": {"before": "a", "after": "b"}},
            }
        ),
    )
    api.route(
        f"/{V}/1029384756_555/insights",
        Reply(
            body={
                "data": [
                    {"name": "post_media_view", "period": "lifetime", "values": [{"value": 900}]},
                    {
                        "name": "post_total_media_view_unique",
                        "period": "lifetime",
                        "values": [{"value": 640}],
                    },
                    {
                        "name": "post_reactions_by_type_total",
                        "period": "lifetime",
                        "values": [{"value": {"like": 30, "love": 5}}],
                    },
                    {
                        "name": "post_clicks_by_type",
                        "period": "lifetime",
                        "values": [{"value": {"link clicks": 12, "other clicks": 40}}],
                    },
                ]
            }
        ),
    )


def test_a_page_refresh_follows_paging_and_fills_the_series_like_an_import(
    api: FakeApiServer, plan: PlanFile, caplog: pytest.LogCaptureFixture
) -> None:
    _page_insights(api)
    _page_posts(api)
    caplog.set_level(logging.DEBUG)
    fetched = _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 2))
    result = store(plan, fetched)
    assert result.daily_added == 6 and result.posts_added == 1
    assert statistics_queries.daily_series(plan, "facebook", m.REACH) == [
        (date(2026, 3, 1), 120.0),
        (date(2026, 3, 2), 80.0),
    ]
    assert statistics_queries.daily_series(plan, "facebook", m.FOLLOWERS)[-1][1] == 1003.0
    [stored] = statistics_queries.stat_posts(plan, "facebook")
    assert stored.post.external_id == "555"  # as the Business Suite export names it
    assert stored.post.metrics == {
        m.VIEWS: 900,
        m.REACH: 640,
        m.REACTIONS: 35,
        m.LINK_CLICKS: 12,
        m.SHARES: 3,
        m.COMMENTS: 7,
    }
    # The token travels in the header only, never in a URL, nor in the log.
    assert all(TOKEN not in seen.raw_url for seen in api.requests)
    assert all(seen.headers["authorization"] == f"Bearer {TOKEN}" for seen in api.requests)
    assert [s.query.get("page") for s in api.requests[:3]] == [None, "2", "3"]
    assert TOKEN not in caplog.text


def test_refreshing_twice_or_after_an_import_adds_nothing_twice(
    api: FakeApiServer, plan: PlanFile
) -> None:
    _page_insights(api)
    _page_posts(api)
    statistics_ingest.ingest(
        plan,
        source_label="reach.csv",
        source_kind="meta_daily_series",
        daily=[DailyValue("facebook", "", date(2026, 3, 1), m.REACH, 120)],
    )
    first = store(plan, _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 2)))
    assert first.daily_unchanged == 1 and first.daily_added == 5
    again = store(plan, _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 2)))
    assert again.nothing_new
    assert len(statistics_queries.daily_series(plan, "facebook", m.REACH)) == 2


def test_long_periods_are_asked_in_windows_of_90_days(api: FakeApiServer) -> None:
    api.route(f"/{V}/1029384756/insights", Reply(body={"data": []}))
    api.route(f"/{V}/1029384756/posts", Reply(body={"data": []}))
    _fetch(api, PAGE, date(2026, 1, 1), date(2026, 6, 30))
    windows = [
        (s.query["since"], s.query["until"]) for s in api.requests if s.path.endswith("insights")
    ]
    assert windows == [
        ("2026-01-01", "2026-04-01"),
        ("2026-04-01", "2026-06-30"),
        ("2026-06-30", "2026-07-01"),
    ]


def test_rate_limits_and_server_errors_are_retried_with_back_off(api: FakeApiServer) -> None:
    limited = Reply(
        400, {"error": {"message": "(#4) Application request limit reached", "code": 4}}
    )
    api.route(
        f"/{V}/1029384756/insights",
        Reply(429, {"error": {"message": "Too many", "code": 17}}, {"Retry-After": "0"}),
        limited,
        Reply(503, raw=b"<html>Service Unavailable</html>"),
        Reply(body={"data": []}),
    )
    api.route(f"/{V}/1029384756/posts", Reply(body={"data": []}))
    _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 1), attempts=5)
    assert api.paths().count(f"/{V}/1029384756/insights") == 4


def test_a_rate_limit_that_lasts_is_reported_with_the_wait(api: FakeApiServer) -> None:
    usage = (
        '{"1029384756": [{"type": "pages", "call_count": 100,'
        ' "estimated_time_to_regain_access": 25}]}'
    )
    api.route(
        f"/{V}/1029384756/insights",
        Reply(
            400,
            {"error": {"message": "(#80001) There have been too many calls", "code": 80001}},
            {"X-Business-Use-Case-Usage": usage},
        ),
    )
    with pytest.raises(RateLimitedError) as caught:
        _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 1))
    assert "in about 25 minutes" in str(caught.value)
    assert len(api.requests) == 1  # not worth waiting 25 minutes in a retry loop


def test_an_expired_token_is_named_as_such(api: FakeApiServer) -> None:
    api.route(
        f"/{V}/1029384756/insights",
        Reply(
            401,
            {
                "error": {
                    "message": "Error validating access token: Session has expired on "
                    f"Tuesday. The token {TOKEN} is invalid.",
                    "type": "OAuthException",
                    "code": 190,
                    "error_subcode": 463,
                    "fbtrace_id": "AbC",
                }
            },
        ),
    )
    with pytest.raises(TokenRejectedError) as caught:
        _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 1))
    text = str(caught.value)
    assert "Boulangerie Martin" in text and "expired" in text and "Replace token" in text
    assert TOKEN not in text
    assert len(api.requests) == 1


def test_a_missing_permission_is_named_as_such(api: FakeApiServer) -> None:
    api.route(
        f"/{V}/1029384756/insights",
        Reply(
            403,
            {
                "error": {
                    "message": "(#10) This endpoint requires the 'read_insights' permission",
                    "type": "OAuthException",
                    "code": 10,
                }
            },
        ),
    )
    with pytest.raises(PermissionMissingError) as caught:
        _fetch(api, PAGE, date(2026, 3, 1), date(2026, 3, 1))
    assert "read_insights" in str(caught.value) and "lacks" in str(caught.value)


def test_cancelling_during_a_back_off_stops_at_once(api: FakeApiServer) -> None:
    api.route(f"/{V}/1029384756/insights", Reply(503, {"error": {"message": "down", "code": 2}}))
    cancellation = Cancellation()
    timer = threading.Timer(0.2, cancellation.cancel)
    timer.start()
    options = refresh.FetchOptions(
        endpoints=Endpoints(meta_graph=api.base_url, meta_graph_version=V),
        retry=RetryPolicy(attempts=10, base_delay=30, max_delay=60),
    )
    with pytest.raises(RefreshCancelled):
        refresh.fetch_statistics(
            PAGE,
            date(2026, 3, 1),
            date(2026, 3, 1),
            cancellation=cancellation,
            options=options,
            token=TOKEN,
        )
    assert len(api.requests) == 1


def test_an_unreachable_server_says_so(plan: PlanFile) -> None:
    from smplanner.online.errors import ServiceUnreachableError

    options = refresh.FetchOptions(
        endpoints=Endpoints(meta_graph="http://127.0.0.1:9", meta_graph_version=V),
        retry=RetryPolicy(attempts=2, base_delay=0.01),
        timeout=2,
    )
    with pytest.raises(ServiceUnreachableError) as caught:
        refresh.fetch_statistics(
            PAGE,
            date(2026, 3, 1),
            date(2026, 3, 1),
            cancellation=Cancellation(),
            options=options,
            token=TOKEN,
        )
    assert "127.0.0.1:9" in str(caught.value) and "connection" in str(caught.value)


def test_instagram_asks_each_media_type_for_the_metrics_it_has(
    api: FakeApiServer, plan: PlanFile
) -> None:
    ig = "17841400000000001"
    api.route(
        f"/{V}/{ig}/insights",
        lambda seen: Reply(
            body={
                "data": [
                    {
                        "name": "views",
                        "period": "day",
                        "title": "Views",
                        "total_value": {"value": 310},
                        "id": f"{ig}/insights/views/day",
                    },
                    {
                        "name": "likes",
                        "period": "day",
                        "total_value": {"value": 21},
                    },
                ]
            }
            if seen.query.get("metric_type") == "total_value"
            else {"data": [_day_values("reach", date(2026, 3, 1), [200])]}
        ),
    )
    api.route(
        f"/{V}/{ig}/media",
        Reply(
            body={
                "data": [
                    {
                        "id": "180001",
                        "caption": "Nouveau pain au levain",
                        "media_type": "VIDEO",
                        "media_product_type": "REELS",
                        "permalink": "https://www.instagram.com/reel/abc/",
                        "timestamp": "2026-03-01T17:00:00+0000",
                    },
                    {
                        "id": "180002",
                        "media_type": "IMAGE",
                        "media_product_type": "FEED",
                        "timestamp": "2026-03-01T08:00:00+0000",
                    },
                ]
            }
        ),
    )
    api.route(
        f"/{V}/180001/insights",
        Reply(
            body={
                "data": [
                    {"name": "reach", "period": "lifetime", "values": [{"value": 1500}]},
                    {"name": "ig_reels_avg_watch_time", "values": [{"value": 6400}]},
                ]
            }
        ),
    )
    api.route(
        f"/{V}/180002/insights",
        Reply(body={"data": [{"name": "saved", "values": [{"value": 9}]}]}),
    )
    fetched = _fetch(api, INSTA, date(2026, 3, 1), date(2026, 3, 1))
    store(plan, fetched)
    assert statistics_queries.daily_series(plan, "instagram", m.VIEWS) == [
        (date(2026, 3, 1), 310.0)
    ]
    assert statistics_queries.daily_series(plan, "instagram", m.REACH) == [
        (date(2026, 3, 1), 200.0)
    ]
    reel_ask = next(s for s in api.requests if s.path == f"/{V}/180001/insights")
    feed_ask = next(s for s in api.requests if s.path == f"/{V}/180002/insights")
    assert "ig_reels_avg_watch_time" in reel_ask.query["metric"]
    assert "ig_reels_avg_watch_time" not in feed_ask.query["metric"]
    posts = {p.post.external_id: p.post for p in statistics_queries.stat_posts(plan, "instagram")}
    assert posts["180001"].metrics == {m.REACH: 1500, m.AVERAGE_WATCH_SECONDS: 6.4}
    assert posts["180002"].metrics == {m.SAVES: 9}
