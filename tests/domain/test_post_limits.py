"""Each network's limits, and texts counted the way each network counts them."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain import post_limits as pl
from smplanner.domain.networks import network_ids
from smplanner.domain.post_limits import MediaFacts
from smplanner.domain.post_refs import PostRef
from smplanner.domain.rule_warnings import RuleContext, day_warnings
from smplanner.resource_files import read_text

PARIS = ZoneInfo("Europe/Paris")


def test_every_network_has_limits_and_every_limit_names_its_source() -> None:
    data = json.loads(read_text("data", "network_limits.json"))
    assert set(data["networks"]) == set(network_ids())
    for network, entry in data["networks"].items():
        assert entry["counting"] in {"x_weighted", "code_points", "utf16"}, network
        assert "text_max" in entry, network
        for name, limit in entry.items():
            if name == "counting":
                continue
            assert limit["source"].startswith("https://"), (network, name)
            assert name in pl.NetworkLimits.__dataclass_fields__, (network, name)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("a" * 280, 280),
        ("Bonjour à tous", 14),
        ("e\u0301te\u0301", 3),  # decomposed accents: NFC makes "été"
        ("été", 3),
        ("日本語", 6),  # CJK weighs 2
        ("😀", 2),
        ("👍🏽", 2),  # skin tone: one emoji
        ("👨‍👩‍👧‍👦", 2),  # a family joined by ZWJ: one emoji
        ("🇫🇷", 2),  # a flag: two regional indicators, one emoji
        ("1️⃣", 2),  # a keycap
        ("❤️", 2),  # a heart with its variation selector
        ("1 2", 3),  # digits alone are not emoji
        ("“quotes” — and", 14),  # general punctuation 8208–8223 weighs 1
        ("…", 2),  # … is U+2026, outside the light ranges
        ("https://www.boulangerie-martin.fr/galettes/2027?utm_source=x", 23),
        ("Voir https://example.com/a/very/long/path/that/goes/on/and/on.", 5 + 23 + 1),
        ("boulangerie-martin.fr", 23),  # a bare domain is a link too
        ("contact@boulangerie-martin.fr", 29),  # an e-mail address is not
        ("a https://t.co/x b http://x.org", 2 + 23 + 3 + 23),
    ],
)
def test_x_counts_like_twitter_text(text: str, length: int) -> None:
    assert pl.x_weighted_length(text) == length


def test_a_long_link_fits_an_x_post_that_would_not_fit_by_characters() -> None:
    text = "a" * 250 + " https://www.boulangerie-martin.fr/" + "x" * 100
    assert len(text) > 280
    checks = {c.what: c for c in pl.measure("x", text)}
    assert checks[pl.TEXT].value == 250 + 1 + 23
    assert not checks[pl.TEXT].over


def test_an_x_post_of_270_characters_and_ten_emoji_is_over() -> None:
    text = "a" * 270 + "🎉" * 10
    [problem] = pl.problems("x", text)
    assert (problem.what, problem.value, problem.limit) == (pl.TEXT, 290, 280)
    assert problem.source.startswith("https://github.com/twitter/twitter-text")


def test_other_networks_count_characters_and_tiktok_utf16_units() -> None:
    assert pl.text_length("👍🏽 été", "code_points") == 6  # thumb + skin tone: 2
    assert pl.text_length("e\u0301", "code_points") == 1
    assert pl.text_length("👍🏽 été", "utf16") == 8  # two astral code points: 2 units each
    assert pl.text_length("x" * 10 + " https://example.com/long", "code_points") == 35


def test_hashtags_and_link_are_counted_with_the_text() -> None:
    checks = pl.measure(
        "instagram",
        "Nouvelle galette #galette",
        hashtags="#boulangerie #frangipane #épiphanie #artisan #paris",
        link="https://boulangerie-martin.fr",
        media=[MediaFacts.of("galette.jpg")],
    )
    by = {c.what: c for c in checks}
    assert by[pl.HASHTAGS].value == 6 and by[pl.HASHTAGS].over  # Instagram: 5 at most
    message = pl.published_text(
        "Nouvelle galette #galette",
        "#boulangerie #frangipane #épiphanie #artisan #paris",
        "https://boulangerie-martin.fr",
    )
    assert by[pl.TEXT].value == len(message)
    assert not by[pl.MEDIA_REQUIRED].over


def test_hashtag_rules() -> None:
    assert pl.hashtags_in("#été #Noël2026 #2026 C#sharp &#39; ##double") == ["été", "Noël2026"]
    assert pl.hashtags_in("https://example.com/page#section #vrai") == ["vrai"]
    assert pl.hashtags_in("＃全角") == ["全角"]


def test_media_count_kind_and_requirement() -> None:
    photos = [MediaFacts.of(f"p{i}.jpg") for i in range(5)]
    by = {c.what: c for c in pl.problems("x", "Hello", media=photos)}
    assert by[pl.MEDIA].value == 5 and by[pl.MEDIA].limit == 4
    two_videos = [MediaFacts.of("a.mp4"), MediaFacts.of("b.MOV")]
    assert {c.what for c in pl.problems("x", "Hello", media=two_videos)} == {pl.VIDEOS}
    [kind] = pl.problems("x", "Hello", media=[MediaFacts.of("plaquette.pdf")])
    assert (kind.what, kind.detail) == (pl.MEDIA_KIND, "document")
    assert [c.what for c in pl.problems("instagram", "Text only")] == [pl.MEDIA_REQUIRED]
    assert [c.what for c in pl.problems("youtube", "Desc", media=[MediaFacts.of("a.png")])] == [
        pl.MEDIA_KIND
    ]
    assert pl.problems("linkedin", "Plaquette", media=[MediaFacts.of("plaquette.pdf")]) == []


def test_video_length_is_checked_when_known() -> None:
    long_clip = [MediaFacts("clip.mp4", "video", seconds=150.0)]
    [problem] = pl.problems("x", "Vidéo", media=long_clip)
    assert (problem.what, problem.value, problem.limit) == (pl.VIDEO_SECONDS, 150.0, 140)
    assert pl.problems("x", "Vidéo", media=[MediaFacts("clip.mp4", "video", 139.0)]) == []


def test_titles_are_measured_where_the_network_publishes_one() -> None:
    title = "T" * 101
    video = [MediaFacts.of("film.mp4")]
    assert [c.what for c in pl.problems("youtube", "", title=title, media=video)] == [pl.TITLE]
    assert pl.problems("facebook", "Texte", title=title) == []


def test_media_kind_from_names_and_addresses() -> None:
    assert pl.media_kind("/home/a/Photo.JPEG") == "image"
    assert pl.media_kind("https://cdn.example.com/v.mp4?sig=1") == "video"
    assert pl.media_kind("anim.gif") == "gif"
    assert pl.media_kind("notes.txt") is None


def test_an_unknown_network_has_no_limits() -> None:
    assert pl.measure("mastodon", "x" * 10_000) == []


def _post(post_id: int, network: str, text: str, **extra: object) -> PostRef:
    return PostRef(
        post_id, network, datetime(2027, 1, 6, 10, tzinfo=PARIS), "draft", "", text, **extra
    )  # type: ignore[arg-type]


def test_over_limit_posts_are_day_warnings_of_kind_post_limit() -> None:
    posts = [
        _post(1, "x", "x" * 300, pillar_id=1, objective_id=1),
        _post(2, "x", "ok", pillar_id=1, objective_id=1),
    ]
    warnings = [w for w in day_warnings(posts, RuleContext()) if w.kind == pl.POST_LIMIT]
    assert [(w.post_ids, w.params["what"], w.params["value"]) for w in warnings] == [
        ((1,), pl.TEXT, 300)
    ]


def test_check_lists_the_posts_over_their_networks_limits(plan, plan_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from smplanner.domain.post_refs import PostDraft
    from smplanner.services import calendar_posts

    when = datetime(2027, 1, 6, 10, tzinfo=PARIS)
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("x", "é" * 281, "Trop long", "draft", when),
            PostDraft("instagram", "Galette", "Avec photo", "draft", when, media=("a.jpg",)),
            PostDraft("x", "x" * 400, "Déjà publié", "published", when),
        ],
    )
    plan.close()

    def check(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "smplanner", "check", str(plan_path), *extra],
            capture_output=True,
            text=True,
            timeout=60,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    english = check("--lang", "en")
    assert english.returncode == 0, english.stderr  # a warning, not a broken plan
    assert "Network limits: 1 post(s) over" in english.stdout
    assert (
        "[X (Twitter)] post 1, 2027-01-06 10:00, “Trop long”: 281 characters, the network takes 280"
        in english.stdout
    )
    assert "Déjà publié" not in english.stdout  # history: nothing to do about it
    french = check("--lang", "fr")
    assert "Limites des réseaux : 1 publication(s) au-delà" in french.stdout
    assert "281 caractères, le réseau en accepte 280" in french.stdout
    document = json.loads(check("--json").stdout)
    [entry] = document["post_limits"]
    assert (entry["post_id"], entry["what"], entry["value"], entry["limit"]) == (
        1,
        "text",
        281,
        280,
    )
    assert entry["source"].startswith("https://")


def test_files_too_heavy_for_their_kind_and_images_too_narrow() -> None:
    heavy = MediaFacts("photo.jpg", "image", size=5_400_000, width=2000)
    [problem] = pl.problems("x", "Photo", media=[heavy])
    assert (problem.what, problem.value, problem.limit) == (pl.MEDIA_BYTES, 5_400_000, 5_000_000)
    assert problem.source.startswith("https://help.x.com")
    gif = MediaFacts("anim.gif", "gif", size=12_000_000)
    assert pl.problems("x", "GIF", media=[gif]) == []  # GIFs may weigh 15 MB
    narrow = MediaFacts("logo.png", "image", size=20_000, width=200)
    [small] = pl.problems("instagram", "Logo", media=[narrow])
    assert (small.what, small.value, small.limit, small.over) == (pl.IMAGE_WIDTH, 200, 320, True)
    wide = MediaFacts("galette.jpg", "image", size=900_000, width=1080)
    assert pl.problems("instagram", "Galette", media=[wide]) == []
