"""What can go wrong talking to a network's API, phrased for the person who can fix it."""

from __future__ import annotations

from smplanner.errors import UserError


class ApiError(UserError):
    """An API call failed; the message names the network, the account and what to do."""

    def __init__(self, network: str, account: str, message: str) -> None:
        # message: a smplanner.messages.Message, so that the window can translate it
        super().__init__(message)
        self.network = network
        self.account = account
        self.status: int | None = None  # the HTTP status, when there was an answer
        self.detail = ""  # the API's own short explanation, scrubbed of the token


class TokenRejectedError(ApiError):
    """401 / Meta code 190: the token expired, was revoked or is not a token."""


class PermissionMissingError(ApiError):
    """403 / Meta codes 10, 200–299: the token lacks a permission (scope)."""


class RateLimitedError(ApiError):
    """Still throttled after backing off."""


class ServiceUnreachableError(ApiError):
    """No answer, a network error or a server error after retries."""


class UnexpectedResponseError(ApiError):
    """An answer we cannot read (not JSON, not the documented shape)."""


class RefreshCancelled(Exception):
    """The user cancelled the refresh (not an error: nothing is stored)."""
