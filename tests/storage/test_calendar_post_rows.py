"""Posts read back from the plan are the same PostRef values the dataclass builds:
calendar_rows makes them without PostRef's generated __init__ (a month of a large
plan reads ~2,000 of them on the way to its first frame), so every field, equality,
hashing and dataclasses.replace must behave as for a post built the usual way."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.services import calendar_posts, calendar_queries

PARIS = ZoneInfo("Europe/Paris")


def _built_the_usual_way(post: PostRef) -> PostRef:
    return PostRef(**{f.name: getattr(post, f.name) for f in fields(PostRef)})


def test_a_post_read_back_is_the_value_the_dataclass_builds(plan) -> None:  # type: ignore[no-untyped-def]
    plan.conn.execute("INSERT INTO labels (id, name) VALUES (3, 'Promo'), (7, 'Atelier')")
    plan.conn.commit()
    when = datetime(2026, 10, 13, 9, 30, tzinfo=PARIS)
    draft = PostDraft(
        "instagram",
        "Notre galette est de retour",
        "Galette",
        "draft",
        when,
        account="@boulangerie",
        link="https://example.org/galette",
        media=("galette.jpg",),
        hashtags="#galette",
        first_comment="Dès ce matin",
        notes="photo du fournil",
        client_comment="plus court ?",
        labels=(7, 3),
    )
    (post_id,), _ = calendar_posts.create_posts(plan, [draft])

    (read,) = calendar_queries.posts_between(plan, date(2026, 10, 13), date(2026, 10, 14))
    usual = _built_the_usual_way(read)
    assert read == usual and hash(read) == hash(usual)
    assert vars(read) == vars(usual)  # every field set, nothing more
    assert (read.id, read.scheduled_at, read.labels, read.media) == (
        post_id,
        when,
        (3, 7),
        ("galette.jpg",),
    )
    assert (read.account, read.client_comment, read.detached) == (
        "@boulangerie",
        "plus court ?",
        False,
    )
    moved = replace(read, title="Galette des rois")
    assert moved.title == "Galette des rois" and moved.id == read.id and read.title == "Galette"
    assert calendar_queries.posts_by_id(plan, [post_id]) == [read]
    assert {read: 1}[usual] == 1  # the same key in a dict (the grid's card cache)


def test_a_range_is_in_time_order_then_by_id_without_the_ideas(plan) -> None:  # type: ignore[no-untyped-def]
    at_nine = datetime(2026, 10, 13, 9, tzinfo=PARIS)
    drafts = [
        PostDraft("instagram", "b", "B", "draft", datetime(2026, 10, 14, 8, tzinfo=PARIS)),
        PostDraft("facebook", "a", "A", "draft", at_nine),
        PostDraft("x", "idea", "Idea"),
        PostDraft("instagram", "c", "C", "draft", at_nine),
        PostDraft("linkedin", "late", "Late", "draft", datetime(2026, 10, 20, 9, tzinfo=PARIS)),
    ]
    ids, _ = calendar_posts.create_posts(plan, drafts)

    shown = calendar_queries.posts_between(plan, date(2026, 10, 13), date(2026, 10, 15))
    assert [p.id for p in shown] == [ids[1], ids[3], ids[0]]
