"""What `smplanner check` prints, in the user's language: the plan's summary and the
strategy's missing answers and warnings, numbers and amounts in the locale's format
(8 510,00 € in French)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from smplanner.domain.sectors import sector_label
from smplanner.domain.strategy_checks import progress
from smplanner.domain.strategy_findings import MISSING, Finding
from smplanner.services.plan_summary import PlanSummary
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
    from smplanner.ui.strategy.finding_texts import finding_text

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


def _section(section: str, language: str) -> str:
    """The section's title in French; its id in English, as scripts already read it."""
    from smplanner.ui.strategy.labels import SECTION_TITLES

    if language == "en":
        return section
    title = SECTION_TITLES.get(section)
    return QCoreApplication.translate("StrategyLabels", str(title)) if title else section
