"""HTTP for the API clients: timeouts, retry with back-off, cancel, no token in a URL.

The token travels only in the Authorization header. URLs the APIs hand back for
paging (Meta's ``paging.next``) carry the token as a query parameter: it is removed
before the request, and every URL that is logged or shown is redacted first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from smplanner.messages import Message
from smplanner.online.errors import (
    ApiError,
    PermissionMissingError,
    RateLimitedError,
    RefreshCancelled,
    ServiceUnreachableError,
    TokenRejectedError,
    UnexpectedResponseError,
)

log = logging.getLogger("smplanner.online")

_SECRET_PARAMS = {"access_token", "appsecret_proof", "key", "token", "client_secret", "code"}

# Kinds an error classifier returns.
TOKEN = "token"
PERMISSION = "permission"
RATE = "rate"
SERVER = "server"
OTHER = "other"


def redact_url(url: str) -> str:
    """The URL without any secret query parameter (for logs, messages and requests)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = [(k, v) for k, v in query if k.lower() not in _SECRET_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(kept)))


class Cancellation:
    """Set from the UI thread; checked and waited on by the refresh thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise RefreshCancelled()

    def wait(self, seconds: float) -> None:
        """Sleep for a back-off, waking at once if the user cancels."""
        if self._event.wait(seconds):
            raise RefreshCancelled()


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 2.0
    max_delay: float = 60.0  # a longer wait is reported instead of waited


@dataclass(frozen=True)
class Failure:
    """How a network module reads an error answer."""

    kind: str  # TOKEN, PERMISSION, RATE, SERVER, OTHER
    detail: str  # the API's own short explanation (scrubbed of the token)
    wait_seconds: float | None = None  # what the API says to wait, if it says


Classifier = Callable[[int, Any, httpx.Headers], Failure]


class ApiSession:
    """One account's calls to one API: JSON GETs with retries, for a refresh thread."""

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        network_name: str,
        account_name: str,
        classify: Classifier,
        cancellation: Cancellation,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.network_name = network_name
        self.account_name = account_name
        self._classify = classify
        self.cancellation = cancellation
        self._retry = retry or RetryPolicy()
        self._client = httpx.Client(
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            follow_redirects=False,  # a redirect must not carry the token elsewhere
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url_for(self, path_or_url: str) -> str:
        """An absolute URL on this API's host, without secret parameters.

        A paging URL pointing at another host keeps only its path and query, so the
        token is never sent anywhere but the configured base URL.
        """
        if path_or_url.startswith(("http://", "https://")):
            if not path_or_url.startswith(self.base_url + "/"):
                parts = urlsplit(path_or_url)
                base = urlsplit(self.base_url)
                path_or_url = urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
            return redact_url(path_or_url)
        return redact_url(f"{self.base_url}/{path_or_url.lstrip('/')}")

    def get_json(self, path_or_url: str, params: dict[str, str] | None = None) -> Any:
        """GET and decode JSON, retrying throttling and server errors with back-off."""
        url = self.url_for(path_or_url)
        attempt = 0
        while True:
            self.cancellation.check()
            attempt += 1
            try:
                response = self._client.get(url, params=params)
            except httpx.HTTPError as error:
                log.info("GET %s failed: %s", redact_url(url), type(error).__name__)
                if attempt >= self._retry.attempts:
                    raise self._error(
                        ServiceUnreachableError,
                        Message(
                            "Could not reach {host} ({reason}). "
                            "Check the internet connection and try the refresh again.",
                            host=urlsplit(url).netloc,
                            reason=type(error).__name__,
                        ),
                    ) from None
                self.cancellation.wait(self._delay(attempt, None))
                continue
            log.info("GET %s -> %s", redact_url(str(response.url)), response.status_code)
            body = self._decode(response)
            if response.status_code < 400:
                if body is None:
                    raise self._error(
                        UnexpectedResponseError,
                        Message(
                            "{network} sent an answer that is not JSON; "
                            "try the refresh again later.",
                            network=self.network_name,
                        ),
                    )
                return body
            failure = self._classify(response.status_code, body, response.headers)
            failure = Failure(failure.kind, self._scrub(failure.detail), failure.wait_seconds)
            wait = failure.wait_seconds
            if wait is None:
                wait = _retry_after(response)
            retryable = failure.kind in (RATE, SERVER)
            too_long = wait is not None and wait > self._retry.max_delay
            if retryable and attempt < self._retry.attempts and not too_long:
                self.cancellation.wait(self._delay(attempt, wait))
                continue
            raise self._failure_error(failure, response.status_code, wait)

    def _delay(self, attempt: int, asked: float | None) -> float:
        if asked is not None:
            return min(asked, self._retry.max_delay)
        return float(min(self._retry.base_delay * 2 ** (attempt - 1), self._retry.max_delay))

    @staticmethod
    def _decode(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            return None

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "•••") if self._token else text

    def _error(self, kind: type[ApiError], message: Message) -> ApiError:
        scrubbed = self._scrub(message)
        # A value that held the token loses the translation rather than leak it.
        safe = message if scrubbed == message else scrubbed
        return kind(self.network_name, self.account_name, safe)

    def _failure_error(self, failure: Failure, status: int, wait: float | None) -> ApiError:
        network, account, detail = self.network_name, self.account_name, failure.detail
        error: ApiError
        if failure.kind == TOKEN:
            error = self._error(
                TokenRejectedError,
                Message(
                    "{network} refused the access token of “{account}”: it has expired or was "
                    "revoked ({detail}). Create a new token and paste it with Edit > Accounts… > "
                    "Replace token.",
                    network=network,
                    account=account,
                    detail=detail,
                ),
            )
        elif failure.kind == PERMISSION:
            error = self._error(
                PermissionMissingError,
                Message(
                    "The access token of “{account}” lacks a {network} permission ({detail}). "
                    "Create a token with the statistics permissions and replace it in "
                    "Edit > Accounts….",
                    network=network,
                    account=account,
                    detail=detail,
                ),
            )
        elif failure.kind == RATE:
            message = (
                Message(
                    "{network} is limiting requests for “{account}” ({detail}). "
                    "Try the refresh again in about {minutes} minutes.",
                    network=network,
                    account=account,
                    detail=detail,
                    minutes=max(1, round(wait / 60)),
                )
                if wait
                else Message(
                    "{network} is limiting requests for “{account}” ({detail}). "
                    "Try the refresh again later.",
                    network=network,
                    account=account,
                    detail=detail,
                )
            )
            error = self._error(RateLimitedError, message)
        elif failure.kind == SERVER:
            error = self._error(
                ServiceUnreachableError,
                Message(
                    "{network} did not answer properly (HTTP {status}: {detail}). "
                    "Try the refresh again later.",
                    network=network,
                    status=str(status),
                    detail=detail,
                ),
            )
        else:
            error = self._error(
                ApiError,
                Message(
                    "{network} refused the request for “{account}” (HTTP {status}: {detail}). "
                    "Check the account id in Edit > Accounts….",
                    network=network,
                    account=account,
                    status=str(status),
                    detail=detail,
                ),
            )
        error.status = status
        error.detail = failure.detail
        return error


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own back-off
