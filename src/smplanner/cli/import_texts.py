"""What `smplanner import` prints, in the user's language (the window's translations):
per file, what it was read as, the time zone and the period its times and days rest
on, the notes and the points to check; then what was stored. The ``--json`` report
is made here too, always in English (it is for scripts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from smplanner.services.statistics_import import FilePreview
from smplanner.services.statistics_import_network import unsaid_title
from smplanner.services.statistics_import_repeated import RepeatedTimes, repeated_times
from smplanner.services.statistics_import_times import file_times
from smplanner.texts.core_messages import locale_value, message_text

META_ZONE = "America/Los_Angeles"


def kind_text(label: str) -> str:
    """'Meta Business Suite — Facebook posts' with the table's name in the interface's
    language: the import preview's own words for it (ui/statistics, ImportDialog)."""
    parts = []
    for part in label.split(", "):
        tool, dash, table = part.partition(" — ")
        parts.append(tool + dash + QCoreApplication.translate("ImportDialog", table))
    return ", ".join(parts)


def file_lines(item: FilePreview) -> list[str]:
    """The lines about one previewed file."""
    reading = item.reading
    if reading is None:
        lines = [
            QCoreApplication.translate("ImportCommand", "%1: not recognised").replace(
                "%1", str(item.path)
            )
        ]
    else:
        lines = [
            QCoreApplication.translate("ImportCommand", "%1: %2, %3 rows read")
            .replace("%1", str(item.path))
            .replace("%2", kind_text(reading.kind_label))
            .replace("%3", locale_value(reading.rows_read))
        ]
    times = file_times(item)
    if times is not None and times.time_zone is not None:
        zone = times.time_zone
        lines.append(
            "  "
            + (
                QCoreApplication.translate(
                    "ImportCommand", "times read in %1 (Pacific time, as Meta writes it)"
                )
                if zone == META_ZONE
                else QCoreApplication.translate("ImportCommand", "times read in %1")
            ).replace("%1", zone)
        )
    if times is not None and times.period is not None:
        first, last = times.period
        lines.append(
            "  "
            + QCoreApplication.translate(
                "ImportCommand", "days without a year placed from %1 to %2 (downloaded on %3)"
            )
            .replace("%1", locale_value(first))
            .replace("%2", locale_value(last))
            .replace("%3", locale_value(times.download_day) if times.download_day else "?")
        )
    lines += [
        "  "
        + QCoreApplication.translate("ImportCommand", "note: %1").replace("%1", message_text(n))
        for n in item.note_messages
    ]
    lines += [
        "  "
        + QCoreApplication.translate("ImportCommand", "check: %1").replace("%1", message_text(f))
        for f in item.flag_messages
    ]
    lines += [
        "  "
        + QCoreApplication.translate("ImportCommand", "problem: %1").replace("%1", message_text(p))
        for p in item.problem_messages
    ]
    return lines


def stored_line(entry: dict[str, Any]) -> str:
    return (
        QCoreApplication.translate(
            "ImportCommand", "stored %1: %2 new posts, %3 updated; %4 new daily values, %5 updated"
        )
        .replace("%1", str(entry["source"]))
        .replace("%2", locale_value(entry["posts_added"]))
        .replace("%3", locale_value(entry["posts_updated"]))
        .replace("%4", locale_value(entry["daily_added"]))
        .replace("%5", locale_value(entry["daily_updated"]))
    )


def dry_run_line() -> str:
    return QCoreApplication.translate("ImportCommand", "dry run: nothing was stored.")


def nothing_imported(dry_run: bool) -> str:
    if dry_run:
        return QCoreApplication.translate(
            "ImportCommand", "smplanner import: nothing was imported."
        )
    return QCoreApplication.translate(
        "ImportCommand",
        "smplanner import: nothing was imported; fix the files or use --skip-bad-rows.",
    )


def bad_zone(zone: str) -> str:
    return QCoreApplication.translate(
        "ImportCommand",
        "smplanner import: %1 is not a time zone: give an IANA name such as Europe/Paris "
        "or America/Los_Angeles.",
    ).replace("%1", zone)


def bad_download_day(text: str) -> str:
    return QCoreApplication.translate(
        "ImportCommand",
        "smplanner import: %1 is not a download day: write it as YYYY-MM-DD (e.g. "
        "2026-02-28), today or before.",
    ).replace("%1", text)


def unknown_mapping(plan: object, name: str, saved: list[str]) -> str:
    """Why --mapping NAME was refused: the plan's saved mappings, or how to save one."""
    if not saved:
        return (
            QCoreApplication.translate(
                "ImportCommand",
                'smplanner import: no column mapping is saved in %1, so none is named "%2". '
                "Save one first in the window's import preview (Import statistics, Read "
                "with a column mapping…, Save as).",
            )
            .replace("%1", str(plan))
            .replace("%2", name)
        )
    return (
        QCoreApplication.translate(
            "ImportCommand",
            'smplanner import: no column mapping named "%1" is saved in %2. Saved mappings: %3.',
        )
        .replace("%1", name)
        .replace("%2", str(plan))
        .replace("%3", ", ".join(_quoted(each) for each in sorted(saved, key=_name_order)))
    )


def _quoted(name: str) -> str:
    """A saved name between the language's quotation marks (« » in French)."""
    return QCoreApplication.translate("ImportCommand", '"%1"').replace("%1", name)


def _name_order(name: str) -> tuple[str, str]:
    return name.casefold(), name


def repeated_unanswered(item: FilePreview, found: RepeatedTimes) -> str:
    """Why a file with times in the repeated hour was not imported, and what to pass."""
    return (
        QCoreApplication.translate(
            "ImportCommand",
            "smplanner import: %1: %2 post(s) were published in the hour that repeats when "
            "the clocks go back in %3 (rows %4). Pass --ambiguous earlier if it is the "
            "first hour (summer time), --ambiguous later if it is the second (winter time).",
        )
        .replace("%1", str(item.path))
        .replace("%2", locale_value(found.count))
        .replace("%3", found.zone)
        .replace("%4", found.where())
    )


def network_unsaid(item: FilePreview, title: str) -> str:
    """Why a Meta daily series naming no network was not imported, and what to pass."""
    return (
        QCoreApplication.translate(
            "ImportCommand",
            'smplanner import: %1: the Meta Business Suite daily series "%2" does not say '
            "whether it is Facebook's or Instagram's. Pass --network facebook or --network "
            "instagram.",
        )
        .replace("%1", str(item.path))
        .replace("%2", title)
    )


def report_entry(item: FilePreview) -> dict[str, Any]:
    """One file of the --json report (English, dates as ISO text)."""
    reading = item.reading
    times = file_times(item)

    def day(value: date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "file": str(item.path),
        "kind": reading.kinds if reading else None,
        "kind_label": reading.kind_label if reading else None,
        "rows": reading.rows_read if reading else 0,
        "problems": item.problems,
        "notes": [str(note) for note in item.note_messages],
        "flags": [str(flag) for flag in item.flag_messages],
        "time_zone": times.time_zone if times else None,
        "period": [day(times.period[0]), day(times.period[1])] if times and times.period else None,
        "download_day": day(times.download_day) if times and times.period else None,
        "repeated_hour": _repeated_entry(item),
        "network_unsaid": _network_entry(item),
    }


def _network_entry(item: FilePreview) -> dict[str, Any] | None:
    title = unsaid_title(item)
    return None if title is None else {"title": title, "choice": item.network_choice}


def _repeated_entry(item: FilePreview) -> dict[str, Any] | None:
    found = repeated_times(item)
    if found is None:
        return None
    return {
        "zone": found.zone,
        "rows": list(found.rows),
        "posts": list(found.unnamed),
        "choice": item.repeated_choice,
    }
