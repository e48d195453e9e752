"""The exports' column names in every language, read from resources/data/export_headers.csv.

Networks write their column names in the interface's language (a French community
manager gets ``Couverture`` where the English file says ``Reach``). The importers ask
for a canonical field (``reach``, ``publish_time``) of an export (``facebook``,
``posts``) and get every column holding it, whatever the language: a file that mixes
French and English columns has two columns for one field, and each row fills one.
A new language or a renamed column is one line of the data file.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from smplanner.messages import Message
from smplanner.resource_files import read_text

LANGUAGE_NAMES = {
    "en": Message("English"),
    "fr": Message("French"),
    "sv": Message("Swedish"),
    "pt": Message("Portuguese"),
    "es": Message("Spanish"),
    "de": Message("German"),
    "it": Message("Italian"),
    "nl": Message("Dutch"),
    "ru": Message("Russian"),
    "ja": Message("Japanese"),
    "zh": Message("Chinese"),
    "vi": Message("Vietnamese"),
}
# Languages whose names are complete enough to read an export; the others only
# help to say which language a refused file is in.
READ_LANGUAGES = frozenset({"en", "fr"})

_SPACES = re.compile(r"\s+")


def fold_name(text: object) -> str:
    """A column name as compared: lower case, single spaces, no BOM, quotes, NBSP,
    curly apostrophes read as straight ones, no space before a colon (French typing)."""
    name = "" if text is None else str(text)
    name = name.replace("\ufeff", "").replace("\u00a0", " ").replace("\u202f", " ")
    name = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    name = name.strip().strip('"').strip()
    name = _SPACES.sub(" ", name).replace(" :", ":")
    return name.lower()


@dataclass(frozen=True)
class HeaderNames:
    """The names of one export's columns: folded name -> [(field, language)]."""

    network: str
    export: str
    by_name: dict[str, tuple[tuple[str, str], ...]]

    def fields_of(self, headers: Sequence[object]) -> dict[str, list[int]]:
        """Field -> positions of the columns holding it (several in a mixed file)."""
        found: dict[str, list[int]] = {}
        for position, header in enumerate(headers):
            for field, language in self.by_name.get(fold_name(header), ()):
                positions = found.setdefault(field, [])
                # A name two languages share (Date) is one column, listed once.
                if language in READ_LANGUAGES and position not in positions:
                    positions.append(position)
        return {field: positions for field, positions in found.items() if positions}

    def languages_of(self, headers: Iterable[object]) -> Counter[str]:
        """How many of these headers each language names (a name shared by two
        languages, ``Description``, counts for both)."""
        counts: Counter[str] = Counter()
        for header in headers:
            for language in {
                language for _field, language in self.by_name.get(fold_name(header), ())
            }:
                counts[language] += 1
        return counts

    def names_of(self, field: str, language: str = "en") -> list[str]:
        """The (folded) names of one field in one language."""
        return [name for name, pairs in self.by_name.items() if (field, language) in pairs]

    def has(self, headers: Sequence[object], fields: Iterable[str]) -> bool:
        present = self.fields_of(headers)
        return all(field in present for field in fields)


@lru_cache(maxsize=1)
def _all_names() -> dict[tuple[str, str], HeaderNames]:
    grouped: dict[tuple[str, str], dict[str, list[tuple[str, str]]]] = {}
    with io.StringIO(read_text("data", "export_headers.csv"), newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for record in csv.DictReader(lines):
            key = (record["network"], record["export"])
            names = grouped.setdefault(key, {})
            entry = (record["field"], record["language"])
            folded = fold_name(record["name"])
            if entry not in names.setdefault(folded, []):
                names[folded].append(entry)
    return {
        key: HeaderNames(key[0], key[1], {name: tuple(pairs) for name, pairs in names.items()})
        for key, names in grouped.items()
    }


def header_names(network: str, export: str) -> HeaderNames:
    """The names of one export (``header_names("facebook", "posts")``)."""
    return _all_names()[(network, export)]


def all_header_names() -> list[HeaderNames]:
    return list(_all_names().values())


def language_name(code: str) -> str:
    """The language's name as a Message (the window shows it translated)."""
    return LANGUAGE_NAMES.get(code, code)


# Scripts that tell a language when no known column name does.
_SCRIPTS = [
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"), "vi"),
]
_WORDS = {
    "de": {"beitrag", "beiträge", "reichweite", "veröffentlichungszeit", "aufrufe", "datum"},
    "es": {"publicación", "alcance", "impresiones", "fecha", "visualizaciones", "reacciones"},
    "pt": {"publicação", "alcance", "impressões", "data", "visualizações", "cliques"},
    "it": {"pubblicazione", "copertura", "visualizzazioni", "data", "reazioni"},
    "nl": {"bericht", "bereik", "weergaven", "datum", "publicatietijd"},
    "sv": {"publicerings-id", "publiceringstid", "räckvidd", "visningar", "datum"},
}


def guess_language(headers: Sequence[object]) -> str | None:
    """The language a header row is most likely in, from the data file's names of
    every language, then a few common words, then the script; None if unsure."""
    counts: Counter[str] = Counter()
    for names in all_header_names():
        counts.update(names.languages_of(headers))
    counts.pop("en", None)
    counts.pop("fr", None)
    if counts:
        return counts.most_common(1)[0][0]
    text = " ".join(fold_name(header) for header in headers)
    words = set(re.findall(r"[\w-]+", text))
    scores = {code: len(words & known) for code, known in _WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    if scores[best]:
        return best
    for pattern, code in _SCRIPTS:
        if pattern.search(text):
            return code
    return None
