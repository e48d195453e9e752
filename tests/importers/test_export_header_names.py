"""The exports' column names live in resources/data/export_headers.csv (issue #10).

Every English/French pair of EXPORT_HEADERS_FR.md (real files for Meta, several
scripts for YouTube) names the same field there; no French column name is written in
the importers' code; and a renamed column (or a new language) is one more line of the
data file, read like the others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.importers import header_names as names_module
from smplanner.importers.header_names import fold_name, header_names
from smplanner.services.statistics_import import import_files, preview

IMPORTERS = Path(names_module.__file__).parent

# (network, export, English, French) as EXPORT_HEADERS_FR.md pairs them.
PAIRS = [
    ("facebook", "posts", "Post ID", "Identifiant de la publication"),
    ("facebook", "posts", "Page ID", "ID de la Page"),
    ("facebook", "posts", "Page name", "Nom de la page"),
    ("facebook", "posts", "Title", "Titre"),
    ("facebook", "posts", "Duration (sec)", "Durée (s)"),
    ("facebook", "posts", "Publish time", "Heure de publication"),
    ("facebook", "posts", "Caption type", "Type de légende"),
    ("facebook", "posts", "Permalink", "Permalien"),
    ("facebook", "posts", "Is crosspost", "Est un crosspostage"),
    ("facebook", "posts", "Is share", "Est un partage"),
    ("facebook", "posts", "Post type", "Type de publication"),
    ("facebook", "posts", "Languages", "Langues"),
    ("facebook", "posts", "Custom labels", "Libellés personnalisés"),
    ("facebook", "posts", "Funded content status", "Statut du contenu financé"),
    ("facebook", "posts", "Data comment", "Commentaire des données"),
    ("facebook", "posts", "Views", "Vues"),
    ("facebook", "posts", "Reach", "Couverture"),
    ("facebook", "posts", "Reactions, Comments and Shares", "Réactions, commentaires et partages"),
    ("facebook", "posts", "Reactions", "Réactions"),
    ("facebook", "posts", "Comments", "Commentaires"),
    ("facebook", "posts", "Shares", "Partages"),
    ("facebook", "posts", "Total clicks", "Total des clics"),
    ("facebook", "posts", "Link Clicks", "Clics sur un lien"),
    ("facebook", "posts", "Other Clicks", "Autres clics"),
    (
        "facebook",
        "posts",
        "Matched Audience Targeting Consumption (Photo Click)",
        "Consommation ciblage d’audience correspondante (Photo Click)",
    ),
    ("facebook", "posts", "Seconds viewed", "Secondes regardé(e)"),
    ("facebook", "posts", "Average Seconds viewed", "Secondes moyen(ne) regardé(e)"),
    (
        "facebook",
        "posts",
        "Negative feedback from users: Hide all",
        "Commentaires négatifs des utilisateur(ice)s : Masquer tout",
    ),
    ("instagram", "posts", "Post ID", "Identifiant de la publication"),
    ("instagram", "posts", "Account ID", "ID du compte"),
    ("instagram", "posts", "Account username", "Nom de profil du compte"),
    ("instagram", "posts", "Account name", "Nom du compte"),
    ("instagram", "posts", "Duration (sec)", "Durée (s)"),
    ("instagram", "posts", "Publish time", "Heure de publication"),
    ("instagram", "posts", "Permalink", "Permalien"),
    ("instagram", "posts", "Post type", "Type de publication"),
    ("instagram", "posts", "Data comment", "Commentaire des données"),
    ("instagram", "posts", "Views", "Vues"),
    ("instagram", "posts", "Reach", "Couverture"),
    ("instagram", "posts", "Likes", "Mentions J’aime"),
    ("instagram", "posts", "Shares", "Partages"),
    ("instagram", "posts", "Follows", "Followers en plus"),
    ("instagram", "posts", "Comments", "Commentaires"),
    ("instagram", "posts", "Saves", "Enregistrements"),
    ("youtube", "table_data", "Content", "Contenu"),
    ("youtube", "table_data", "Video title", "Titre de la vidéo"),
    ("youtube", "table_data", "Video publish time", "Heure de publication de la vidéo"),
    ("youtube", "table_data", "Duration", "Durée"),
    ("youtube", "table_data", "Views", "Vues"),
    ("youtube", "table_data", "Watch time (hours)", "Durée de visionnage (heures)"),
    ("youtube", "table_data", "Subscribers", "Abonnés"),
    ("youtube", "table_data", "Impressions", "Impressions"),
    ("youtube", "table_data", "Unique viewers", "Spectateurs uniques"),
    ("youtube", "table_data", "Engaged views", "Vues intentionnelles"),
    ("youtube", "table_data", "Shares", "Partages"),
    ("youtube", "table_data", "Comments added", "Commentaires ajoutés"),
    ("youtube", "table_data", "Likes", "J'aime"),
    ("youtube", "table_data", "Subscribers gained", "Abonnés gagnés"),
    ("youtube", "table_data", "Subscribers gained", "Nouveaux abonnés"),
    ("youtube", "table_data", "Average view duration", "Durée moyenne d'une vue"),
    ("youtube", "table_data", "Average view duration", "Durée moyenne de visionnage"),
]


@pytest.mark.parametrize(("network", "export", "english", "french"), PAIRS)
def test_each_french_name_of_the_real_files_names_the_english_field(
    network: str, export: str, english: str, french: str
) -> None:
    names = header_names(network, export)
    (english_field,) = names.fields_of([english])
    assert names.fields_of([french]) == {english_field: [0]}
    assert names.languages_of([french])["fr"] == 1


def test_no_french_column_name_is_written_in_the_importers_code() -> None:
    french = {
        french for _n, _e, english, french in PAIRS if fold_name(french) != fold_name(english)
    }
    code = "\n".join(path.read_text(encoding="utf-8") for path in IMPORTERS.glob("*.py"))
    written = sorted(name for name in french if f'"{name}"' in code or f"'{name}'" in code)
    assert written == []


def test_a_renamed_column_is_one_more_line_of_the_data_file(plan, tmp_path, monkeypatch) -> None:
    """Meta renames "Reach" to "Accounts reached" (say): one line, and the file reads."""
    original = names_module.read_text

    def with_one_more_line(*parts: str) -> str:
        text = original(*parts)
        if parts == ("data", "export_headers.csv"):
            text += "facebook,posts,reach,en,Accounts reached\n"
        return text

    source = Path(__file__).parents[1] / "fixtures" / "exports" / "meta_facebook_posts.csv"
    renamed = source.read_text(encoding="utf-8-sig").replace(",Reach,", ",Accounts reached,", 1)
    path = tmp_path / "posts.csv"
    path.write_text(renamed, encoding="utf-8-sig")
    names_module._all_names.cache_clear()
    monkeypatch.setattr(names_module, "read_text", with_one_more_line)
    try:
        import_files(plan, preview([path]))
    finally:
        monkeypatch.undo()
        names_module._all_names.cache_clear()
    reach = [
        value
        for (value,) in plan.conn.execute(
            "SELECT json_extract(metrics, '$.reach') FROM stat_posts ORDER BY published_at"
        )
    ]
    assert reach == [1800, 9500, 700]
    assert header_names("facebook", "posts").fields_of(["Accounts reached"]) == {}  # back
