"""Which network and language a refused file is in: "LinkedIn export in Spanish".

A file smplanner cannot read may be a known network's export in an interface
language the data file does not cover yet. Saying so by name (with the columns
seen) tells the user what to do: export again with the interface in English or
French, or use the generic CSV import. The network is told by its links in the
first rows, its sheet names or known column names of any language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from smplanner.importers.header_names import (
    READ_LANGUAGES,
    all_header_names,
    fold_name,
    guess_language,
    language_name,
)
from smplanner.importers.tabular_files import Table
from smplanner.messages import Message

NETWORK_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "meta": "Meta Business Suite",
    "linkedin": "LinkedIn",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "x": "X",
}
_LINKS = [
    (re.compile(r"instagram\.com/", re.I), "instagram"),
    (re.compile(r"facebook\.com/|fb\.watch/", re.I), "facebook"),
    (re.compile(r"linkedin\.com/|urn:li:", re.I), "linkedin"),
    (re.compile(r"tiktok\.com/", re.I), "tiktok"),
    (re.compile(r"youtube\.com/|youtu\.be/", re.I), "youtube"),
    (re.compile(r"(?:^|//|\.)(?:x|twitter)\.com/", re.I), "x"),
]


def _header_row(table: Table) -> list[str]:
    """The top row with the most filled cells (the header, under a note line or two)."""
    top = table.rows[:4]
    if not top:
        return []
    best = max(top, key=lambda row: sum(1 for cell in row if cell not in (None, "")))
    return [str(cell).strip() for cell in best if cell not in (None, "")]


def _network_of(table: Table, headers: Sequence[str]) -> str | None:
    votes: Counter[str] = Counter()
    for row in table.rows[:12]:
        for cell in row:
            if isinstance(cell, str):
                for pattern, network in _LINKS:
                    if pattern.search(cell):
                        votes[network] += 1
                        break
    if votes:  # the posts' own links tell the network better than column names shared
        return votes.most_common(1)[0][0]  # between networks (Commentaires, Réactions)
    folded = [fold_name(header) for header in headers]
    sheet = fold_name(table.sheet) if table.sheet else None
    for names in all_header_names():
        known = sum(1 for name in folded if name in names.by_name)
        if sheet and sheet in names.by_name:
            known += 3
        if known >= 2 or (known and names.network == "linkedin" and sheet):
            votes[names.network] += known
    if not votes:
        return None
    return votes.most_common(1)[0][0]


# The languages each network's exports are read in (its importer matches names of
# these languages). LinkedIn and X French names are not confirmed by real files yet
# (EXPORT_HEADERS_FR.md): a French file of theirs is refused by name, not misread.
READ_BY_NETWORK = {
    "facebook": ("en", "fr"),
    "instagram": ("en", "fr"),
    "meta": ("en", "fr"),
    "youtube": ("en", "fr"),
    "tiktok": ("en", "fr"),  # English names in every interface; the days are translated
    "linkedin": ("en",),
    "x": ("en",),
}
# Words only a French header holds (LinkedIn, X): tell French when the data file has
# no French names for the network.
_FRENCH_TEXT = (
    "clics organiques organique sponsorisées sponsorisés sponsorisé abonnés réactions "
    "commentaires partages republications vues création texte réponses lien titre "
    "publication taux"
)
_FRENCH_WORDS = frozenset(_FRENCH_TEXT.split())


def _is_french(headers: Sequence[str]) -> bool:
    words = set(re.findall(r"[\w'-]+", " ".join(fold_name(header) for header in headers)))
    return len(words & _FRENCH_WORDS) >= 2


# Signs of a file re-saved in the wrong encoding (EXPORT_HEADERS_FR.md): a fullwidth
# letter where an accented one was ("DurＦ (s)"), the replacement character, UTF-8 read
# as Latin-1 ("RÃ©actions", "â€™"). Fullwidth letters in a name written in Chinese or
# Japanese are that script's own.
_DAMAGED = re.compile(r"[\uff21-\uff3a\uff41-\uff5a\ufffd]|Ã[\u0080-\u00bf]|â€")
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def damaged_encoding(table: Table, header: int | None = None) -> Message | None:
    """What to say of a table whose column names were damaged by a re-save in the wrong
    encoding (their figures would be silently left out); None if they look sound."""
    if header is not None and header < len(table.rows):
        headers = [str(cell).strip() for cell in table.rows[header] if cell not in (None, "")]
    else:
        headers = _header_row(table)
    damaged = [h for h in headers if _DAMAGED.search(h) and not _CJK_TEXT.search(h)]
    if not damaged:
        return None
    return Message(
        "its encoding is damaged: column names such as {columns} lost letters (the file "
        "was saved again in the wrong encoding), so their figures cannot be read. "
        "Download the export again and import it as it is, without saving it from "
        "another program.",
        columns=", ".join(f'"{name}"' for name in damaged[:5]),
    )


def unsupported_language(tables: Sequence[Table]) -> Message | None:
    """The "<network> export in <language>: not supported yet" message, with the columns seen,
    when a refused file looks like a known network's export in another language."""
    for table in tables:
        headers = _header_row(table)
        if not headers:
            continue
        language = guess_language(headers)
        if language is None and _is_french(headers):
            language = "fr"
        if language is None:
            continue
        network = _network_of(table, headers)
        if network is None:
            continue
        read = READ_BY_NETWORK.get(network, tuple(sorted(READ_LANGUAGES)))
        if language in read:
            continue
        shown = ", ".join(headers[:12]) + (" …" if len(headers) > 12 else "")
        if read == ("en",):
            return Message(
                "this looks like an export of {network} in {language} (columns seen: "
                "{columns}). smplanner reads {network} exports in English only for now "
                "(their {language} column names are not confirmed yet): export it again "
                "with the {network} interface in English, or use the generic CSV import "
                "and say which column is which.",
                network=NETWORK_NAMES.get(network, network),
                language=language_name(language),
                columns=shown,
            )
        return Message(
            "this looks like an export of {network} in {language} (columns seen: {columns}). "
            "smplanner reads {network} exports in English and French, not in {language} "
            "yet: export it again with the {network} interface in English or French, or "
            "use the generic CSV import and say which column is which.",
            network=NETWORK_NAMES.get(network, network),
            language=language_name(language),
            columns=shown,
        )
    return None
