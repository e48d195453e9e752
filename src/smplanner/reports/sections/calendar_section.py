"""The calendar of the coming weeks as month grids, each post in its network's colour.

Each post also names its network in words and its time, so the grid reads in black
and white; campaigns are written in the days they cover.
"""

from __future__ import annotations

import calendar as month_calendar
from collections import defaultdict
from datetime import date

from smplanner.domain.post_refs import PostRef
from smplanner.reports.html_blocks import MUTED, RULE, network_badge, subheading, table, text
from smplanner.reports.media_thumbnails import MediaThumbnails
from smplanner.reports.report_context import ReportContext, SectionContent

MAX_TITLE = 48
GRID_THUMBNAIL_PX = 40  # a day's cell is ~90 px wide on A4
LIST_THUMBNAIL_PX = 96  # beside the text the client approves
# The posts' whole texts are for paper (the client approves them), not for slides.
APPROVAL_START = "<!--approval-->"
APPROVAL_END = "<!--/approval-->"


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while date(year, month, 1) < end:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _post_line(context: ReportContext, post: PostRef, thumbnails: MediaThumbnails) -> str:
    title = post.title or post.text
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    when = context.lang.time(post.scheduled_at) if post.scheduled_at else ""
    picture = thumbnails.strip(post.media[:1], GRID_THUMBNAIL_PX)  # the first: room is short
    return (
        f'<p style="font-size: 7pt; margin-top: 2px; margin-bottom: 0;">'
        f"{network_badge(post.network, small=True)} {text(when)}<br/>{text(title)}"
        f"{'<br/>' + picture if picture else ''}</p>"
    )


def _month_grid(
    context: ReportContext,
    year: int,
    month: int,
    posts_by_day: dict[date, list[PostRef]],
    thumbnails: MediaThumbnails,
) -> str:
    lang = context.lang
    options = context.options
    header = "".join(
        f'<th width="14%" align="center" style="font-size: 8pt;">{text(lang.weekday_short(d))}</th>'
        for d in range(7)
    )
    rows = []
    for week in month_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for day in week:
            inside = day.month == month and options.start <= day < options.end
            colour = "" if inside else f" color: {MUTED};"
            content = [
                f'<p style="font-size: 8pt; font-weight: 600; margin: 0;{colour}">{day.day}</p>'
            ]
            if day.month == month:
                for campaign in context.campaigns:
                    if campaign.covers(day):
                        content.append(
                            f'<p style="font-size: 6.5pt; font-style: italic; margin: 0;">'
                            f"{text(campaign.name)}</p>"
                        )
                content.extend(
                    _post_line(context, post, thumbnails) for post in posts_by_day.get(day, [])
                )
            fill = "" if inside else ' bgcolor="#f3f4f6"'
            cells.append(f'<td valign="top" height="64"{fill}>{"".join(content)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        subheading(lang.month_title(year, month).capitalize())
        + f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-color: {RULE}; border-style: solid; margin-bottom: 10pt;">'
        f"<thead><tr>{header}</tr></thead>{''.join(rows)}</table>"
    )


def calendar(context: ReportContext) -> SectionContent | None:
    """Month grids covering the chosen period; None when nothing is planned in it."""
    lang = context.lang
    posts = context.posts_in_period
    if not posts:
        return None
    zone_days: dict[date, list[PostRef]] = defaultdict(list)
    for post in posts:
        if post.scheduled_at is not None:
            zone_days[post.scheduled_at.date()].append(post)
    networks = sorted({post.network for post in posts})
    legend = (
        '<p class="small">'
        + text(lang.translate("Report", "Networks:"))
        + " "
        + " &nbsp; ".join(network_badge(n, small=True) for n in networks)
        + "</p>"
    )
    intro = (
        "<p>"
        + text(
            lang.translate("Report", "{count} posts planned from {start} to {end}.").format(
                count=len(posts),
                start=lang.long_date(context.options.start),
                end=lang.long_date(context.options.last_day),
            )
        )
        + "</p>"
    )
    thumbnails = MediaThumbnails(context.plan)
    grids = [
        _month_grid(context, year, month, zone_days, thumbnails)
        for year, month in _months(context.options.start, context.options.end)
    ]
    # One month per page keeps each grid whole on paper.
    separator = '<p style="page-break-before: always; margin: 0;"></p>'
    approval = _post_texts(context, thumbnails)
    return SectionContent(
        intro + legend + separator.join(grids) + (separator + approval if approval else ""),
        thumbnails.images,
    )


def _post_texts(context: ReportContext, thumbnails: MediaThumbnails) -> str:
    """Every post of the period with its whole text, link, hashtags and media, in date
    order: what the client reads to approve the calendar."""
    lang = context.lang
    dated = sorted(
        (p for p in context.posts_in_period if p.scheduled_at is not None),
        key=lambda p: (p.scheduled_at, p.network),
    )
    rows = []
    for post in dated:
        assert post.scheduled_at is not None
        when = (
            f"{text(lang.short_date(post.scheduled_at))}<br/>{text(lang.time(post.scheduled_at))}"
        )
        body = text(post.text or post.title).replace("\n", "<br/>")
        extras = [text(part) for part in (post.hashtags, post.link) if part]
        if post.media:
            media = lang.translate("Report", "Media: {names}").format(
                names=", ".join(name.rsplit("/", 1)[-1] for name in post.media)
            )
            extras.append(text(media))
        if extras:
            body += '<br/><span class="muted small">' + " · ".join(extras) + "</span>"
        pictures = thumbnails.strip(post.media, LIST_THUMBNAIL_PX)
        if pictures:
            body += "<br/>" + pictures
        rows.append((when, network_badge(post.network, small=True), body))
    if not rows:
        return ""
    return (
        APPROVAL_START
        + subheading(lang.translate("Report", "The posts, to approve"))
        + table(
            [
                lang.translate("Report", "When"),
                lang.translate("Report", "Network"),
                lang.translate("Report", "Text"),
            ],
            rows,
            widths=(18, 16, 66),
            raw=True,
        )
        + APPROVAL_END
    )
