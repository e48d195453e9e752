"""The method's checks of a plan's strategy, read-only, for `smplanner check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from smplanner.domain.strategy_checks import check_strategy, progress
from smplanner.domain.strategy_findings import Finding
from smplanner.services.strategy_queries import strategy_document
from smplanner.storage.plan_file import PlanFile, connect_read_only, inspect_plan
from smplanner.storage.plan_properties_repo import read_properties


def strategy_findings(path: Path, today: date | None = None) -> tuple[list[Finding], str]:
    """(findings, currency) of the plan at ``path``, opened read-only without migrating.

    Raises a PlanFileError subclass when the file is not a sound plan. Only the
    cheap checks: ``smplanner check`` reads the whole file once, in ``summarise``.
    """
    facts = inspect_plan(path, full=False)
    with PlanFile(
        facts.path, connect_read_only(facts.path), lock=None, read_only_reason="checking"
    ) as plan:
        doc = strategy_document(plan)
        currency = read_properties(plan).currency
    return check_strategy(doc, today or date.today()), currency


def findings_as_json(findings: list[Finding], currency: str) -> dict[str, Any]:
    """A stable JSON shape for tools: progress plus one object per finding."""
    done, total = progress(findings)
    return {
        "complete_sections": done,
        "sections": total,
        "findings": [
            {
                "section": f.section,
                "severity": f.severity,
                "letter": f.letter or None,
                "field": f.target,
                "message": f.message(format_money=lambda a: f"{a:,.2f} {currency}"),
            }
            for f in findings
        ],
    }
