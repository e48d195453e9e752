"""What `smplanner check` prints, in the user's language: the plan's summary and the
strategy's missing answers and warnings, numbers and amounts in the locale's format
(8 510,00 € in French)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from smplanner.domain.networks import network
from smplanner.domain.sectors import sector_label
from smplanner.domain.strategy_checks import progress
from smplanner.domain.strategy_findings import MISSING, Finding
from smplanner.services.plan_summary import PlanSummary
from smplanner.services.post_limits_check import OverLimitPost
from smplanner.storage.plan_repair import RepairReport
from smplanner.storage.schema_audit import SchemaProblem
from smplanner.storage.version import SCHEMA_VERSION


def _aligned(pairs: list[tuple[str, object]], width: int = 16) -> list[str]:
    # Labels are padded so that the values line up, whatever the language.
    width = max(width, *(len(label) + 1 for label, _ in pairs))
    return [f"{label:<{width}}{value}" for label, value in pairs]


def summary_lines(summary: PlanSummary, language: str) -> list[str]:
    """The summary of a plan, one line per fact, then one line per table."""
    locale = QLocale()
    properties = summary.properties
    if summary.schema_version == SCHEMA_VERSION:
        status = QCoreApplication.translate("CheckCommand", "current")
    else:
        status = QCoreApplication.translate(
            "CheckCommand", "older, will be updated to %1 when opened for editing"
        ).replace("%1", str(SCHEMA_VERSION))
    size = QCoreApplication.translate("CheckCommand", "%1 bytes").replace(
        "%1", locale.toString(summary.size_bytes)
    )
    lines = _aligned(
        [
            (QCoreApplication.translate("CheckCommand", "Plan:"), summary.path),
            (QCoreApplication.translate("CheckCommand", "Client:"), properties.client_name),
            (
                QCoreApplication.translate("CheckCommand", "Sector:"),
                sector_label(properties.sector, language) or "-",
            ),
            (QCoreApplication.translate("CheckCommand", "Time zone:"), properties.timezone),
            (QCoreApplication.translate("CheckCommand", "Language:"), properties.language),
            (
                QCoreApplication.translate("CheckCommand", "Format version:"),
                f"{summary.schema_version} ({status})",
            ),
            (QCoreApplication.translate("CheckCommand", "Size:"), size),
            (
                QCoreApplication.translate("CheckCommand", "Integrity:"),
                QCoreApplication.translate("CheckCommand", "ok"),
            ),
            (QCoreApplication.translate("CheckCommand", "Strategy:"), ""),
        ]
    )
    strategy_label = lines.pop()  # kept to give findings_lines the same width
    for table, count in sorted(summary.counts.items()):
        rows = QCoreApplication.translate("CheckCommand", "%1 rows").replace(
            "%1", locale.toString(count)
        )
        lines.append(f"  {table:<20} {rows}")
    lines.append(strategy_label)
    return lines


def findings_lines(findings: list[Finding], currency: str, language: str) -> list[str]:
    """The strategy's progress (after the summary's "Strategy:" label), then each
    finding as the workshop words it."""
    from smplanner.texts.finding_texts import finding_text

    done, total = progress(findings)
    lines = [
        QCoreApplication.translate("CheckCommand", "%1 of %2 sections complete")
        .replace("%1", str(done))
        .replace("%2", str(total))
    ]
    for finding in findings:
        if finding.severity == MISSING:
            severity = QCoreApplication.translate("CheckCommand", "missing")
        else:
            severity = QCoreApplication.translate("CheckCommand", "warning")
        lines.append(
            QCoreApplication.translate("CheckCommand", "  [%1] %2: %3")
            .replace("%1", _section(finding.section, language))
            .replace("%2", severity)
            .replace("%3", finding_text(finding, currency))
        )
    return lines


_LIMIT_TEXTS = {
    "text": QT_TRANSLATE_NOOP("CheckCommand", "%1 characters, the network takes %2"),
    "hashtags": QT_TRANSLATE_NOOP("CheckCommand", "%1 hashtags, the network takes %2"),
    "title": QT_TRANSLATE_NOOP("CheckCommand", "title of %1 characters, the network takes %2"),
    "media": QT_TRANSLATE_NOOP("CheckCommand", "%1 media, the network takes %2"),
    "videos": QT_TRANSLATE_NOOP("CheckCommand", "%1 videos, the network takes %2"),
    "video_seconds": QT_TRANSLATE_NOOP("CheckCommand", "video of %1 s, the network takes %2 s"),
    "media_required": QT_TRANSLATE_NOOP("CheckCommand", "needs an image or a video"),
    "media_kind": QT_TRANSLATE_NOOP("CheckCommand", "files the network does not take (%3)"),
}


def limit_lines(found: list[OverLimitPost]) -> list[str]:
    """'Network limits: 2 posts over' then one line per limit broken, naming the post."""
    locale = QLocale()

    def number(value: float) -> str:
        return locale.toString(int(value)) if float(value).is_integer() else f"{value:g}"

    lines = [
        QCoreApplication.translate("CheckCommand", "Network limits: %1 post(s) over").replace(
            "%1", locale.toString(len(found))
        )
    ]
    for item in found:
        post = item.post
        when = (
            f"{post.scheduled_at:%Y-%m-%d %H:%M}"  # read the same in every language
            if post.scheduled_at
            else QCoreApplication.translate("CheckCommand", "idea")
        )
        name = (post.title or post.text).strip().replace("\n", " ")[:40]
        for check in item.checks:
            template = str(_LIMIT_TEXTS.get(check.what, check.what))
            what = (
                QCoreApplication.translate("CheckCommand", template)
                .replace("%1", number(check.value))
                .replace("%2", number(check.limit))
                .replace("%3", check.detail)
            )
            lines.append(
                QCoreApplication.translate("CheckCommand", "  [%1] post %2, %3, “%4”: %5")
                .replace("%1", network(post.network).name)
                .replace("%2", str(post.id))
                .replace("%3", when)
                .replace("%4", name)
                .replace("%5", what)
            )
    return lines


def _section(section: str, language: str) -> str:
    """The section's title in French; its id in English, as scripts already read it."""
    from smplanner.texts.strategy_labels import SECTION_TITLES

    if language == "en":
        return section
    title = SECTION_TITLES.get(section)
    return QCoreApplication.translate("StrategyLabels", str(title)) if title else section


def _problem_text(problem: SchemaProblem) -> str:
    if problem.kind == "foreign" and problem.detail == "view":
        template = QCoreApplication.translate(
            "CheckCommand", "the view %2 was not made by smplanner"
        )
    else:
        template = {
            "foreign": QCoreApplication.translate(
                "CheckCommand", "the trigger %2 on the table %1 was not made by smplanner"
            ),
            "missing_table": QCoreApplication.translate("CheckCommand", "the table %1 is missing"),
            "missing_column": QCoreApplication.translate(
                "CheckCommand", "the column %1.%2 is missing"
            ),
            "changed_column": QCoreApplication.translate(
                "CheckCommand", "the column %1.%2 is not as smplanner makes it"
            ),
            "missing_index": QCoreApplication.translate("CheckCommand", "the index %2 is missing"),
            "links_unchecked": QCoreApplication.translate(
                "CheckCommand", "the links between tables cannot be checked (%4)"
            ),
            "broken_link": QCoreApplication.translate(
                "CheckCommand", "row %3 of the table %1 refers to a missing row of %2"
            ),
            "bad_json": QCoreApplication.translate(
                "CheckCommand", "%3 row(s) of the table %1: %2 is not valid JSON"
            ),
            "dangling": QCoreApplication.translate(
                "CheckCommand", "%3 row(s) of the table %1: %2 names no row of %4"
            ),
        }[problem.kind]
    return (
        template.replace("%1", problem.table)
        .replace("%2", problem.name)
        .replace("%3", str(problem.count))
        .replace("%4", problem.detail)
    )


def schema_lines(summary: PlanSummary) -> list[str]:
    """The schema's verdict, then each problem found (after the summary)."""
    label = QCoreApplication.translate("CheckCommand", "Schema:")
    if not summary.problems:
        verdict = QCoreApplication.translate("CheckCommand", "as smplanner makes it")
    else:
        verdict = QCoreApplication.translate("CheckCommand", "%1 problem(s)").replace(
            "%1", str(len(summary.problems))
        )
    return _aligned([(label, verdict)]) + [
        f"  - {_problem_text(problem)}" for problem in summary.problems
    ]


def repair_lines(report: RepairReport) -> list[str]:
    """What `check --repair` did, before the summary."""
    lines = []
    if report.recovered_after_crash:
        lines.append(
            QCoreApplication.translate(
                "CheckCommand",
                "Repaired: a change interrupted by a crash was undone; every finished edit "
                "is kept.",
            )
        )
    if report.journal_set_aside is not None:
        lines.append(
            QCoreApplication.translate(
                "CheckCommand",
                "Repaired: a crash journal that belonged to another file was set aside as %1 "
                "(not replayed: it would have damaged this plan).",
            ).replace("%1", str(report.journal_set_aside))
        )
    if report.migrated_from is not None:
        lines.append(
            QCoreApplication.translate(
                "CheckCommand", "Repaired: updated from format %1; the original was kept as %2."
            )
            .replace("%1", str(report.migrated_from))
            .replace("%2", str(report.migration_backup))
        )
    for item in report.removed:
        if item.kind == "trigger":
            text = QCoreApplication.translate(
                "CheckCommand", "Repaired: removed the trigger %1, not made by smplanner."
            )
        else:
            text = QCoreApplication.translate(
                "CheckCommand", "Repaired: removed the view %1, not made by smplanner."
            )
        lines.append(text.replace("%1", item.name))
    if report.removed:
        lines.append(
            QCoreApplication.translate("CheckCommand", "The file as it was is kept as %1.").replace(
                "%1", str(report.removal_backup)
            )
        )
    if not report.changed_anything:
        lines.append(QCoreApplication.translate("CheckCommand", "Repair: nothing was needed."))
    return lines


def repair_lines_english(report: RepairReport) -> list[str]:
    """The same, in English, for ``--json``."""
    lines = []
    if report.recovered_after_crash:
        lines.append("a change interrupted by a crash was undone")
    if report.journal_set_aside is not None:
        lines.append(f"a crash journal of another file was set aside as {report.journal_set_aside}")
    if report.migrated_from is not None:
        lines.append(f"updated from format {report.migrated_from}, kept {report.migration_backup}")
    lines += [f"removed the {item.describe()}" for item in report.removed]
    return lines
