"""Key dates ("Temps forts"): the key dates of the report's period, each with the posts
and campaigns planned around it, so that the client sees Father's Day and the three
posts leading to it together. Each source's address is printed: a client may ask
where a date comes from.
"""

from __future__ import annotations

import re
from datetime import date

from smplanner.domain.key_date_ties import TiedKeyDate, tie_key_dates
from smplanner.reports.html_blocks import network_badge, paragraph, table, text
from smplanner.reports.report_context import ReportContext, SectionContent

MAX_TITLE = 60
_LINK = re.compile(r"https?://[^\s)]+")


def source_link(source: str) -> str:
    """The address a key date's source gives; nothing when it gives none. The words
    around it are English notes for the CM ("Third Sunday of June"), not the client's."""
    found = _LINK.search(source)
    return found.group(0) if found else ""


def _when(context: ReportContext, tied: TiedKeyDate) -> str:
    lang, key = context.lang, tied.key
    if key.ends_on == key.starts_on:
        return lang.long_date(key.starts_on)
    return f"{lang.long_date(key.starts_on)} – {lang.long_date(key.ends_on)}"


def _planned(context: ReportContext, tied: TiedKeyDate) -> str:
    """The campaigns, then the posts with network, day and title; a word when none."""
    lang = context.lang
    lines = [
        "<i>" + text(lang.translate("Report", "Campaign: {name}").format(name=c.name)) + "</i>"
        for c in tied.campaigns
    ]
    for post in tied.posts:
        assert post.scheduled_at is not None
        title = post.title or post.text
        if len(title) > MAX_TITLE:
            title = title[: MAX_TITLE - 1].rstrip() + "…"
        lines.append(
            f"{network_badge(post.network, small=True)} "
            f"{text(lang.short_date(post.scheduled_at))} — {text(title)}"
        )
    if not lines:
        return (
            '<span class="muted">' + text(lang.translate("Report", "Nothing planned")) + "</span>"
        )
    return "<br/>".join(lines)


def key_dates(context: ReportContext) -> SectionContent | None:
    """The period's key dates and what is planned for each; None when it has none, or
    when nothing at all is planned in it (a plan without a calendar yet: the key dates
    alone would be a page of "Nothing planned")."""
    from smplanner.services.calendar_key_dates import key_dates_of_years

    options, lang = context.options, context.lang
    found = tie_key_dates(
        key_dates_of_years(context.plan, date(options.start.year - 1, 1, 1), options.end),
        context.posts_in_period,
        context.campaigns,
        options.start,
        options.end,
    )
    if not found or not (context.posts_in_period or any(t.campaigns for t in found)):
        return None
    intro = paragraph(
        lang.translate(
            "Report", "The key dates from {start} to {end}, with what is planned around each."
        ).format(start=lang.long_date(options.start), end=lang.long_date(options.last_day))
    )
    rows = [
        (
            text(_when(context, tied)),
            "<b>"
            + text(tied.key.name(lang.code))
            + "</b><br/>"
            + f'<span class="muted small">{text(source_link(tied.key.source(lang.code)))}</span>',
            _planned(context, tied),
        )
        for tied in found
    ]
    headers = [
        lang.translate("Report", "Date"),
        lang.translate("Report", "Key date"),
        lang.translate("Report", "Planned around it"),
    ]
    return SectionContent(intro + table(headers, rows, widths=(20, 35, 45), raw=True))
