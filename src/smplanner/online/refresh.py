"""One account's online refresh: read the token, fetch the API.

``fetch_statistics`` runs on a worker thread (network and keyring, no plan access).
Storing what it fetched is a use case of the services layer
(``services/statistics_refresh.store_refresh``), which goes through the same ingest as
the file importers so that a refresh and an import of the same days never duplicate.
This module is an API client: it imports no service (the import contracts check it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx

from smplanner import keyring_tokens
from smplanner.domain.networks import NetworkId
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.messages import Message
from smplanner.online import meta_graph, youtube_analytics
from smplanner.online.endpoints import Endpoints
from smplanner.online.errors import ApiError
from smplanner.online.http_session import ApiSession, Cancellation, Classifier, RetryPolicy
from smplanner.storage.accounts_repo import Account

# (step done, steps in all, what is being fetched) for a progress bar.
Progress = Callable[[int, int, str], None]

# The networks with an API client here, and their names in messages.
_NETWORK_NAMES: dict[str, str] = {
    NetworkId.FACEBOOK: "Facebook",
    NetworkId.INSTAGRAM: "Instagram",
    NetworkId.YOUTUBE: "YouTube",
}


class TokenMissingError(ApiError):
    """The plan expects a token this machine's keyring does not have."""


@dataclass(frozen=True)
class FetchedStatistics:
    account: Account
    since: date
    until: date
    posts: list[StatPost] = field(default_factory=list)
    daily: list[DailyValue] = field(default_factory=list)


@dataclass(frozen=True)
class FetchOptions:
    endpoints: Endpoints = field(default_factory=Endpoints.from_environment)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 30.0
    transport: httpx.BaseTransport | None = None


def daily_account_key(account: Account) -> str:
    # The file importers file daily series under account "" (the exports do not name
    # the account); the refresh does the same so that both fill the same series.
    return ""


def fetch_statistics(
    account: Account,
    since: date,
    until: date,
    *,
    cancellation: Cancellation,
    progress: Progress | None = None,
    options: FetchOptions | None = None,
    token: str | None = None,
) -> FetchedStatistics:
    """Fetch an account's figures for ``since``..``until`` (inclusive). Worker thread.

    Raises TokenMissingError (no token here: ask for it), an ApiError subclass, a
    KeyringUnavailableError, or RefreshCancelled.
    """
    options = options or FetchOptions()
    report = progress or (lambda _done, _total, _label: None)
    name = _NETWORK_NAMES.get(account.network, account.network)
    if account.network not in _NETWORK_NAMES:
        raise ApiError(
            name,
            account.name,
            Message("smplanner cannot refresh {network} online yet.", network=name),
        )
    if token is None and account.keyring_entry is not None:
        token = keyring_tokens.read_token(account.keyring_entry)
    if token is None:
        raise TokenMissingError(
            name,
            account.name,
            Message(
                "No access token for “{account}” ({network}) on this computer. Paste it in "
                "Edit > Accounts… to refresh online; the plan keeps only the account.",
                account=account.name,
                network=name,
            ),
        )
    cancellation.check()
    endpoints = options.endpoints

    def session(base_url: str, classify: Classifier) -> ApiSession:
        return ApiSession(
            base_url=base_url,
            token=token,
            network_name=name,
            account_name=account.name,
            classify=classify,
            cancellation=cancellation,
            retry=options.retry,
            timeout=options.timeout,
            transport=options.transport,
        )

    key = daily_account_key(account)
    if account.network in (meta_graph.FACEBOOK, meta_graph.INSTAGRAM):
        with session(endpoints.meta_graph, meta_graph.classify) as graph:
            client = meta_graph.MetaGraphClient(graph, endpoints.meta_graph_version)
            report(0, 2, "daily")
            if account.network == meta_graph.FACEBOOK:
                daily = client.page_daily(account.external_id, key, since, until)
                report(1, 2, "posts")
                posts = client.page_posts(account.external_id, account.name, since, until)
            else:
                daily = client.instagram_daily(account.external_id, key, since, until)
                report(1, 2, "posts")
                posts = client.instagram_media(account.external_id, account.name, since, until)
    else:
        with (
            session(endpoints.youtube_analytics, youtube_analytics.classify) as analytics,
            session(endpoints.youtube_data, youtube_analytics.classify) as data,
        ):
            client_yt = youtube_analytics.YouTubeAnalyticsClient(analytics, data)
            report(0, 2, "daily")
            daily = client_yt.channel_daily(key, since, until)
            report(1, 2, "posts")
            posts = client_yt.videos(account.name, since, until)
    report(2, 2, "done")
    return FetchedStatistics(account, since, until, posts=posts, daily=daily)
