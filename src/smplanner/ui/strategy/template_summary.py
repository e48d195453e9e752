"""The question asked before a template is applied to a plan that is not empty:
what it adds, so that nothing lands silently (objectives twice, a mix past 100 %)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smplanner.domain.networks import all_networks
from smplanner.domain.strategy_templates import TemplateMerge


def _share(value: object) -> str:
    if value is None:
        return QCoreApplication.translate("TemplateSummary", "share to set")
    return f"{int(float(str(value)))}\u00a0%"


def summary_lines(merge: TemplateMerge) -> list[str]:
    """One line per kind of thing the template adds."""
    names = {n.id: n.name for n in all_networks()}
    lines = []
    if merge.objectives:
        titles = ", ".join(f"« {o['title']} »" for o in merge.objectives)
        lines.append(
            QCoreApplication.translate("TemplateSummary", "Objectives: %1").replace("%1", titles)
        )
    if merge.pillars:
        pillars = ", ".join(
            f"{p['name']} ({_share(p.get('share_percent'))})" for p in merge.pillars
        )
        lines.append(
            QCoreApplication.translate("TemplateSummary", "Content pillars: %1").replace(
                "%1", pillars
            )
        )
        if merge.shares_scaled:
            lines.append(
                QCoreApplication.translate(
                    "TemplateSummary",
                    "Their shares are reduced so that the pillar mix stays within 100 %.",
                )
            )
    if merge.networks:
        networks = ", ".join(names.get(n["network"], n["network"]) for n in merge.networks)
        lines.append(
            QCoreApplication.translate("TemplateSummary", "Networks and their roles: %1").replace(
                "%1", networks
            )
        )
    if merge.fields:
        lines.append(
            QCoreApplication.translate(
                "TemplateSummary", "Unanswered charter questions filled in: %1"
            ).replace("%1", str(len(merge.fields)))
        )
    return lines


def question(template_label: str, merge: TemplateMerge) -> tuple[str, str, str]:
    """Title, text and the accept button's label of the confirmation."""
    title = QCoreApplication.translate("TemplateSummary", "Apply the “%1” template").replace(
        "%1", template_label
    )
    intro = QCoreApplication.translate(
        "TemplateSummary",
        "This plan already has a strategy. Nothing typed is changed; the template adds:",
    )
    lines = "\n".join(f"• {line}" for line in summary_lines(merge))
    outro = QCoreApplication.translate(
        "TemplateSummary", "Undo (Ctrl+Z) takes it all back in one step."
    )
    return (
        title,
        f"{intro}\n\n{lines}\n\n{outro}",
        QCoreApplication.translate("TemplateSummary", "Add to the plan"),
    )


def nothing_to_add(template_label: str) -> tuple[str, str]:
    return (
        QCoreApplication.translate("TemplateSummary", "Apply the “%1” template").replace(
            "%1", template_label
        ),
        QCoreApplication.translate(
            "TemplateSummary",
            "This plan already has everything the template offers: nothing to add.",
        ),
    )
