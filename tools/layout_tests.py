"""Lay the tests out like the source: tests/test_x.py -> tests/<package>/test_x.py.

    python tools/layout_tests.py --dry-run   # the plan: each test at tests/ root, where it goes
    python tools/layout_tests.py             # git mv them, then fix imports and paths

Re-runnable: only the test files still at the root of tests/ move (a test added there
later is placed on the next run); the rest of the tree is left where it is. Helper
modules (conftest.py, fakes.py, *_sample*.py, ...) and fixtures/ stay at the root:
pytest's rootdir conftest applies to every subfolder.

Where a test goes: the package it tests (tools/layout_places.py). After the moves every
import between test modules is absolute (``from tests.storage.test_plan_file_storage
import ...``: one form, valid from any folder given tests/__init__.py and pytest's
default "prepend" import mode), each moved test's ``Path(__file__).parent`` /
``parents[N]`` is deepened to the same folder, and references to ``tests/test_x.py`` in
the repository's text files (docs, comments, pyproject) follow their file.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import subprocess
import sys
import tokenize
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout_places import place

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def plan_moves() -> dict[Path, Path]:
    moves = {}
    for path in sorted(TESTS.glob("test_*.py")):
        folder = place(path.stem, path.read_text("utf-8"))
        moves[path] = TESTS / folder / path.name
    return moves


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout.decode()


def ensure_packages(folder: Path) -> None:
    """Every folder between tests/ and ``folder`` is a package, so that pytest imports
    tests/storage/test_x.py as tests.storage.test_x (not as a clashing top-level test_x)."""
    while folder != TESTS:
        init = folder / "__init__.py"
        if not init.exists():
            folder.mkdir(parents=True, exist_ok=True)
            init.write_text("", "utf-8")
            git("add", str(init.relative_to(ROOT)))
        folder = folder.parent


FILE_PATH = re.compile(r"Path\(__file__\)((?:\.resolve\(\))?)\.parent(?:s\[(\d+)\]|\b)")


def string_spans(source: str) -> list[tuple[int, int]]:
    """Where the string literals are (a test's sample source code stays as written)."""
    starts = [0, *(i + 1 for i, c in enumerate(source) if c == "\n")]
    return [
        (starts[t.start[0] - 1] + t.start[1], starts[t.end[0] - 1] + t.end[1])
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type == tokenize.STRING
    ]


def deepen_paths(source: str, depth: int) -> str:
    """``Path(__file__).parent`` -> ``.parents[depth]``, ``.parents[n]`` -> ``[n + depth]``:
    the same folder (tests/, the repository) from ``depth`` folders further down."""
    strings = string_spans(source)

    def deeper(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in strings):
            return match.group(0)
        up = int(match.group(2)) if match.group(2) is not None else 0
        return f"Path(__file__){match.group(1)}.parents[{up + depth}]"

    return FILE_PATH.sub(deeper, source)


RELATIVE_IMPORT = re.compile(r"^(\s*)from\s+(\.+)([\w.]*)\s+import\s", re.MULTILINE)


def locate(module: str, renamed: dict[str, str]) -> str:
    """Where a test module is now: moved, or, when a relative import does not resolve from
    where its file sits (a change made before the move, rebased onto it), the root helper
    or the moved test of that name."""
    module = renamed.get(module, module)
    root = f"tests.{module.rsplit('.', 1)[-1]}"
    for candidate in (module, renamed.get(root, root)):
        path = ROOT.joinpath(*candidate.split("."))
        if path.with_suffix(".py").exists() or (path / "__init__.py").exists():
            return candidate
    return module


def absolute_imports(source: str, package: str, renamed: dict[str, str]) -> str:
    """Relative imports written from ``package`` -> absolute ``tests.…`` ones, each module
    at its new place (``renamed``: old dotted name -> new)."""
    lines = source.splitlines(keepends=True)
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
        if node.module:
            target = locate(target, renamed)
        else:  # from . import test_x as y: the modules' new package (all must agree)
            news = {locate(f"{target}.{a.name}", renamed) for a in node.names}
            parents = {new.rsplit(".", 1)[0] for new in news}
            if len(parents) != 1:
                sys.exit(f"{package}: 'from . import' of modules now in {sorted(parents)}")
            target = parents.pop()
        row = node.lineno - 1
        lines[row] = RELATIVE_IMPORT.sub(rf"\1from {target} import ", lines[row], count=1)
    return "".join(lines)


def rename_references(text: str, renamed: dict[str, str], paths: dict[str, str]) -> str:
    """``tests.test_x`` (imports, ``-m`` arguments) and ``tests/test_x.py`` (docs,
    comments) of a moved module -> its new name and path."""
    text = re.sub(
        r"(?<![\w.])tests\.(test_\w+)\b",
        lambda m: renamed.get(m.group(0), m.group(0)),
        text,
    )
    return re.sub(
        r"(?<![\w/.-])tests/(test_\w+\.py)\b",
        lambda m: paths.get(m.group(1), m.group(0)),
        text,
    )


LIMIT = 100  # pyproject's line-length


def split_long(line: str, next_line: str) -> tuple[str, str, str] | None:
    """A comment or docstring line past LIMIT, cut at a space: (head, rest, the prefix the
    rest goes under: the comment's ``# `` or the next line's indentation); None for a line
    of code or of a string, not ours to cut."""
    text = line.rstrip("\n")
    body = text.lstrip()
    indent = text[: len(text) - len(body)]
    if body.startswith("#"):
        follow = indent + "# "
    elif '"' in text or "'" in text:
        return None
    elif next_line.strip():  # a docstring's line: the rest goes under the next line's text
        follow = next_line[: len(next_line) - len(next_line.lstrip())]
    else:
        follow = indent
    cut = text.rfind(" ", len(indent) + 3, LIMIT + 1)
    return None if cut < 0 else (text[:cut], text[cut + 1 :], follow)


def continues(line: str, follow: str) -> bool:
    """``line`` goes on with the same comment or docstring paragraph under ``follow``."""
    rest = line[len(follow) :].rstrip("\n")
    if not line.startswith(follow) or not rest or rest[0] in " #-*" or '"' in line:
        return False
    return follow.strip() == "#" or (not follow.strip() and not re.match(r"\d+\. ", rest))


def rewrite_lines(text: str, renamed: dict[str, str], paths: dict[str, str], name: str) -> str:
    """rename_references line by line; in Python, a comment or docstring line it makes too
    long is cut and its end carried into the paragraph's next line (reflowed onwards)."""
    lines = text.splitlines(keepends=True)
    carried = -1
    row = 0
    while row < len(lines):
        line = lines[row]
        new = rename_references(line, renamed, paths)
        long = name.endswith(".py") and len(new.rstrip("\n")) > LIMIT
        if long and (new != line or row == carried):
            after = lines[row + 1] if row + 1 < len(lines) else ""
            split = split_long(new, after)
            if split is None:
                print(f"check by hand: {name}:{row + 1} is over {LIMIT} columns")
            else:
                head, rest, follow = split
                new = head + new[len(new.rstrip("\n")) :]
                if continues(after, follow):
                    lines[row + 1] = f"{follow}{rest} {after[len(follow) :]}"
                else:
                    lines.insert(row + 1, f"{follow}{rest}\n")
                carried = row + 1
        lines[row] = new
        row += 1
    return "".join(lines)


def text_files() -> list[Path]:
    """The repository's tracked text files (and the tests, tracked or not)."""
    listed = git("ls-files", "-co", "--exclude-standard").splitlines()
    files = []
    for name in listed:
        path = ROOT / name
        if path.suffix in {".png", ".qm", ".ico", ".icns", ".pdf", ".xlsx", ".xls", ".zip"}:
            continue
        if path.is_file() and not name.startswith(".venv"):
            files.append(path)
    return files


def fixture(path: Path) -> bool:
    return "fixtures" in path.relative_to(TESTS).parts


def apply(moves: dict[Path, Path]) -> list[Path]:
    """Move, then rewrite; returns the Python files changed (for ruff to sort/format)."""
    for old, new in moves.items():
        ensure_packages(new.parent)
        git("mv", str(old.relative_to(ROOT)), str(new.relative_to(ROOT)))
    old_of = {new: old for old, new in moves.items()}
    # Every test module in a folder, moved now or on an earlier run, by its root name:
    # a test written at the root before a move may import a neighbour by its old name.
    placed = [p for p in TESTS.rglob("test_*.py") if p.parent != TESTS and not fixture(p)]
    renamed = {f"tests.{p.stem}": module_name(p) for p in placed}
    paths = {p.name: p.relative_to(ROOT).as_posix() for p in placed}
    changed = []
    for path in text_files():
        try:
            text = path.read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        new_text = rewrite_lines(text, renamed, paths, path.relative_to(ROOT).as_posix())
        if path.suffix == ".py" and TESTS in path.parents and not fixture(path):
            written_at = old_of.get(path, path)  # where its relative imports were written
            new_text = absolute_imports(new_text, module_name(written_at.parent), renamed)
            if path in old_of:
                depth = len(path.parent.relative_to(TESTS).parts)
                new_text = deepen_paths(new_text, depth)
                if re.search(r"(?<![\w.])__file__", FILE_PATH.sub("", new_text)):
                    print(f"check by hand: {path.relative_to(ROOT)} uses __file__ otherwise")
        if new_text != text:
            path.write_text(new_text, "utf-8")
            if path.suffix == ".py":
                changed.append(path)
    return changed


def tidy(files: list[Path]) -> None:
    """Absolute imports sort elsewhere than relative ones and may pass 100 columns."""
    if not files:
        return
    names = [str(p.relative_to(ROOT)) for p in files]
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--select", "I", "--fix", "-q", *names], cwd=ROOT)
    subprocess.run([*ruff, "format", "-q", *names], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the plan, move nothing")
    args = parser.parse_args(argv)
    moves = plan_moves()
    width = max((len(p.name) for p in moves), default=10)
    for old, new in moves.items():
        print(f"{old.name:<{width}}  -> {new.parent.relative_to(ROOT).as_posix()}/")
    by_folder = Counter(new.parent.relative_to(TESTS).as_posix() for new in moves.values())
    print(
        f"\n{len(moves)} test files at tests/ root; by folder: "
        + ", ".join(f"{folder} {n}" for folder, n in sorted(by_folder.items()))
    )
    if args.dry_run:
        return 0
    tidy(apply(moves))
    print("moved; now: python -m pytest --collect-only -q (same count as before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
