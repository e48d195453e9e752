"""TikTok Studio's dates without a year (``19 avril``, ``18 января``, ``9月13日``), placed.

TikTok writes the days of its series in the interface's language and without a year,
and a series can span 365 days (``February 28`` … ``February 27``). So the year comes
from two facts: the rows are consecutive days, and the last of them is not after the
day the file was downloaded (the zip entries' dates, else the file's modification
time; the preview lets the user correct it). No placed day is ever after that day.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from itertools import pairwise

MonthDay = tuple[int, int]

# Month names as TikTok and the other networks write them, in the languages seen in
# real files or confirmed by several scripts (EXPORT_HEADERS_FR.md), folded lower case.
_MONTH_NAMES = [  # month 1 to 12, names separated by spaces
    "jan january janv janvier januar enero janeiro gennaio januari января январь",
    "feb february févr fevr février fevrier februar febrero fevereiro febbraio februari"
    " февраля февраль",
    "mar march mars märz marzo março maart марта март",
    "apr april avr avril abril aprile апреля апрель",
    "may mai mayo maio maggio mei maj мая май",
    "jun june juin juni junio junho giugno июня июнь",
    "jul july juil juillet juli julio julho luglio июля июль",
    "aug august août aout agosto augustus augusti августа август",
    "sep sept september septembre septiembre setembro settembre сентября сентябрь",
    "oct october octobre oktober octubre outubro ottobre октября октябрь",
    "nov november novembre noviembre novembro ноября ноябрь",
    "dec december déc decembre décembre dezember diciembre dezembro dicembre декабря декабрь",
]
MONTHS = {name: month for month, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
# Vietnamese months are "tháng" and a number word: ``18 tháng Tám`` is 18 August.
_VIETNAMESE = {
    word: month
    for month, words in enumerate(
        ["một giêng", "hai", "ba", "tư bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"], 1
    )
    for word in words.split()
} | {"mười một": 11, "mười hai": 12, "chạp": 12}
_FILLERS = frozenset({"de", "del", "le", "."})
_CJK = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_KOREAN = re.compile(r"^(\d{1,2})\s*월\s*(\d{1,2})\s*일$")
_VIET = re.compile(r"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}|[^\d]+?)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_EARLIEST_DOWNLOAD = date(2016, 9, 1)  # TikTok's launch: an older zip date is a default


def month_day(text: str | None) -> MonthDay | None:
    """(month, day) of a date written without a year; None for any other text (a date
    with a year, an ISO date, a word that is no month)."""
    if not text:
        return None
    folded = " ".join(text.replace("\u00a0", " ").split()).strip(" ,").lower()
    found = _CJK.match(folded) or _KOREAN.match(folded)
    if found:
        return _checked(int(found.group(1)), int(found.group(2)))
    found = _VIET.match(folded)
    if found:
        word = found.group(2).strip()
        month = int(word) if word.isdigit() else _VIETNAMESE.get(word)
        return _checked(month, int(found.group(1)))
    month = day = None
    for word in _WORD.findall(folded):
        if word.isdigit():
            if day is not None or len(word) > 2:
                return None  # a year or a second number: not a year-less date
            day = int(word)
        elif word in MONTHS and month is None:
            month = MONTHS[word]
        elif word not in _FILLERS:
            return None
    return _checked(month, day)


def _checked(month: int | None, day: int | None) -> MonthDay | None:
    if month is None or day is None or not 1 <= month <= 12:
        return None
    try:
        date(2000, month, day)  # a leap year: 29 February is a real day
    except ValueError:
        return None
    return (month, day)


def latest_on_or_before(key: MonthDay, bound: date) -> date:
    """The latest day with this month and day that is not after ``bound``."""
    for year in range(bound.year, bound.year - 9, -1):
        try:
            candidate = date(year, *key)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= bound:
            return candidate
    raise ValueError(key)  # only reached for an impossible month and day


def _direction(keys: Sequence[MonthDay | None]) -> int:
    """+1 if the rows run forward in time (oldest first), -1 newest first, 0 if the
    rows are in no order (each is then placed on its own). A step of up to half a year
    counts as forward, a longer one as a step back (a series skips no more than that).
    """
    forward = backward = 0
    known = [key for key in keys if key is not None]
    for first, second in pairwise(known):
        if first == second:
            continue  # the same day on several rows (one per hour)
        step = (date(2000, *second) - date(2000, *first)).days % 366
        if step <= 183:
            forward += 1
        else:
            backward += 1
    pairs = forward + backward
    if pairs and forward >= 0.9 * pairs:
        return 1
    if pairs and backward >= 0.9 * pairs:
        return -1
    return 0


def place_days(keys: Sequence[MonthDay | None], download_day: date) -> list[date | None]:
    """The day of each year-less row (None stays None), the newest not after the download day.

    Rows in date order are walked from the newest: each older row takes the latest day
    with its month and day not after the newer row's, so a 365-day series downloaded on
    28 February 2026 runs from 28 February 2025 to 27 February 2026. Rows in no order
    each take the latest such day not after the download day.
    """
    direction = _direction(keys)
    placed: list[date | None] = [None] * len(keys)
    if direction == 0:
        for index, key in enumerate(keys):
            if key is not None:
                placed[index] = latest_on_or_before(key, download_day)
        return placed
    order = range(len(keys) - 1, -1, -1) if direction == 1 else range(len(keys))
    bound = download_day
    for index in order:
        key = keys[index]
        if key is None:
            continue
        bound = latest_on_or_before(key, bound)
        placed[index] = bound
    return placed


def download_day_of(data: bytes, modified: float | None = None) -> date | None:
    """The day a file was downloaded: the newest date of a zip's CSV entries (TikTok
    writes them when it makes the download), else the file's modification time, else
    None (the reader then takes today)."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = [
                    info
                    for info in archive.infolist()
                    if info.filename.lower().endswith((".csv", ".txt"))
                ]
                days = [date(*info.date_time[:3]) for info in entries]
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            days = []
        days = [day for day in days if day >= _EARLIEST_DOWNLOAD]
        if days:
            return max(days)
    if modified is not None:
        try:
            return datetime.fromtimestamp(modified).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None
