"""Keep the French translation complete: extract, fill, compile, check.

    python tools/i18n.py update            # lupdate every area, then lrelease
    python tools/i18n.py missing [AREA]    # list strings still untranslated
    python tools/i18n.py fill FILE.json    # {"Context": {"English": "Français"}} into the .ts
    python tools/i18n.py check             # exit 1 if a string is untranslated or a .qm stale

English is the source language; it still gets <area>_en.ts/.qm for the plural strings
only (lupdate -pluralonly), so that "Move %n post(s)" reads "Move 1 post" and "Move 2
posts". Their forms are written from the source ("(s)" -> "" / "s", "(s) have" ->
" has" / "s have") where empty; a form edited by hand in the .ts is kept.

The core's Message templates reach lupdate through ui/core_messages/catalogue.py,
which ``update`` generates from the core first (tools/core_catalogue.py).

Areas: every package under src/smplanner/ui/ gets its own <area>_fr.ts (so that
features are translated side by side without editing one shared file); the modules
directly in ui/ and ui/tabs/ form the "app" area; src/smplanner/reports/ is "reports";
src/smplanner/cli/ is "cli"; src/smplanner/texts/ (the texts both the window and the
command line show) is "texts".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import core_catalogue

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "smplanner"
TRANSLATIONS = SRC / "resources" / "translations"
LANGUAGES = ("fr",)
PLURAL_LANGUAGES = ("en",)  # the source language: a catalogue of its plural forms only
APP_AREA_DIRS = ("tabs",)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def areas() -> dict[str, list[Path]]:
    """Area name -> the .py files whose strings go into its .ts."""
    ui = SRC / "ui"
    result: dict[str, list[Path]] = {"app": sorted(ui.glob("*.py"))}
    for sub in sorted(p for p in ui.iterdir() if p.is_dir() and not p.name.startswith("_")):
        files = sorted(sub.rglob("*.py"))
        if sub.name in APP_AREA_DIRS:
            result["app"].extend(files)
        elif files:
            result[sub.name] = files
    cli = SRC / "cli"
    if cli.is_dir():  # the command line speaks the window's language (cli/cli_language.py)
        result["cli"] = sorted(cli.rglob("*.py"))
    texts = SRC / "texts"  # shown by the window and by the CLI: neither area owns them
    if texts.is_dir():
        result["texts"] = sorted(texts.rglob("*.py"))
    reports = SRC / "reports"
    if reports.is_dir() and list(reports.rglob("*.py")):
        result["reports"] = sorted(reports.rglob("*.py"))
    return result


def ts_path(area: str, language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{area}_{language}.ts"


def lupdate(files: list[Path], ts: Path, *, plural_only: bool = False) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *(["-pluralonly"] if plural_only else []),
            *map(str, files),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            if forms:  # a plural: every form must be written
                empty = not all((form.text or "").strip() for form in forms)
            else:
                empty = kind == "unfinished" or not (translation.text or "").strip()
            if empty:
                out.append((name, message.findtext("source") or ""))
    return out


def english_plural_forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a "%n post(s)" source."""
    singular = source.replace("(s) have ", " has ").replace("(s)", "")
    return singular, source.replace("(s)", "s")


def plural_messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, forms) of every plural message of a .ts."""
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [(form.text or "") for form in message.iter("numerusform")]
            found.append((context.findtext("name") or "", message.findtext("source") or "", forms))
    return found


def fill_english_plurals(ts: Path) -> int:
    """Write the English forms where a plural message has none; return how many."""
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = translation.findall("numerusform")
        if len(forms) != 2 or all((form.text or "").strip() for form in forms):
            continue
        for form, text in zip(
            forms, english_plural_forms(message.findtext("source") or ""), strict=True
        ):
            if not (form.text or "").strip():
                form.text = text
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def update_plurals(
    area: str, files: list[Path], language: str, folder: Path = TRANSLATIONS
) -> None:
    """The area's plural-only catalogue for the source language (none if it has no plural)."""
    ts = ts_path(area, language)
    lupdate(files, ts, plural_only=True)
    if not plural_messages(ts):
        ts.unlink()
        ts.with_suffix(".qm").unlink(missing_ok=True)
        return
    _set_language(ts, language)
    fill_english_plurals(ts)
    lrelease(ts, ts.with_suffix(".qm"))


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in table and translation is not None:
                translation.text = table[source]
                translation.attrib.pop("type", None)
                count += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    core_catalogue.write()  # the core's Message templates, for lupdate
    for area, files in areas().items():
        for language in LANGUAGES:
            ts = ts_path(area, language)
            lupdate(files, ts)
            _set_language(ts, language)
            lrelease(ts, ts.with_suffix(".qm"))
        for language in PLURAL_LANGUAGES:
            update_plurals(area, files, language)


def _set_language(ts: Path, language: str) -> None:
    tree = ET.parse(ts)
    tree.getroot().set("language", f"{language}_FR" if language == "fr" else language)
    tree.getroot().set("sourcelanguage", "en")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def check() -> list[str]:
    """Problems: strings in the code missing from a .ts, untranslated ones, stale .qm."""
    problems = []
    if not core_catalogue.is_current():
        problems.append("ui/core_messages/catalogue.py is stale: run tools/i18n.py update")
    with tempfile.TemporaryDirectory() as tmp:
        for area, files in areas().items():
            for language in LANGUAGES:
                committed = ts_path(area, language)
                if not committed.exists():
                    problems.append(f"{committed.name} is missing: run tools/i18n.py update")
                    continue
                fresh = ts_path(area, language, Path(tmp))
                shutil.copy(committed, fresh)
                lupdate(files, fresh)
                for context, source in unfinished(fresh):
                    problems.append(f"{area}_{language}: untranslated [{context}] {source!r}")
                qm = committed.with_suffix(".qm")
                rebuilt = fresh.with_suffix(".qm")
                lrelease(committed, rebuilt)
                if not qm.exists() or qm.read_bytes() != rebuilt.read_bytes():
                    problems.append(f"{qm.name} is stale: run tools/i18n.py update")
            for language in PLURAL_LANGUAGES:
                problems.extend(_plural_problems(area, files, language, Path(tmp)))
    return problems


def _plural_problems(area: str, files: list[Path], language: str, tmp: Path) -> list[str]:
    """The source language's plural catalogue: present, complete and compiled."""
    committed = ts_path(area, language)
    fresh = ts_path(area, language, tmp)
    if committed.exists():
        shutil.copy(committed, fresh)
    lupdate(files, fresh, plural_only=True)
    messages = plural_messages(fresh)
    if not messages:
        return [
            f"{committed.name} has no plural left: run tools/i18n.py update"
        ] * committed.exists()
    if not committed.exists():
        return [f"{committed.name} is missing: run tools/i18n.py update"]
    problems = [
        f"{area}_{language}: plural forms missing [{context}] {source!r}"
        for context, source, forms in messages
        if len(forms) != 2 or not all(form.strip() for form in forms)
    ]
    rebuilt = tmp / f"{area}_{language}.rebuilt.qm"
    lrelease(committed, rebuilt)
    qm = committed.with_suffix(".qm")
    if not qm.exists() or qm.read_bytes() != rebuilt.read_bytes():
        problems.append(f"{qm.name} is stale: run tools/i18n.py update")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "missing":
        wanted = argv[1] if len(argv) > 1 else None
        for ts in sorted(TRANSLATIONS.glob("*_fr.ts")):
            if wanted and not ts.name.startswith(f"{wanted}_"):
                continue
            for context, source in unfinished(ts):
                print(
                    json.dumps(
                        {"file": ts.name, "context": context, "source": source}, ensure_ascii=False
                    )
                )
        return 0
    if command == "fill":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        total = sum(fill(ts, table) for ts in sorted(TRANSLATIONS.glob("*_fr.ts")))
        for ts in sorted(TRANSLATIONS.glob("*_fr.ts")):
            lrelease(ts, ts.with_suffix(".qm"))
        print(f"{total} translations set")
        return 0
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
