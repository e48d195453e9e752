"""The time zone and the download day an import preview assumed, changed by the user.

A file that writes times without a zone is read in the zone its network writes
(Meta: Pacific time, whatever the Page's country); the preview shows it and lets the
user pick another before storing, and the choice is remembered per network in the
plan (its settings) for the next files. Days without a year (TikTok) are placed by
the download day; the user can give another one and the file is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smplanner.domain.stat_records import PostRow
from smplanner.errors import UserError
from smplanner.importers.export_files import read_export_file
from smplanner.importers.export_reading import ExportReading
from smplanner.importers.generic_csv import KIND as MAPPED_KIND
from smplanner.importers.reading_spool import rewritten
from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_repeated import apply_choice
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import read_setting, write_setting

SETTING = "statistics.import_time_zone.{network}"
# Networks whose exports write wall times smplanner places in a zone of their own.
ZONED_NETWORKS = ("facebook", "instagram")
# Offered in the preview beside the assumed zone and the plan's (the trade's clients).
COMMON_ZONES = (
    "America/Los_Angeles",
    "UTC",
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/London",
    "America/Toronto",
    "America/New_York",
    "Indian/Reunion",
    "America/Martinique",
    "Pacific/Noumea",
    "Africa/Casablanca",
    "Africa/Dakar",
    "Asia/Manila",
)


@dataclass(frozen=True)
class FileTimes:
    """What a previewed file's times and days rest on, for the preview to show."""

    network: str | None
    time_zone: str | None  # the zone the file's wall times are read in; None: plan's
    period: tuple[date, date] | None  # days placed without a year
    download_day: date | None  # the day they were placed by


def network_of(part: ExportReading) -> str | None:
    """The network of a table's records (its posts', else its series'). Read by
    iteration: a large table's rows are in a spool on disk, not in a list."""
    for row in part.post_rows:
        return row[0]
    for value in part.daily:
        return value.network
    for activity in part.hourly:
        return activity.network
    return None


def file_times(item: FilePreview) -> FileTimes | None:
    """The zone and the period of a previewed file; None if it has neither."""
    if item.reading is None:
        return None
    zone = period = download = network = None
    for part in item.reading.readings:
        if part.time_zone is not None and zone is None:
            zone, network = part.time_zone, network_of(part)
        if part.period is not None:
            first, last = part.period
            if period is not None:
                first, last = min(first, period[0]), max(last, period[1])
            period, download = (first, last), part.download_day
            network = network or network_of(part)
    if zone is None and period is None:
        return None
    return FileTimes(network, zone, period, download)


def set_time_zone(item: FilePreview, zone: str) -> None:
    """Read the file's wall times in ``zone`` instead (the same wall times, another
    instant). ValueError if the zone is not an IANA name."""
    try:
        new_zone = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"not an IANA time zone: {zone!r}") from None
    if item.reading is None:
        return
    for part in item.reading.readings:
        if part.time_zone is None or part.time_zone == zone:
            continue
        old = part.time_zone
        part.post_rows = rewritten(part.post_rows, _rezoned_row(old, new_zone))
        part.time_zone = zone
    apply_choice(item)  # the hour chosen for repeated times, for those of the new zone


def place_mapped_times(item: FilePreview, plan_zone: str) -> None:
    """Another tool's CSV read through a mapping writes its post times without a zone:
    they are wall times of the plan's zone. Place them there (as Meta's are placed in
    Pacific time), so that the preview shows the zone, lets the user pick another, and
    asks which hour a time in the repeated autumn hour is (statistics_import_repeated)
    instead of taking the first silently. Times the file gave with an offset are kept."""
    if item.reading is None:
        return
    zone = ZoneInfo(plan_zone)
    for part in item.reading.readings:
        if part.kind != MAPPED_KIND or part.time_zone is not None or not part.post_rows:
            continue
        part.post_rows = rewritten(part.post_rows, _placed_row(zone))
        part.time_zone = plan_zone
    apply_choice(item)


def _placed_row(zone: ZoneInfo) -> Callable[[PostRow], PostRow]:
    def place(row: PostRow) -> PostRow:
        moment = row[4]
        if moment is None or moment.tzinfo is not None:
            return row
        return (*row[:4], moment.replace(tzinfo=zone), *row[5:])

    return place


def _rezoned_row(old: str, zone: ZoneInfo) -> Callable[[PostRow], PostRow]:
    def change(row: PostRow) -> PostRow:
        return (*row[:4], _rezoned(row[4], old, zone), *row[5:])

    return change


def _rezoned(moment: datetime | None, old: str, zone: ZoneInfo) -> datetime | None:
    if moment is None or getattr(moment.tzinfo, "key", None) != old:
        return moment  # a time the file gave with its own offset, or none
    return moment.replace(tzinfo=zone)


def remembered_time_zones(plan: PlanFile) -> dict[str, str]:
    """The zone the user chose for each network's files, as the plan remembers it."""
    zones = {}
    for network in ZONED_NETWORKS:
        zone = read_setting(plan, SETTING.format(network=network))
        if isinstance(zone, str):
            zones[network] = zone
    return zones


def _is_mapped(item: FilePreview) -> bool:
    """Another tool's CSV: its zone is the plan's, not the one chosen for the network's
    own exports (Meta's), and a zone chosen for it is not remembered for them."""
    return item.reading is not None and any(
        part.kind == MAPPED_KIND for part in item.reading.readings
    )


def apply_remembered(item: FilePreview, zones: dict[str, str]) -> None:
    """Read a previewed file in the zone remembered for its network, if any."""
    times = file_times(item)
    if (
        times is not None
        and times.network in zones
        and times.time_zone is not None
        and not _is_mapped(item)
    ):
        set_time_zone(item, zones[times.network])


def remember_time_zones(plan: PlanFile, previews: list[FilePreview]) -> None:
    """Keep the zone each network's files were imported in, for the next import."""
    with plan.transaction():
        for item in previews:
            times = file_times(item)
            if (
                times is not None
                and times.time_zone
                and times.network in ZONED_NETWORKS
                and not _is_mapped(item)
            ):
                write_setting(plan, SETTING.format(network=times.network), times.time_zone)


def read_again(item: FilePreview, download_day: date, zones: dict[str, str]) -> FilePreview:
    """The file read again with its year-less days placed by ``download_day``."""
    try:
        reading = read_export_file(item.path, download_day=download_day)
    except UserError as error:
        return FilePreview(item.path, error=error.user_message or str(error))
    again = FilePreview(item.path, reading)
    apply_remembered(again, zones)
    return again


def zone_choices(assumed: str, plan_zone: str) -> list[str]:
    """The zones offered: the one assumed, the plan's, then the common ones."""
    return list(dict.fromkeys([assumed, plan_zone, *COMMON_ZONES]))
