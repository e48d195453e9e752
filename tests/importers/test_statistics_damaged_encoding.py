"""A French export re-saved in the wrong encoding (EXPORT_HEADERS_FR.md: "DurＦ (s)"
reaches users) is refused by saying so, naming the damaged columns: read as it is, its
accented columns (Réactions, Durée...) would be left out without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.importers.export_files import read_export_bytes
from smplanner.importers.import_errors import ImportFileError
from smplanner.services.statistics_import import import_files, preview

FRENCH = Path(__file__).parents[1] / "fixtures" / "exports" / "meta_facebook_posts_fr.csv"


def damaged(path: Path, replacements: dict[str, str]) -> Path:
    text = FRENCH.read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    for before, after in replacements.items():
        header = header.replace(before, after)
    path.write_text(header + "\n" + rest, encoding="utf-8-sig")
    return path


@pytest.mark.parametrize(
    ("replacements", "shown"),
    [
        (
            {"Durée (s)": "DurＦ (s)", "Réactions,": "RＦactions,"},
            '"DurＦ (s)", "RＦactions, commentaires et partages"',
        ),
        (
            {"Réactions,": "RÃ©actions,"},
            '"RÃ©actions, commentaires et partages"',
        ),  # UTF-8 read as Latin-1
        ({"Durée (s)": "Dur\ufffde (s)"}, '"Dur\ufffde (s)"'),
    ],
    ids=["fullwidth", "latin-1", "replacement"],
)
def test_a_header_damaged_by_a_wrong_encoding_is_refused_by_name(
    plan, tmp_path, replacements, shown
) -> None:
    path = damaged(tmp_path / "publications.csv", replacements)
    (item,) = preview([path])
    assert not item.importable
    (problem,) = item.problems
    assert problem.startswith("publications.csv: its encoding is damaged: column names such as")
    assert shown in problem and "Download the export again" in problem
    import_files(plan, [item])
    assert plan.conn.execute("SELECT count(*) FROM stat_posts").fetchone() == (0,)


def test_the_damaged_encoding_is_said_in_french(french_ui, tmp_path) -> None:
    from smplanner.ui.core_messages import error_text

    path = damaged(tmp_path / "publications.csv", {"Durée (s)": "DurＦ (s)"})
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes(path.name, path.read_bytes())
    text = error_text(raised.value)
    assert "encodage" in text and '"DurＦ (s)"' in text and "damaged" not in text


def test_sound_french_and_japanese_names_are_not_taken_for_damage() -> None:
    reading = read_export_bytes(FRENCH.name, FRENCH.read_bytes())
    assert [part.kind for part in reading.readings] == ["meta_facebook_posts"]
    japanese = "再生回数（合計）,日付\n100,2026-01-01\n".encode()
    with pytest.raises(ImportFileError) as raised:
        read_export_bytes("export.csv", japanese)
    assert "encoding is damaged" not in str(raised.value)
