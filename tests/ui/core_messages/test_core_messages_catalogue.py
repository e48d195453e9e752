"""The core's translatable messages and the UI's catalogue stay in step.

Every ``Message("template", ...)`` written in the Qt-free core must have its template
listed in ui/core_messages/catalogue.py (so lupdate offers it to the translators),
and errors a person sees from the areas below must be raised with a Message.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smplanner.domain.strategy_validation import StrategyValueError
from smplanner.errors import UserError

SRC = Path(__file__).resolve().parents[3] / "src" / "smplanner"
TRANSLATIONS = (
    Path(__file__).resolve().parents[3] / "src" / "smplanner" / "resources" / "translations"
)

# Modules whose user errors must all be translatable (the core areas shown in the window).
TRANSLATED_AREAS = (
    "importers/*.py",
    "online/*.py",
    "keyring_tokens.py",
    "domain/posts_csv_layout.py",
    "domain/rule_warnings.py",
    "services/calendar_import.py",
    "services/calendar_posts.py",
    "services/time_slots.py",
    "services/calendar_export.py",
    "services/calendar_rules.py",
    "services/strategy_edits.py",
    "reports/report_file.py",
    "services/export_*.py",
    "services/templates.py",
    "services/statistics_import.py",
    "storage/*.py",
)


def _is_message_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "Message") or (
        isinstance(func, ast.Attribute) and func.attr == "Message"
    )


def core_templates() -> tuple[set[str], list[str]]:
    """Every Message template in the core, and the places that do not use a literal."""
    found: set[str] = set()
    not_literal: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        if "ui" in path.relative_to(SRC).parts or path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not _is_message_call(node):
                continue
            assert isinstance(node, ast.Call)
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            else:
                not_literal.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return found, not_literal


def test_every_core_message_is_a_literal_template_offered_to_the_translators():
    from smplanner.ui.core_messages.catalogue import TEMPLATES

    found, not_literal = core_templates()
    assert not_literal == [], "Message(...) needs a literal template (lupdate cannot see others)"
    assert len(found) > 80  # the collector does find them
    assert sorted(found - set(TEMPLATES)) == []


def test_the_catalogue_holds_no_template_the_core_no_longer_uses():
    from smplanner.ui.core_messages.catalogue import TEMPLATES

    found, _ = core_templates()
    assert sorted(set(TEMPLATES) - found) == []


def _module_name(path: Path) -> str:
    return "smplanner." + ".".join(path.relative_to(SRC).with_suffix("").parts)


def _untranslatable_raises(path: Path) -> list[str]:
    """Raises of a UserError subclass given a plain English sentence (f-string or literal)."""
    module = importlib.import_module(_module_name(path))
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        cls = getattr(module, name, None)
        if not (isinstance(cls, type) and issubclass(cls, UserError)):
            continue
        if issubclass(cls, StrategyValueError):
            continue  # carries its own template (ui/strategy/refusal_texts.py)
        for arg in node.exc.args:
            plain = (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value
            )
            if plain or isinstance(arg, ast.JoinedStr | ast.BinOp):
                bad.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return bad


def test_errors_of_the_translated_areas_are_raised_with_messages():
    paths = sorted({path for pattern in TRANSLATED_AREAS for path in SRC.glob(pattern)})
    assert len(paths) > 20
    bad = [place for path in paths for place in _untranslatable_raises(path)]
    assert bad == [], "raise these with smplanner.messages.Message so the window translates them"


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_french_template_keeps_the_values_of_the_english_one():
    tree = ET.parse(TRANSLATIONS / "core_messages_fr.ts")
    checked = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "CoreMessage":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            assert translation, f"not translated: {source}"
            assert _fields(translation) == _fields(source), source
            checked += 1
    assert checked > 80


@pytest.mark.parametrize(
    ("template", "values"),
    [("{source}: {problem}", {"source": "a.csv", "problem": "x"}), ("a date", {})],
)
def test_english_text_of_a_message_is_the_filled_template(template, values):
    from smplanner.messages import Message

    assert Message(template, **values) == template.format(**values)


def test_the_catalogue_is_the_one_generated_from_the_core():
    # Nobody copies templates by hand: tools/i18n.py update writes the catalogue.
    sys.path.insert(0, str(SRC.parents[1] / "tools"))
    try:
        import core_catalogue
    finally:
        sys.path.pop(0)
    assert core_catalogue.is_current(), "run: python tools/i18n.py update"
    grouped, not_literal = core_catalogue.templates_by_module()
    found, _ = core_templates()
    assert not_literal == [] and {t for ts in grouped.values() for t in ts} == found
