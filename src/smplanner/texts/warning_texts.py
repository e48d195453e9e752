"""Words for the rule warnings (the domain gives kinds and figures; the UI phrases them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from smplanner.domain import post_limits
from smplanner.domain import rule_warnings as rules
from smplanner.domain.networks import network
from smplanner.domain.rule_warnings import RuleWarning

DAY_FORMAT = "ddd d MMM"  # "Mon 26 Oct", "lun. 26 oct.": no 10/26/26 ambiguity


def format_day(day: date) -> str:
    """A day as the warnings write it, in the interface's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_FORMAT)


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
    if warning.kind == post_limits.POST_LIMIT:
        return limit_text(
            warning.network or "", p["what"], p["value"], p["limit"], p.get("detail", "")
        )
    return warning.kind


def _number(value: float) -> str:
    return (
        QLocale().toString(int(value))
        if float(value).is_integer()
        else QLocale().toString(float(value), "f", 1)
    )


def limit_text(network_id: str, what: str, value: float, limit: float, detail: str = "") -> str:
    """'X (Twitter): 301 characters, the network takes 280' and the like."""
    templates = {
        post_limits.TEXT: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: %2 characters, the network takes %3"
        ),
        post_limits.HASHTAGS: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: %2 hashtags, the network takes %3"
        ),
        post_limits.TITLE: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: title of %2 characters, the network takes %3"
        ),
        post_limits.MEDIA: QT_TRANSLATE_NOOP("RuleWarnings", "%1: %2 media, the network takes %3"),
        post_limits.VIDEOS: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: %2 videos, the network takes %3"
        ),
        post_limits.VIDEO_SECONDS: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: video of %2 s, the network takes %3 s"
        ),
        post_limits.MEDIA_REQUIRED: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: needs an image or a video"
        ),
        post_limits.MEDIA_KIND: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: does not take these files (%4)"
        ),
    }
    template = templates.get(
        what, QT_TRANSLATE_NOOP("RuleWarnings", "%1: over a limit of the network")
    )
    return (
        QCoreApplication.translate("RuleWarnings", str(template))
        .replace("%1", _name(network_id))
        .replace("%2", _number(value))
        .replace("%3", _number(limit))
        .replace("%4", ", ".join(_kind_name(kind) for kind in detail.split(", ") if kind))
    )


def limit_cause_text(warning: RuleWarning) -> str:
    """The panel's line over the posts of one network over one limit: 'X (Twitter):
    text over the network's 280 characters'."""
    what, limit = warning.params["what"], warning.params["limit"]
    templates = {
        post_limits.TEXT: QT_TRANSLATE_NOOP(
            "RuleWarnings", "%1: text over the network's %3 characters"
        ),
        post_limits.HASHTAGS: QT_TRANSLATE_NOOP("RuleWarnings", "%1: more than %3 hashtags"),
        post_limits.TITLE: QT_TRANSLATE_NOOP("RuleWarnings", "%1: title over %3 characters"),
        post_limits.MEDIA: QT_TRANSLATE_NOOP("RuleWarnings", "%1: more than %3 media"),
        post_limits.VIDEOS: QT_TRANSLATE_NOOP("RuleWarnings", "%1: more than %3 videos"),
        post_limits.VIDEO_SECONDS: QT_TRANSLATE_NOOP("RuleWarnings", "%1: video over %3 s"),
    }
    if what not in templates:  # media required, media kind: the post's own sentence
        return warning_text(warning)
    return (
        QCoreApplication.translate("RuleWarnings", str(templates[what]))
        .replace("%1", _name(warning.network))
        .replace("%3", _number(limit))
    )


def _kind_name(kind: str) -> str:
    names = {
        "image": QT_TRANSLATE_NOOP("RuleWarnings", "images"),
        "gif": QT_TRANSLATE_NOOP("RuleWarnings", "GIFs"),
        "video": QT_TRANSLATE_NOOP("RuleWarnings", "videos"),
        "document": QT_TRANSLATE_NOOP("RuleWarnings", "documents"),
    }
    return QCoreApplication.translate("RuleWarnings", str(names[kind])) if kind in names else kind
