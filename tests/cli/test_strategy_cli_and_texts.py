"""`smplanner check` lists the strategy's warnings; every message is translatable."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from smplanner.services import strategy_edits
from smplanner.storage.plan_file import PlanFile

DOMAIN = Path(__file__).resolve().parents[2] / "src" / "smplanner" / "domain"
SERVICES = DOMAIN.parent / "services"
CHECK_MODULES = ("smart", "budget", "audience", "editorial", "community", "strategy_checks")


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smplanner", "check", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_lists_the_strategy_warnings(plan: PlanFile, plan_path: Path):
    strategy_edits.set_fields(plan, {"budget.revenue": 100000, "budget.communication_percent": 15})
    plan.close()
    result = run_check(str(plan_path))
    assert result.returncode == 0, result.stderr
    assert "Strategy:       0 of 8 sections complete" in result.stdout
    assert "[budget] warning: 15 % of revenue for communication is above the usual" in (
        result.stdout
    )


def test_check_json_gives_each_finding_with_its_field(plan: PlanFile, plan_path: Path):
    strategy_edits.add_row(plan, "objectives", {"kind": "awareness", "title": "Be known"})
    plan.close()
    result = run_check("--json", str(plan_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    smart = [f for f in data["strategy"]["findings"] if f["letter"] == "T"]
    assert smart and smart[0]["field"].endswith(":deadline")
    assert data["strategy"]["sections"] == 8


def test_check_refuses_a_file_that_is_not_a_plan(tmp_path: Path):
    bogus = tmp_path / "notes.smplan"
    bogus.write_text("hello")
    result = run_check(str(bogus))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def domain_templates() -> set[str]:
    found: set[str] = set()
    for name in CHECK_MODULES:
        tree = ast.parse((DOMAIN / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                index = {"Finding": 2, "add": 3}.get(getattr(node.func, "id", ""))
                if index is not None and len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
            if isinstance(node, ast.Tuple) and len(node.elts) == 2:
                key, text = node.elts
                # (FIELD_KEY, "message") pairs: the key is a constant's name or a string
                if (
                    isinstance(key, (ast.Name, ast.Constant))
                    and isinstance(text, ast.Constant)
                    and isinstance(text.value, str)
                    and " " in text.value
                ):
                    found.add(text.value)
    return found


def test_every_message_of_the_method_is_offered_to_the_translators():
    from smplanner.texts.finding_texts import TEMPLATES

    assert domain_templates() - set(TEMPLATES) == set()


def refusal_templates() -> set[str]:
    found: set[str] = set()
    for path in (DOMAIN / "strategy_validation.py", SERVICES / "strategy_edits.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "StrategyValueError"
                and len(node.args) > 1
            ):
                arg = node.args[1]
                assert isinstance(arg, ast.Constant), "a refusal must be a literal template"
                found.add(arg.value)
    return found


def test_every_refusal_reason_is_offered_to_the_translators():
    from smplanner.ui.strategy.refusal_texts import TEMPLATES

    found = refusal_templates()
    assert len(found) >= 8
    assert found - set(TEMPLATES) == set()


def test_a_refusal_reads_in_french_with_french_numbers(french_ui):
    import pytest

    from smplanner.domain.strategy_validation import StrategyValueError, validate_row
    from smplanner.ui.strategy.refusal_texts import refusal_text

    with pytest.raises(StrategyValueError) as error:
        validate_row("content_pillars", {"share_percent": 140.5})
    text = refusal_text(error.value)
    assert "140,5" in text
    assert "pilier" in text.lower()
    with pytest.raises(StrategyValueError) as error:
        validate_row("personas", {"age_min": 30, "age_max": 18})
    assert "30–18" in refusal_text(error.value)
    assert "upside" not in refusal_text(error.value)
