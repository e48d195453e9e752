"""Read the numbers, dates and durations of real exports, as messy as they come.

Numbers: ``12,400``, ``12 400``, ``12.400``, ``1.2K``, ``3,5 %``; ``NA``, ``-``,
``undefined`` and blanks mean "no value" (None), never 0. Dates: ISO, slashed in
either order, English month names with or without year, ``9月6日``, ``18 января``.
Anything else raises ValueError (its argument a translatable Message), which the
importer turns into a row/column problem.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from smplanner.messages import Message

Cell = str | float | int | datetime | date | None

NO_VALUE = frozenset(
    {"", "na", "n/a", "n.a.", "-", "–", "—", "--", "undefined", "null", "none", "nan"}
)
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9}
_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
DECIMAL_COMMA_HINT = re.compile(r"^-?\d+,\d{1,2}\s*%?$|^-?\d{1,3}(\.\d{3})+,\d+$")


def parse_number(cell: Cell, *, decimal_comma: bool = False) -> float | None:
    """A number from a cell, None for "no value"; ValueError if it is not a number.

    ``decimal_comma`` is the file's convention (a French re-save): then ``3,5`` is
    3.5 and ``12.400`` is 12400. Without it ``12,400`` is 12400 and ``0.07`` is 0.07.
    A trailing ``%`` is dropped (the column says whether it holds a percentage).
    """
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError(Message("a yes/no value"))
    if isinstance(cell, int | float):
        if cell != cell:  # NaN from a spreadsheet: no value
            return None
        try:
            return _finite(float(cell), str(cell))
        except OverflowError:  # an integer too large for a float (a crafted xlsx)
            raise ValueError(
                Message("'{text}' is too large a number", text=str(cell)[:40])
            ) from None
    if isinstance(cell, date | datetime):
        raise ValueError(Message("a date"))
    return _parse_text_number(cell.strip(), decimal_comma)


@lru_cache(maxsize=4096)
def _parse_text_number(text: str, decimal_comma: bool) -> float | None:
    if text.lower() in NO_VALUE:
        return None
    compact = text.translate(_SPACES)
    if compact.endswith("%"):
        compact = compact[:-1]
    multiplier = 1.0
    if compact and compact[-1].lower() in _SUFFIX:
        multiplier = _SUFFIX[compact[-1].lower()]
        compact = compact[:-1]
    if compact.startswith("+"):
        compact = compact[1:]
    if "," in compact and "." in compact:
        if compact.rfind(",") > compact.rfind("."):
            compact = compact.replace(".", "").replace(",", ".")
        else:
            compact = compact.replace(",", "")
    elif "," in compact:
        if not decimal_comma and _THOUSANDS_COMMA.match(compact) and multiplier == 1.0:
            compact = compact.replace(",", "")
        else:
            compact = compact.replace(",", ".")
    elif "." in compact and decimal_comma and _THOUSANDS_DOT.match(compact):
        compact = compact.replace(".", "")
    try:
        value = float(compact)
    except ValueError:
        raise ValueError(Message("'{text}' is not a number", text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(Message("'{text}' is not a number", text=text))
    return _finite(value * multiplier, text)


def _finite(value: float, text: str) -> float:
    # "1e308K" parses, then overflows to infinity once multiplied: stored, it would
    # be written as "Infinity" in the metrics JSON, which SQLite cannot read back.
    if value in (float("inf"), float("-inf")) or value != value:
        raise ValueError(Message("'{text}' is too large a number", text=text[:40]))
    return value


def parse_duration_seconds(cell: Cell, *, decimal_comma: bool = False) -> float | None:
    """Seconds from ``H:MM:SS``, ``M:SS`` or a plain number of seconds."""
    if isinstance(cell, str) and ":" in cell:
        parts = cell.strip().split(":")
        try:
            numbers = [float(p.replace(",", ".")) for p in parts]
        except ValueError:
            raise ValueError(Message("'{text}' is not a duration", text=cell)) from None
        seconds = 0.0
        for number in numbers:
            seconds = seconds * 60 + number
        return _finite(seconds, cell)
    if isinstance(cell, datetime):  # Excel stores durations as times of day
        return cell.hour * 3600 + cell.minute * 60 + cell.second + 0.0
    return parse_number(cell, decimal_comma=decimal_comma)


# ------------------------------------------------------------------ dates

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "janv", "janvier", "января", "январь", "enero", "januar"),
            ("feb", "february", "févr", "fevr", "février", "fevrier", "февраля", "февраль"),
            ("mar", "march", "mars", "марта", "март", "märz"),
            ("apr", "april", "avr", "avril", "апреля", "апрель"),
            ("may", "mai", "мая", "май"),
            ("jun", "june", "juin", "июня", "июнь"),
            ("jul", "july", "juil", "juillet", "июля", "июль"),
            ("aug", "august", "août", "aout", "августа", "август"),
            ("sep", "sept", "september", "septembre", "сентября", "сентябрь"),
            ("oct", "october", "octobre", "октября", "октябрь", "oktober"),
            ("nov", "november", "novembre", "ноября", "ноябрь"),
            ("dec", "december", "déc", "decembre", "décembre", "декабря", "декабрь", "dezember"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_SLASHED = re.compile(
    r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_CJK = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")


class DateOrder:
    """How a slashed date reads: month first (US exports) or day first (French re-save)."""

    MONTH_FIRST = "mdy"
    DAY_FIRST = "dmy"


def guess_date_order(texts: list[str], default: str) -> str:
    """The order that fits every slashed date of a column (a part above 12 decides)."""
    return decided_date_order(texts) or default


def decided_date_order(texts: list[str]) -> str | None:
    """The order a slashed date of these decides (a part above 12), or None if none does."""
    for text in texts:
        match = _SLASHED.match(text.strip()) if isinstance(text, str) else None
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                return DateOrder.DAY_FIRST
            if second > 12 >= first:
                return DateOrder.MONTH_FIRST
    return None


def parse_datetime(
    cell: Cell, *, order: str = DateOrder.MONTH_FIRST, today: date | None = None
) -> datetime | None:
    """A date and time from a cell (naive unless the text gives an offset); None if blank.

    A date without a year takes the latest year that does not put it after ``today``.
    """
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell
    if isinstance(cell, date):
        return datetime(cell.year, cell.month, cell.day)
    if isinstance(cell, int | float):
        raise ValueError(Message("{text} is a number, not a date", text=repr(cell)))
    text = cell.strip()
    if text.lower() in NO_VALUE:
        return None
    return _parse_text_datetime(text, order, today or date.today())


@lru_cache(maxsize=8192)
def _parse_text_datetime(text: str, order: str, today: date) -> datetime:
    try:
        match = _ISO.match(text)
        if match:
            year, month, day, hour, minute, second, offset = match.groups()
            zone = _zone(offset) if offset else None
            return datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                tzinfo=zone,
            )
        match = _SLASHED.match(text)
        if match:
            first, second_part, year_text, hour, minute, second, meridiem = match.groups()
            month, day = (int(first), int(second_part))
            if order == DateOrder.DAY_FIRST:
                month, day = day, month
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            hours = int(hour or 0)
            if meridiem:
                hours = hours % 12 + (12 if meridiem.lower() == "pm" else 0)
            return datetime(year, month, day, hours, int(minute or 0), int(second or 0))
        match = _CJK.match(text)
        if match:
            year_text, month_text, day_text = match.groups()
            return _with_year(year_text, int(month_text), int(day_text), today)
        return _parse_worded(text, today)
    except ValueError:
        raise ValueError(Message("'{text}' is not a date", text=text)) from None


def _zone(offset: str) -> timezone:
    if offset == "Z":
        return UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _with_year(year_text: str | None, month: int, day: int, today: date) -> datetime:
    if year_text:
        return datetime(int(year_text), month, day)
    year = today.year
    if (month, day) > (today.month, today.day):
        year -= 1
    return datetime(year, month, day)


def _parse_worded(text: str, today: date) -> datetime:
    """``Sun, Sep 13, 2026``, ``Oct 3, 2026``, ``September 4``, ``18 января 2025``."""
    month = day = year = None
    hour = minute = 0
    time_match = re.search(r"(\d{1,2}):(\d{2})\s*([AaPp][Mm])?", text)
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        if time_match.group(3):
            hour = hour % 12 + (12 if time_match.group(3).lower() == "pm" else 0)
        text = text[: time_match.start()] + text[time_match.end() :]
    for word in _WORDS.findall(text.lower()):
        word = word.rstrip(".")
        if word.isdigit():
            number = int(word)
            if len(word) == 4:
                year = number
            elif day is None and 1 <= number <= 31:
                day = number
            else:
                raise ValueError(text)
        elif word in _MONTHS and month is None:
            month = _MONTHS[word]
        elif word[:3] in {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mer", "jeu"}:
            continue  # a weekday name
        elif word in {"mardi", "vendredi", "samedi", "dimanche", "de", "le", "at", "à"}:
            continue
        else:
            raise ValueError(text)
    if month is None or day is None:
        raise ValueError(text)
    moment = _with_year(str(year) if year else None, month, day, today)
    return moment.replace(hour=hour, minute=minute)


def x_post_time(post_id: str) -> datetime | None:
    """When an X post was published, from its id (snowflake: ms since X's epoch)."""
    try:
        milliseconds = (int(post_id) >> 22) + 1288834974657
    except ValueError:
        return None
    if milliseconds < 1288834974657 + 86_400_000:  # an id too small to be a snowflake
        return None
    return _from_unix(milliseconds // 1000)  # stored to the second


def tiktok_video_time(video_id: str) -> datetime | None:
    """When a TikTok video was posted, from its id (top 32 bits are Unix seconds)."""
    try:
        seconds = int(video_id) >> 32
    except ValueError:
        return None
    if seconds < 1_400_000_000:  # before TikTok existed: not a real video id
        return None
    return _from_unix(seconds)


def linkedin_activity_time(activity_id: str) -> datetime | None:
    """When a LinkedIn post was made, from its activity id (first 41 bits: ms)."""
    try:
        milliseconds = int(activity_id) >> 22
    except ValueError:
        return None
    if milliseconds < 1_000_000_000_000:
        return None
    if milliseconds >= _LATEST_ID_TIME * 1000:
        return None
    return _from_unix(milliseconds / 1000)


_LATEST_ID_TIME = 4_102_444_800  # 2100-01-01: an id telling a later time is not a real id


def _from_unix(seconds: float) -> datetime | None:
    """The UTC time of an id's timestamp; None past 2100 (a damaged or made-up id: a
    400-digit "id" would overflow the platform's time)."""
    if seconds >= _LATEST_ID_TIME:
        return None
    return datetime.fromtimestamp(seconds, UTC)
