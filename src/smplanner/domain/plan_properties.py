"""What a plan says about its client: name, sector, time zone, language, currency."""

from __future__ import annotations

from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from smplanner.errors import UserError

SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_TIMEZONE = "Europe/Paris"
DEFAULT_CURRENCY = "EUR"


@dataclass(frozen=True)
class PlanProperties:
    """The identity of a plan, shown in the title bar and used by the report."""

    client_name: str
    sector: str = ""
    timezone: str = DEFAULT_TIMEZONE
    language: str = "fr"
    currency: str = DEFAULT_CURRENCY

    def with_changes(self, **changes: str) -> PlanProperties:
        return replace(self, **changes)


class InvalidPropertiesError(UserError, ValueError):
    """A property value a person typed that the plan cannot hold; the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def is_valid_timezone(name: str) -> bool:
    """True for an IANA time zone name this machine knows, e.g. "Europe/Paris"."""
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def known_timezones() -> list[str]:
    """All IANA zone names, sorted, for pickers."""
    return sorted(available_timezones())


def validate(properties: PlanProperties) -> PlanProperties:
    """Return the properties cleaned of stray spaces, or raise InvalidPropertiesError."""
    cleaned = replace(
        properties,
        client_name=properties.client_name.strip(),
        sector=properties.sector.strip(),
        timezone=properties.timezone.strip(),
        currency=properties.currency.strip().upper(),
    )
    if not cleaned.client_name:
        raise InvalidPropertiesError("client_name", "The client's name is empty: type a name.")
    if len(cleaned.client_name) > 200:
        raise InvalidPropertiesError(
            "client_name", "The client's name is longer than 200 characters: shorten it."
        )
    if not is_valid_timezone(cleaned.timezone):
        raise InvalidPropertiesError(
            "timezone",
            f"'{cleaned.timezone}' is not a known time zone: use an IANA name such as "
            "Europe/Paris or America/Montreal.",
        )
    if cleaned.language not in SUPPORTED_LANGUAGES:
        raise InvalidPropertiesError(
            "language",
            f"'{cleaned.language}' is not a supported language: use one of "
            + ", ".join(SUPPORTED_LANGUAGES)
            + ".",
        )
    if len(cleaned.currency) != 3 or not cleaned.currency.isalpha():
        raise InvalidPropertiesError(
            "currency",
            f"'{cleaned.currency}' is not a currency code: use three letters such as EUR.",
        )
    return cleaned
