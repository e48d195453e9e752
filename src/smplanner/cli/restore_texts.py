"""What `smplanner restore` prints, in the user's language (the window's translations),
dates in the machine's time zone and the locale's format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from smplanner.storage.plan_backups import Backup
from smplanner.storage.plan_restore import Restored
from smplanner.texts.backup_texts import made_when, reason_text, size_text


def list_lines(path: Path, backups: list[Backup]) -> list[str]:
    lines = [
        QCoreApplication.translate("RestoreCommand", "Copies kept of %1, newest first:").replace(
            "%1", str(path)
        )
    ]
    for number, backup in enumerate(backups, start=1):
        lines.append(
            f"{number:>3}  {made_when(backup)}  {reason_text(backup):<34}  "
            f"{size_text(backup.size_bytes):>9}  {backup.client_name}"
        )
    lines.append(
        QCoreApplication.translate(
            "RestoreCommand",
            "Put one back with: smplanner restore PLAN NUMBER (the plan as it is now is "
            "kept as a copy first).",
        )
    )
    return lines


def no_copies(path: Path) -> str:
    return QCoreApplication.translate(
        "RestoreCommand",
        "smplanner restore: no copy of %1 was kept (smplanner keeps one when a plan is "
        "opened, before an import and before a template).",
    ).replace("%1", str(path))


def wrong_number(number: int, count: int) -> str:
    return (
        QCoreApplication.translate(
            "RestoreCommand",
            "smplanner restore: there is no copy number %1: choose a number from 1 to %2 "
            "(run smplanner restore PLAN to see the list).",
        )
        .replace("%1", str(number))
        .replace("%2", str(count))
    )


def restored_lines(restored: Restored) -> list[str]:
    lines = [
        QCoreApplication.translate("RestoreCommand", "%1 is back as it was on %2 (%3).")
        .replace("%1", str(restored.path))
        .replace("%2", made_when(restored.backup))
        .replace("%3", reason_text(restored.backup))
    ]
    if restored.previous is not None:
        lines.append(
            QCoreApplication.translate(
                "RestoreCommand",
                "The plan as it was is kept: it is copy number 1 of smplanner restore PLAN.",
            )
        )
    if restored.journal_set_aside is not None:
        lines.append(
            QCoreApplication.translate(
                "RestoreCommand", "A crash journal of the old file was set aside as %1."
            ).replace("%1", str(restored.journal_set_aside))
        )
    return lines


def backups_json(backups: list[Backup]) -> list[dict[str, object]]:
    return [
        {
            "number": number,
            "made_at": backup.made_at,
            "reason": backup.reason,
            "client": backup.client_name,
            "size_bytes": backup.size_bytes,
            "source": backup.source,
            "file": str(backup.path),
        }
        for number, backup in enumerate(backups, start=1)
    ]
