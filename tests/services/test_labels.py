"""Labels (issue #15): free tags with a colour, defined per plan, several per post;
every change one undo step, kept in the plan file, the JSON export and a reopen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smplanner.domain import labels as label_rules
from smplanner.domain.labels import Label
from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_edits, calendar_queries, labels
from smplanner.services.changes import Topic
from smplanner.services.export_json import export_plan_json, import_plan_json
from smplanner.storage.plan_file import PlanFile, open_plan

PARIS = ZoneInfo("Europe/Paris")


def _post(plan: PlanFile, text: str, day: int = 12, **fields: object) -> int:
    moment = datetime(2027, 1, day, 10, 0, tzinfo=PARIS)
    draft = PostDraft("instagram", text, status="draft", scheduled_at=moment, **fields)  # type: ignore[arg-type]
    [post_id] = calendar_edits.create(plan, [draft]).value
    return int(post_id)


def _labels_of(plan: PlanFile, post_id: int) -> tuple[int, ...]:
    return calendar_queries.posts_by_id(plan, [post_id])[0].labels


def test_names_and_colours_are_checked_in_words() -> None:
    promo = Label(1, "Promo", "#e53935")
    assert label_rules.clean_name("  Vidéo   à tourner ") == "Vidéo à tourner"
    assert label_rules.name_problem("PROMO", [promo]) == "There is already a label 'Promo'."
    assert label_rules.name_problem("promo", [promo], own_id=1) is None  # its own name
    assert label_rules.name_problem("   ", []) == "A label needs a name."
    assert "too long" in str(label_rules.name_problem("x" * 41, []))
    assert "'|'" in str(label_rules.name_problem("a | b", []))
    assert label_rules.normal_colour("#ABC") == "#aabbcc"
    assert label_rules.normal_colour("1E88E5") == "#1e88e5"
    assert label_rules.normal_colour("rouge") is None
    assert label_rules.next_colour(["#e53935"]) == "#fb8c00"
    assert label_rules.chip_text_colour("#fdd835") == "#000000"  # yellow: black text
    assert label_rules.chip_text_colour("#8e24aa") == "#ffffff"  # purple: white text


def test_the_filter_shows_posts_with_any_wanted_label() -> None:
    assert label_rules.matches((1, 2), frozenset())  # no filter: everything
    assert label_rules.matches((1, 2), frozenset({2, 5}))
    assert not label_rules.matches((1,), frozenset({2}))
    assert not label_rules.matches((), frozenset({2}))


def test_the_csv_cell_holds_names_joined_and_reads_them_back() -> None:
    names = {1: "Vidéo", 2: "promo", 3: "Été"}
    assert label_rules.labels_cell((3, 1, 2, 9), names) == "promo | Vidéo | Été"
    assert label_rules.names_in_cell(" Promo |vidéo | promo ||") == ["Promo", "vidéo"]


def test_defining_labels_is_undoable_and_refuses_a_taken_name(plan: PlanFile) -> None:
    edit = labels.new_label(plan, "  Promo ")
    promo = edit.value
    assert promo == Label(promo.id, "Promo", label_rules.PALETTE[0])
    assert edit.changes.touches(Topic.LABELS)
    second = labels.new_label(plan, "Vidéo à tourner").value
    assert second.colour == label_rules.PALETTE[1]  # the next free colour
    with pytest.raises(labels.LabelError, match="already a label 'Promo'"):
        labels.new_label(plan, "PROMO")
    with pytest.raises(labels.LabelError, match="not a colour"):
        labels.new_label(plan, "Jeu", "violet")

    renamed = labels.edit_label(plan, promo.id, "Promotion", "#43A047")
    assert labels.labels(plan)[0] == Label(promo.id, "Promotion", "#43a047")
    assert labels.edit_label(plan, promo.id, "Promotion", "#43a047").changed_nothing
    renamed.undo()
    assert labels.labels(plan)[0] == promo
    renamed.redo()
    assert labels.labels(plan)[0].name == "Promotion"
    edit_of_second = labels.new_label(plan, "Jeu concours")
    edit_of_second.undo()
    assert [label.name for label in labels.labels(plan)] == ["Promotion", "Vidéo à tourner"]
    edit_of_second.redo()
    assert len(labels.labels(plan)) == 3


def test_posts_carry_several_labels_and_undo_takes_them_off(plan: PlanFile) -> None:
    promo = labels.new_label(plan, "Promo").value
    video = labels.new_label(plan, "Vidéo").value
    first, second = _post(plan, "Galette"), _post(plan, "Fève", day=14)

    edit = labels.set_post_labels(plan, [first, second], add=[promo.id, video.id])
    assert edit.value == 2
    assert _labels_of(plan, first) == _labels_of(plan, second) == (promo.id, video.id)
    assert edit.changes.posts == {first, second}
    assert len(edit.changes.days) == 2  # both days repaint
    off = labels.set_post_labels(plan, [second], remove=[promo.id])
    assert _labels_of(plan, second) == (video.id,)
    assert labels.set_post_labels(plan, [second], remove=[promo.id]).changed_nothing
    off.undo()
    edit.undo()
    assert _labels_of(plan, first) == _labels_of(plan, second) == ()
    edit.redo()
    assert _labels_of(plan, first) == (promo.id, video.id)
    assert labels.label_usage(plan) == {promo.id: 2, video.id: 2}


def test_a_post_keeps_its_labels_through_edit_copy_delete_and_undo(plan: PlanFile) -> None:
    promo = labels.new_label(plan, "Promo").value
    post_id = _post(plan, "Galette", labels=(promo.id,))
    assert _labels_of(plan, post_id) == (promo.id,)
    [post] = calendar_queries.posts_by_id(plan, [post_id])

    moment = datetime(2027, 1, 20, 9, 0, tzinfo=PARIS)
    [copy_id] = calendar_edits.copy(plan, {post_id: moment}).value
    assert _labels_of(plan, copy_id) == (promo.id,)  # a duplicate keeps them

    updated = PostDraft("instagram", "Galette !", status="draft", scheduled_at=post.scheduled_at)
    edit = calendar_edits.update(plan, post_id, updated)  # the composer took them off
    assert _labels_of(plan, post_id) == ()
    edit.undo()
    assert _labels_of(plan, post_id) == (promo.id,)

    deleted = calendar_edits.delete(plan, [post_id])
    assert labels.label_usage(plan) == {promo.id: 1}  # the copy's
    deleted.undo()
    assert _labels_of(plan, post_id) == (promo.id,)


def test_deleting_a_label_takes_it_off_posts_and_undo_puts_it_back(plan: PlanFile) -> None:
    promo = labels.new_label(plan, "Promo").value
    video = labels.new_label(plan, "Vidéo").value
    post_id = _post(plan, "Galette", labels=(promo.id, video.id))

    edit = labels.delete_label(plan, promo.id)
    assert edit.value == 1
    assert edit.changes.touches(Topic.LABELS) and post_id in edit.changes.posts
    assert _labels_of(plan, post_id) == (video.id,)
    assert [label.name for label in labels.labels(plan)] == ["Vidéo"]
    edit.undo()
    assert labels.labels(plan)[0] == promo
    assert _labels_of(plan, post_id) == (promo.id, video.id)
    edit.redo()
    assert _labels_of(plan, post_id) == (video.id,)
    # A dialog left open with the deleted label saves the post without it.
    calendar_edits.update(plan, post_id, PostDraft("instagram", "x", labels=(promo.id, video.id)))
    assert _labels_of(plan, post_id) == (video.id,)
    with pytest.raises(labels.LabelError, match="no longer in the plan"):
        labels.edit_label(plan, promo.id, "Promo", "#000000")


def test_labels_survive_a_reopen_and_the_json_round_trip(
    plan: PlanFile, plan_path: Path, tmp_path: Path
) -> None:
    promo = labels.new_label(plan, "Promo", "#d81b60").value
    post_id = _post(plan, "Galette", labels=(promo.id,))
    plan.close()
    reopened = open_plan(plan_path)
    try:
        assert labels.labels(reopened) == [promo]
        assert _labels_of(reopened, post_id) == (promo.id,)
        export_plan_json(reopened, tmp_path / "martin.json")
    finally:
        reopened.close()
    copy = import_plan_json(tmp_path / "martin.json", tmp_path / "copy.smplan")
    try:
        assert labels.labels(copy) == [promo]
        assert _labels_of(copy, post_id) == (promo.id,)
    finally:
        copy.close()


def test_the_posts_csv_carries_labels_by_name_and_imports_them_back(
    plan: PlanFile, tmp_path: Path
) -> None:
    from smplanner.services.calendar_export import write_calendar_csv
    from smplanner.services.calendar_import import preview_posts_csv

    promo = labels.new_label(plan, "Promo").value
    video = labels.new_label(plan, "Vidéo").value
    post_id = _post(plan, "Galette", labels=(promo.id, video.id))
    target = tmp_path / "posts.csv"
    write_calendar_csv(plan, target)
    text = target.read_text(encoding="utf-8-sig")
    header, row = text.splitlines()[:2]
    assert header.split(";")[-1] == "labels" and row.endswith(";Promo | Vidéo")  # French: ";"

    # Edited in a spreadsheet: one label off, then a name the plan does not know.
    target.write_text(text.replace("Promo | Vidéo", "vidéo"), encoding="utf-8")
    preview = preview_posts_csv(plan, target)
    assert not preview.problems
    [row_plan] = preview.rows
    assert row_plan.changed == ("labels",) and row_plan.draft.labels == (video.id,)
    edit = calendar_edits.import_posts(plan, preview, skip_bad_rows=False)
    assert _labels_of(plan, post_id) == (video.id,)
    edit.undo()
    assert _labels_of(plan, post_id) == (promo.id, video.id)

    target.write_text(text.replace("Promo | Vidéo", "Promo | Jeu | Été"), encoding="utf-8")
    [problem] = preview_posts_csv(plan, target).problems
    assert problem.column == "labels"
    assert "no label is called 'Jeu', 'Été' in this plan" in problem.message


def test_lists_sort_labels_as_a_french_reader_does() -> None:
    names = ["Vidéo", "À valider", "promo", "Épiphanie", "avant-première"]
    shown = label_rules.in_order(Label(i, name, "#e53935") for i, name in enumerate(names))
    assert [label.name for label in shown] == [
        "À valider",
        "avant-première",
        "Épiphanie",
        "promo",
        "Vidéo",
    ]
    assert label_rules.folded("VIDÉO à Tourner") == "video a tourner"
