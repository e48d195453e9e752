"""Report sections from the first half of the workshop: summary, audit, budget, objectives."""

from __future__ import annotations

from smplanner.reports.html_blocks import (
    bars,
    big_figures,
    fields,
    network_badge,
    paragraph,
    subheading,
    table,
    text,
)
from smplanner.reports.report_context import ReportContext, SectionContent
from smplanner.reports.report_labels import label
from smplanner.reports.sections.positioning_sections import network_rows


def summary(context: ReportContext) -> SectionContent:
    """The strategy on one page, for the client: the objectives with their targets and
    deadlines, the budget, the networks and their roles, the editorial line in three
    lines and the next steps."""
    from smplanner.domain.budget import document_envelope, lines_total

    lang = context.lang
    doc = context.strategy
    props = context.properties
    used = [choice for choice in doc.network_choices if choice.used]
    options = context.options
    period = lang.translate("Report", "{start} to {end}").format(
        start=lang.long_date(options.start), end=lang.long_date(options.last_day)
    )
    parts = [
        fields(
            [
                (lang.translate("Report", "Client"), props.client_name),
                (lang.translate("Report", "Calendar period"), period),
                (lang.translate("Report", "Positioning"), doc.text("audience.positioning")),
            ]
        )
    ]
    weekly = sum(choice.weekly_target or 0 for choice in used)
    parts.append(
        big_figures(
            [
                (str(len(doc.objectives)), lang.translate("Report", "objectives")),
                (str(len(used)), lang.translate("Report", "networks")),
                (str(weekly), lang.translate("Report", "posts a week")),
                (str(len(context.posts_in_period)), lang.translate("Report", "posts planned")),
            ]
        )
    )
    if doc.objectives:
        rows = []
        for objective in doc.objectives:
            measure = label(lang, objective.metric)
            if objective.target is not None:
                start = lang.number(objective.baseline) if objective.baseline is not None else ""
                goal = (
                    f"{start} → {lang.number(objective.target)}"
                    if start
                    else lang.number(objective.target)
                )
                measure = f"{measure} : {goal}" if lang.code == "fr" else f"{measure}: {goal}"
            rows.append(
                (
                    f"<b>{text(objective.title or label(lang, objective.kind))}</b>",
                    text(measure.replace(" :", "\u00a0:")),
                    text(lang.long_date(objective.deadline)),
                )
            )
        parts.append(subheading(lang.translate("Report", "Objectives")))
        parts.append(
            table(
                [
                    lang.translate("Report", "Objective"),
                    lang.translate("Report", "Target"),
                    lang.translate("Report", "Deadline"),
                ],
                rows,
                widths=(46, 34, 20),
                raw=True,
            )
        )
    envelope = document_envelope(doc)
    paid = lines_total(doc.budget_lines)
    if envelope.for_lines is not None or paid:
        budget_rows = []
        if envelope.for_lines is not None:
            budget_rows.append(
                (
                    lang.translate("Report", "Social media envelope a year"),
                    context.money(envelope.for_lines),
                )
            )
        if paid:
            budget_rows.append((lang.translate("Report", "Paid items a year"), context.money(paid)))
        parts.append(subheading(lang.translate("Report", "Budget")))
        parts.append(fields(budget_rows))
    if used:
        parts.append(subheading(lang.translate("Report", "Networks and their roles")))
        parts.append(
            table(
                [
                    lang.translate("Report", "Network"),
                    lang.translate("Report", "Role"),
                    lang.translate("Report", "Rhythm"),
                ],
                network_rows(used, lang),
                widths=(25, 55, 20),
                raw=True,
            )
        )
    line = [
        doc.text("editorial.tone"),
        ", ".join(p.name for p in doc.pillars[:4]),
        doc.text("editorial.dos"),
    ]
    line = [item.splitlines()[0] for item in line if item]
    if line:
        parts.append(subheading(lang.translate("Report", "Editorial line")))
        parts.append("".join(f"<p>{text(item)}</p>" for item in line[:3]))
    parts.append(subheading(lang.translate("Report", "Next steps")))
    parts.append(
        "<ul>" + "".join(f"<li>{text(step)}</li>" for step in _next_steps(context)) + "</ul>"
    )
    return SectionContent("".join(parts))


def _next_steps(context: ReportContext) -> list[str]:
    """What happens next, with dates the plan knows."""
    lang = context.lang
    steps = [
        lang.translate("Report", "Approve the calendar of {start} to {end}.").format(
            start=lang.long_date(context.options.start),
            end=lang.long_date(context.options.last_day),
        )
    ]
    dated = [p.scheduled_at for p in context.posts_in_period if p.scheduled_at is not None]
    if dated:
        steps.append(
            lang.translate("Report", "First publication on {day}.").format(
                day=lang.long_date(min(dated).date())
            )
        )
    deadlines = [o.deadline for o in context.strategy.objectives if o.deadline is not None]
    if deadlines:
        steps.append(
            lang.translate("Report", "First objective review by {day}.").format(
                day=lang.long_date(min(deadlines))
            )
        )
    return steps


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
        split: dict[str, float] = {}
        for line in doc.budget_lines:  # the budget split by kind, a year
            split[line.kind] = split.get(line.kind, 0.0) + yearly_amount(line)
        if len(split) > 1:
            html += subheading(lang.translate("Report", "Budget split"))
            html += bars(
                [
                    (text(label(lang, kind)), amount, context.money(amount))
                    for kind, amount in sorted(split.items(), key=lambda item: -item[1])
                ]
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
    rows: list[tuple[str, ...]] = []
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
    headers = [
        lang.translate("Report", "Objective"),
        lang.translate("Report", "Network"),
        lang.translate("Report", "KPI"),
        lang.translate("Report", "Start"),
        lang.translate("Report", "Target"),
        lang.translate("Report", "Deadline"),
    ]
    if not context.options.internal_notes:  # the SMART check is the CM's, not the client's
        rows = [row[:-1] for row in rows]
        html = table(headers, rows, numeric=(3, 4), widths=(30, 18, 18, 10, 10, 14), raw=True)
        return SectionContent(html)
    html = table(
        [*headers, lang.translate("Report", "Check")],
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
