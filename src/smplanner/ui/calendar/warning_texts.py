"""Words for the rule warnings (the domain gives kinds and figures; the UI phrases them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from smplanner.domain import rule_warnings as rules
from smplanner.domain.networks import network
from smplanner.domain.rule_warnings import RuleWarning

DAY_FORMAT = "ddd d MMM"  # "Mon 26 Oct", "lun. 26 oct.": no 10/26/26 ambiguity


def format_day(day: date) -> str:
    """A day as the warnings write it, in the interface's language."""
    return QLocale().toString(day, DAY_FORMAT)


def _name(network_id: str | None) -> str:
    return network(network_id).name if network_id else ""


def warning_text(warning: RuleWarning) -> str:
    """One sentence a community manager understands, in the interface's language."""
    p = warning.params

    if warning.kind == rules.CAP:
        return (
            QCoreApplication.translate(
                "RuleWarnings", "%1: %2 posts in the week of %3, above the weekly cap of %4"
            )
            .replace("%1", _name(warning.network))
            .replace("%2", str(p["count"]))
            .replace("%3", format_day(p["week"]))
            .replace("%4", str(p["cap"]))
        )
    if warning.kind == rules.SAME_TEXT:
        a, b = p["networks"]
        return (
            QCoreApplication.translate(
                "RuleWarnings", "Nearly the same text on %1 and %2: adapt it to each network"
            )
            .replace("%1", _name(a))
            .replace("%2", _name(b))
        )
    if warning.kind == rules.NIGHT:
        return (
            QCoreApplication.translate("RuleWarnings", "%1: posted at night (%2 h)")
            .replace("%1", _name(warning.network))
            .replace("%2", str(p["hour"]))
        )
    if warning.kind == rules.WEEKEND:
        return QCoreApplication.translate("RuleWarnings", "%1: posted at the weekend").replace(
            "%1", _name(warning.network)
        )
    if warning.kind == rules.PEAK:
        text = QCoreApplication.translate(
            "RuleWarnings", "%1: busiest slot of the network, the competition posts then too"
        )
        text = text.replace("%1", _name(warning.network))
        if p.get("suggestion") is not None:
            text += QCoreApplication.translate("RuleWarnings", "; quieter nearby: %1").replace(
                "%1", f"{p['suggestion']:%H:%M}"
            )
        return text
    if warning.kind == rules.GAP:
        return (
            QCoreApplication.translate("RuleWarnings", "%1: nothing planned for %2 days (%3 – %4)")
            .replace("%1", _name(warning.network))
            .replace("%2", str(p["days"]))
            .replace("%3", format_day(p["from"]))
            .replace("%4", format_day(p["to"]))
        )
    if warning.kind == rules.NO_PILLAR:
        return QCoreApplication.translate("RuleWarnings", "%1: no content pillar").replace(
            "%1", _name(warning.network)
        )
    if warning.kind == rules.NO_OBJECTIVE:
        return QCoreApplication.translate("RuleWarnings", "%1: serves no objective").replace(
            "%1", _name(warning.network)
        )
    return warning.kind
