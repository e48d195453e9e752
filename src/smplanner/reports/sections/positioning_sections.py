"""Report sections from the second half of the workshop: audience, networks, editorial
line, community-management charter and the KPIs to follow."""

from __future__ import annotations

from collections.abc import Sequence

from smplanner.domain.strategy_refs import NetworkChoice
from smplanner.reports.html_blocks import (
    bars,
    fields,
    network_badge,
    network_name,
    paragraph,
    subheading,
    table,
    text,
)
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_labels import label
from smplanner.reports.report_language import ReportLanguage


def audience(context: ReportContext) -> SectionContent | None:
    """Personas, positioning statement, competitors and differentiators."""
    lang = context.lang
    doc = context.strategy
    positioning = fields(
        [
            (lang.translate("Report", "Positioning"), doc.text("audience.positioning")),
            (lang.translate("Report", "Differentiators"), doc.text("audience.differentiators")),
        ]
    )
    if not doc.personas and not doc.competitors and not positioning:
        return None
    html = ""
    if doc.personas:
        html += subheading(lang.translate("Report", "Personas"))
        rows = []
        for persona in doc.personas:
            ages = ""
            if persona.age_min is not None or persona.age_max is not None:
                ages = lang.translate("Report", "{low}–{high} years").format(
                    low=persona.age_min if persona.age_min is not None else "",
                    high=persona.age_max if persona.age_max is not None else "",
                )
            who = ", ".join(
                part
                for part in (ages, label(lang, persona.gender), persona.place, persona.occupation)
                if part
            )
            rows.append(
                (
                    f"<b>{text(persona.name)}</b><br/>{text(who)}",
                    text(persona.interests),
                    ", ".join(network_name(n) for n in persona.networks),
                    text(persona.expectations),
                )
            )
        html += table(
            [
                lang.translate("Report", "Persona"),
                lang.translate("Report", "Interests"),
                lang.translate("Report", "Networks"),
                lang.translate("Report", "Expectations"),
            ],
            rows,
            widths=(32, 22, 18, 28),
            raw=True,
        )
    if positioning:
        html += subheading(lang.translate("Report", "Positioning")) + positioning
    if doc.competitors:
        html += subheading(lang.translate("Report", "Competitors"))
        html += table(
            [
                lang.translate("Report", "Competitor"),
                lang.translate("Report", "Networks"),
                lang.translate("Report", "What they do well"),
            ],
            [
                # Stored as network ids ("instagram,tiktok") or typed words: names either way.
                (
                    c.name,
                    ", ".join(network_name(n.strip()) for n in c.networks.split(",") if n.strip()),
                    c.strengths,
                )
                for c in doc.competitors
            ],
            widths=(30, 25, 45),
        )
    return SectionContent(html)


def network_rows(used: Sequence[NetworkChoice], lang: ReportLanguage) -> list[tuple[str, str, str]]:
    """Each network used as table cells: its badge, its role, its rhythm ("3 a week")."""
    return [
        (
            network_badge(choice.network),
            text(choice.role),
            text(
                lang.translate("Report", "{count} a week").format(count=choice.weekly_target)
                if choice.weekly_target is not None
                else ""
            ),
        )
        for choice in used
    ]


def networks(context: ReportContext) -> SectionContent | None:
    """The networks used, the role of each and the weekly rhythm."""
    lang = context.lang
    used = [choice for choice in context.strategy.network_choices if choice.used]
    if not used:
        return None
    rows = network_rows(used, lang)
    html = table(
        [
            lang.translate("Report", "Network"),
            lang.translate("Report", "Role"),
            lang.translate("Report", "Posts"),
        ],
        rows,
        widths=(24, 56, 20),
        raw=True,
    )
    rhythm = [c for c in used if c.weekly_target]
    if len(rhythm) > 1:  # the posting rhythm per network, as bars in its colours
        html += subheading(lang.translate("Report", "Posting rhythm"))
        html += bars(
            [
                (
                    network_badge(choice.network),
                    float(choice.weekly_target or 0),
                    lang.translate("Report", "{count} a week").format(count=choice.weekly_target),
                )
                for choice in rhythm
            ]
        )
    return SectionContent(html + _reasons(context, {choice.network for choice in used}))


def _reasons(context: ReportContext, used: set[str]) -> str:
    """Why each network (and a channel such as job boards) was chosen, with the
    sources the workshop showed: the client can check where the advice comes from."""
    from smplanner.domain.recommendations import channel_label, recommend

    lang = context.lang
    items = []
    for found in recommend(context.strategy, lang.code):
        if found.network not in used and not found.is_channel:
            continue
        name = (
            channel_label(found.network, lang.code)
            if found.is_channel
            else network_badge(found.network)
        )
        sources = lang.translate("Report", "Sources: {sources}").format(
            sources="; ".join(found.sources)
        )
        items.append(
            f"<li>{name if not found.is_channel else text(str(name))} — "
            f"{text(' '.join(found.reasons))}<br/>"
            f'<span class="muted small">{text(sources)}</span></li>'
        )
    if not items:
        return ""
    return subheading(lang.translate("Report", "Why these networks")) + f"<ul>{''.join(items)}</ul>"


def _mix_bar(shares: list[tuple[str, float]]) -> str:
    """The pillar mix as one horizontal bar with labelled, shaded segments."""
    shades = ("#3b4a5a", "#7d8a99", "#b9c2cc", "#556677", "#99a6b3", "#d5dbe1")
    cells = "".join(
        f'<td width="{max(1, round(share))}%" style="background-color: {shades[i % len(shades)]};'
        f' color: {"#ffffff" if i % 3 != 2 else "#1f2a37"}; font-size: 8pt;" align="center">'
        f"{round(share)}&nbsp;%</td>"
        for i, (_name, share) in enumerate(shares)
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4" style="margin-bottom: 6pt;">'
        f"<tr>{cells}</tr></table>"
    )


def editorial(context: ReportContext) -> SectionContent | None:
    """Content pillars and their share, tone, do's and don'ts, hashtags."""
    lang = context.lang
    doc = context.strategy
    line = fields(
        [
            (lang.translate("Report", "Tone of voice"), doc.text("editorial.tone")),
            (lang.translate("Report", "Do"), doc.text("editorial.dos")),
            (lang.translate("Report", "Don't"), doc.text("editorial.donts")),
            (lang.translate("Report", "Hashtags"), doc.text("editorial.hashtags")),
        ]
    )
    if not doc.pillars and not line:
        return None
    html = ""
    if doc.pillars:
        html += subheading(lang.translate("Report", "Content pillars"))
        shares = [(p.name, p.share_percent or 0.0) for p in doc.pillars if p.share_percent]
        if shares:
            html += _mix_bar(shares)
        html += table(
            [
                lang.translate("Report", "Pillar"),
                lang.translate("Report", "Kind"),
                lang.translate("Report", "Share of posts"),
            ],
            [(p.name, label(lang, p.kind), lang.percent(p.share_percent)) for p in doc.pillars],
            numeric=(2,),
            widths=(45, 35, 20),
        )
    if line:
        html += subheading(lang.translate("Report", "Tone and rules")) + line
    return SectionContent(html)


def community(context: ReportContext) -> SectionContent | None:
    """The moderation charter: mode, answers, criticism, trolls, escalation, templates."""
    lang = context.lang
    doc = context.strategy
    hours = doc.number("community.response_hours")
    charter = fields(
        [
            (lang.translate("Report", "Moderation"), label(lang, doc.text("community.moderation"))),
            (
                lang.translate("Report", "Answer within"),
                lang.translate("Report", "{hours} hours").format(hours=lang.number(hours))
                if hours is not None
                else "",
            ),
            (lang.translate("Report", "Who answers"), doc.text("community.who_answers")),
            (lang.translate("Report", "Tone of answers"), doc.text("community.response_tone")),
            (lang.translate("Report", "Criticism"), doc.text("community.criticism")),
            (lang.translate("Report", "Trolls"), doc.text("community.troll_policy")),
            (lang.translate("Report", "Escalation"), doc.text("community.escalation")),
        ]
    )
    if not charter and not doc.reply_templates:
        return None
    html = charter
    if doc.reply_templates:
        html += subheading(lang.translate("Report", "Reply templates"))
        html += table(
            [lang.translate("Report", "Situation"), lang.translate("Report", "Answer")],
            [(t.title, t.text) for t in doc.reply_templates],
            widths=(30, 70),
        )
    return SectionContent(html)


def kpis(context: ReportContext) -> SectionContent | None:
    """For each objective, the KPIs to follow, their source and review rhythm."""
    lang = context.lang
    doc = context.strategy
    if not doc.kpis:
        return None
    titles = {o.id: o.title or label(lang, o.kind) for o in doc.objectives}
    rows = [
        (
            titles.get(k.objective_id, ""),
            label(lang, k.kpi)
            + (
                " "
                + lang.translate("Report", "(per {denominator})").format(
                    denominator=label(lang, k.denominator)
                )
                if k.denominator
                else ""
            ),
            k.source,
            label(lang, k.review),
        )
        for k in doc.kpis
    ]
    html = table(
        [
            lang.translate("Report", "Objective"),
            lang.translate("Report", "KPI"),
            lang.translate("Report", "Source"),
            lang.translate("Report", "Review"),
        ],
        rows,
        widths=(34, 26, 22, 18),
    )
    rhythm = doc.text("kpis.review_rhythm")
    if rhythm:
        html += paragraph(
            lang.translate("Report", "Review rhythm: {rhythm}").format(rhythm=label(lang, rhythm))
        )
    return SectionContent(html)
