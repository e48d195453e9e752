"""Report sections from the first half of the workshop: summary, audit, budget, objectives."""

from __future__ import annotations

from smplanner.reports.html_blocks import (
    fields,
    network_badge,
    paragraph,
    subheading,
    table,
    text,
)
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_labels import label


def summary(context: ReportContext) -> SectionContent:
    """Who the client is, the period covered and the strategy in a few figures."""
    from smplanner.domain.sectors import sector_label

    lang = context.lang
    doc = context.strategy
    props = context.properties
    used = [choice for choice in doc.network_choices if choice.used]
    options = context.options
    period = lang.translate("Report", "{start} to {end}").format(
        start=lang.long_date(options.start), end=lang.long_date(options.last_day)
    )
    facts = fields(
        [
            (lang.translate("Report", "Client"), props.client_name),
            (lang.translate("Report", "Sector"), sector_label(props.sector, lang.code)),
            (lang.translate("Report", "Calendar period"), period),
            (lang.translate("Report", "Positioning"), doc.text("audience.positioning")),
        ]
    )
    figures = table(
        [lang.translate("Report", "In figures"), ""],
        [
            (lang.translate("Report", "Networks used"), str(len(used))),
            (lang.translate("Report", "SMART objectives"), str(len(doc.objectives))),
            (lang.translate("Report", "Content pillars"), str(len(doc.pillars))),
            (
                lang.translate("Report", "Posts planned in the period"),
                str(len(context.posts_in_period)),
            ),
        ],
        numeric=(1,),
        widths=(70, 30),
    )
    networks = ""
    if used:
        networks = subheading(lang.translate("Report", "Networks")) + (
            "<p>" + " &nbsp; ".join(network_badge(choice.network) for choice in used) + "</p>"
        )
    return SectionContent(facts + figures + networks)


def audit(context: ReportContext) -> SectionContent | None:
    """Where the client stands: networks already used, team, tools, what worked."""
    lang = context.lang
    doc = context.strategy
    answers = fields(
        [
            (lang.translate("Report", "Who runs the accounts"), doc.text("audit.who_runs")),
            (lang.translate("Report", "Hours a week"), lang.number(doc.number("audit.team_hours"))),
            (lang.translate("Report", "Skills in-house"), doc.text("audit.skills")),
            (lang.translate("Report", "Tools already used"), doc.text("audit.tools")),
            (lang.translate("Report", "What worked, what did not"), doc.text("audit.learnings")),
        ]
    )
    rows = [
        (
            network_badge(item.network),
            text(item.handle),
            lang.number(item.followers),
            lang.number(item.posts_per_week, 1),
            text(lang.short_date(item.last_post)),
            text(
                lang.translate("Report", "active")
                if item.active
                else lang.translate("Report", "dormant")
            ),
        )
        for item in doc.audit_networks
    ]
    if not answers and not rows:
        return None
    html = ""
    if rows:
        html += subheading(lang.translate("Report", "Networks in use today"))
        html += table(
            [
                lang.translate("Report", "Network"),
                lang.translate("Report", "Account"),
                lang.translate("Report", "Followers"),
                lang.translate("Report", "Posts a week"),
                lang.translate("Report", "Last post"),
                lang.translate("Report", "State"),
            ],
            rows,
            numeric=(2, 3),
            raw=True,
        )
    if answers:
        html += subheading(lang.translate("Report", "Team and tools")) + answers
    return SectionContent(html)


def budget(context: ReportContext) -> SectionContent | None:
    """From revenue to the social-media envelope, and the paid lines against it."""
    from smplanner.domain.budget import (
        COMMUNICATION_PERCENT,
        DIGITAL_PERCENT,
        REVENUE,
        SOCIAL_PERCENT,
        document_envelope,
        lines_total,
        yearly_amount,
    )

    lang = context.lang
    doc = context.strategy
    if doc.number(REVENUE) is None and not doc.budget_lines:
        return None
    envelope = document_envelope(doc)
    shares = table(
        [
            lang.translate("Report", "Envelope"),
            lang.translate("Report", "Share"),
            lang.translate("Report", "Amount per year"),
        ],
        [
            (lang.translate("Report", "Annual revenue"), "", context.money(doc.number(REVENUE))),
            (
                lang.translate("Report", "All communication"),
                lang.percent(doc.number(COMMUNICATION_PERCENT), 1),
                context.money(envelope.communication),
            ),
            (
                lang.translate("Report", "Digital"),
                lang.percent(doc.number(DIGITAL_PERCENT), 1),
                context.money(envelope.digital),
            ),
            (
                lang.translate("Report", "Social media"),
                lang.percent(doc.number(SOCIAL_PERCENT), 1),
                context.money(envelope.social),
            ),
        ],
        numeric=(1, 2),
        widths=(50, 20, 30),
    )
    html = shares
    if doc.budget_lines:
        total = lines_total(doc.budget_lines)
        rows = [
            (
                label(lang, line.kind),
                line.label,
                f"{context.money(line.amount)} {label(lang, line.period)}",
                context.money(yearly_amount(line)),
            )
            for line in doc.budget_lines
        ]
        rows.append(("", lang.translate("Report", "Total"), "", context.money(total)))
        html += subheading(lang.translate("Report", "Paid items"))
        html += table(
            [
                lang.translate("Report", "Kind"),
                lang.translate("Report", "Item"),
                lang.translate("Report", "Amount"),
                lang.translate("Report", "Per year"),
            ],
            rows,
            numeric=(2, 3),
            widths=(22, 38, 22, 18),
        )
        limit = envelope.for_lines
        if limit is not None and total > limit:
            html += paragraph(
                lang.translate(
                    "Report", "The paid items ({total}) exceed the envelope ({limit})."
                ).format(total=context.money(total), limit=context.money(limit))
            )
    return SectionContent(html)


def objectives(context: ReportContext) -> SectionContent | None:
    """Each objective with its KPI, baseline, target, deadline and the SMART check."""
    from smplanner.domain.smart import failing_letters

    lang = context.lang
    doc = context.strategy
    if not doc.objectives:
        return None
    rows = []
    for objective in doc.objectives:
        failing = failing_letters(objective, context.options.today)
        check = (
            lang.translate("Report", "SMART")
            if not failing
            else lang.translate("Report", "to complete: {letters}").format(letters=failing)
        )
        what = f"<b>{text(objective.title or label(lang, objective.kind))}</b>"
        if objective.title:
            what += f'<br/><span class="muted small">{text(label(lang, objective.kind))}</span>'
        if objective.audience:
            what += f'<br/><span class="small">{text(objective.audience)}</span>'
        rows.append(
            (
                what,
                network_badge(objective.network) if objective.network else "",
                text(label(lang, objective.metric)),
                text(lang.number(objective.baseline)),
                text(lang.number(objective.target)),
                text(lang.short_date(objective.deadline)),
                text(check),
            )
        )
    html = table(
        [
            lang.translate("Report", "Objective"),
            lang.translate("Report", "Network"),
            lang.translate("Report", "KPI"),
            lang.translate("Report", "Start"),
            lang.translate("Report", "Target"),
            lang.translate("Report", "Deadline"),
            lang.translate("Report", "Check"),
        ],
        rows,
        numeric=(3, 4),
        widths=(26, 15, 16, 9, 8, 12, 14),
        raw=True,
    )
    html += paragraph(
        lang.translate(
            "Report",
            "SMART: specific, measurable, achievable, realistic and time-bound. "
            "The check names the letters still to work on.",
        ),
        "muted small",
    )
    return SectionContent(html)
