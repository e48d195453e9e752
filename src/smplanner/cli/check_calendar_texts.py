"""What `smplanner check` says about the calendar: the method's warnings, worded as
the Calendar tab's panel words them (the same translations), and the pillar mix's
drift from the workshop's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from smplanner.services.calendar_check import CalendarWarning
from smplanner.services.pillar_mix_check import PillarMixReport
from smplanner.texts.warning_texts import warning_text


def warning_sentences(found: list[CalendarWarning]) -> list[str]:
    """One sentence per warning, in the language installed (English without one)."""
    return [warning_text(item.warning) for item in found]


def calendar_lines(found: list[CalendarWarning]) -> list[str]:
    """'Calendar: 3 warning(s)' then one line per warning, with its first post's time."""
    title = QCoreApplication.translate("CheckCommand", "Calendar: %1 warning(s)").replace(
        "%1", QLocale().toString(len(found))
    )
    if not found:
        return [title]
    lines = [title]
    for item, sentence in zip(found, warning_sentences(found), strict=True):
        moment = item.first_moment
        # The time as the plan stores it, read the same in every language.
        when = f"[{moment:%Y-%m-%d %H:%M}] " if moment is not None else ""
        lines.append(f"  {when}{sentence}")
    return lines


def pillar_mix_lines(report: PillarMixReport) -> list[str]:
    """'Pillar mix (tolerance 15 points): 2 drift(s)' then one line per month and pillar."""
    locale = QLocale()
    drifts = report.drifts()
    lines = [
        QCoreApplication.translate("CheckCommand", "Pillar mix (tolerance %1 points): %2 drift(s)")
        .replace("%1", locale.toString(report.tolerance, "g", 3))
        .replace("%2", locale.toString(len(drifts)))
    ]
    for month, share in drifts:
        lines.append(
            QCoreApplication.translate(
                "CheckCommand", "  %1 %2: %3 % of the posts, the mix says %4 % (%5 of %6 posts)"
            )
            .replace("%1", month.month.isoformat()[:7])  # read the same in every language
            .replace("%2", share.name)
            .replace("%3", locale.toString(share.planned, "g", 3))
            .replace("%4", locale.toString(share.target, "g", 3))
            .replace("%5", locale.toString(share.posts))
            .replace("%6", locale.toString(month.posts))
        )
    return lines
