"""The calendar's exports and posts import from the window: File > Export, the calendar
bar's menu, the import preview with bad rows, and one undo step."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import Qt

from smplanner.domain.post_refs import PostDraft
from smplanner.services import calendar_export, calendar_posts, calendar_queries
from smplanner.storage.plan_file import PlanFile
from smplanner.ui.calendar.calendar_exchange_actions import selection_of
from tests.calendar_exchange_sample import fill_sample


def _menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    from smplanner.ui.main_menus import menu_of

    return [a.text() for a in menu_of(window.deliverables.export_report).actions()]


def test_file_export_writes_an_ics_of_the_chosen_networks(window, plan: PlanFile, tmp_path):
    fill_sample(plan)
    window.set_plan(plan)
    actions = window.calendar_exchange
    assert "Calendar for &Google, Outlook, Apple (.ics)…" in _menu_texts(window)
    assert actions.import_posts.isEnabled()

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert dialog.kind() == "ics" and dialog.whole_plan.isChecked()
        for row in range(dialog.networks.count()):
            item = dialog.networks.item(row)
            if item.text() != "LinkedIn":
                item.setCheckState(Qt.CheckState.Unchecked)
        return True

    actions.run_dialog = answer
    target = tmp_path / "out.ics"
    actions.ask_save = lambda title, suggested, file_filter: target
    actions.export_ics.trigger()
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[:1]
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert summaries == [
        "LinkedIn · Nous recrutons un·e apprenti·e boulanger·ère.",
        "Semaine du goût",
    ]
    assert str(event["SUMMARY"]).startswith("LinkedIn")
    assert window.prompts.errors == []


def test_a_scheduler_export_lists_the_posts_left_out(window, plan: PlanFile, tmp_path, qtbot):
    fill_sample(plan)
    soon = datetime.combine(date.today() + timedelta(days=2), time(9), ZoneInfo("Europe/Paris"))
    calendar_posts.create_posts(plan, [PostDraft("facebook", "Bientôt", scheduled_at=soon)])
    window.set_plan(plan)
    actions = window.calendar_exchange

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("ics"))
        assert dialog.not_ready.isHidden()  # the .ics takes every dated post
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hootsuite"))
        assert dialog.template_button.isHidden()  # Metricool's template only
        assert not dialog.not_ready.isHidden() and not dialog.not_ready.isChecked()
        qtbot.mouseClick(dialog.not_ready, Qt.MouseButton.LeftButton)
        assert dialog.include_not_ready()
        return True

    actions.run_dialog = answer
    actions.ask_save = lambda title, suggested, file_filter: tmp_path / "hoot"
    actions.export_scheduler.trigger()
    [(title, text)] = window.prompts.infos
    assert title == "Calendar exported"
    assert "1 row written: hoot.csv." in text  # English plural forms (calendar_en.qm)
    assert "7 posts left out:" in text and "it is already published" in text
    assert "Hootsuite (Bulk Composer) cannot publish on Snapchat from a CSV file" in text
    assert "its time 2026-10-14 18:00 has passed" in text  # the sample is before today
    # One channel left, so one file, named as asked (the .csv added).
    assert (tmp_path / "hoot.csv").read_bytes().endswith(",Bientôt,\r\n".encode())


def test_a_scheduler_export_takes_only_posts_ready_and_says_how_many_were_left_out(
    window, plan: PlanFile, tmp_path
):
    soon = datetime.combine(date.today() + timedelta(days=2), time(9), ZoneInfo("Europe/Paris"))
    calendar_posts.create_posts(
        plan,
        [
            PostDraft("facebook", "Prêt", status="ready", scheduled_at=soon),
            PostDraft("facebook", "Brouillon", status="draft", scheduled_at=soon + timedelta(1)),
            PostDraft("tiktok", "Vidéo", status="ready", scheduled_at=soon),
        ],
    )
    window.set_plan(plan)
    actions = window.calendar_exchange

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("buffer"))
        return True

    actions.run_dialog = answer
    actions.ask_save = lambda title, suggested, file_filter: tmp_path / "buffer.csv"
    actions.export_scheduler.trigger()
    [(_title, text)] = window.prompts.infos
    assert "2 posts left out: not ready to publish" in text
    assert "on TikTok or YouTube, which the tool's CSV cannot carry: 1" in text
    rows = list(csv.reader(io.StringIO((tmp_path / "buffer.csv").read_text("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Prêt"]


def test_the_calendar_bar_exports_what_the_calendar_shows(window, plan: PlanFile, qtbot):
    fill_sample(plan)
    window.set_plan(plan)
    window.show_tab(1)
    tab = window.plan_view.calendar.ensure_built()
    tab.period.go_to(date(2026, 10, 14))
    tab.network_filter.setCurrentIndex(tab.network_filter.findData("instagram"))
    chosen = selection_of(tab.toolbar, tab.period)
    assert chosen.networks == frozenset({"instagram"})
    assert chosen.start is not None and chosen.start <= date(2026, 10, 1) < chosen.end
    seen = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        seen["networks"] = dialog.selection().networks
        seen["whole"] = dialog.whole_plan.isChecked()
        return False

    window.calendar_exchange.run_dialog = answer
    from PySide6.QtWidgets import QToolButton

    button = next(b for b in tab.findChildren(QToolButton) if b.text() == "Export / import")
    button.menu().actions()[0].trigger()
    assert seen == {"networks": frozenset({"instagram"}), "whole": False}


def _edited_csv(plan: PlanFile, tmp_path: Path, ids: dict[str, int]) -> Path:
    target = tmp_path / "posts.csv"
    calendar_export.write_calendar_csv(plan, target)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline=""), delimiter=";"))
    col = {name: i for i, name in enumerate(rows[0])}
    for row in rows[1:]:
        if row[col["id"]] == str(ids["linkedin"]):
            row[col["text"]] = "Nous recrutons !"
    bad = [""] * len(rows[0])
    bad[col["network"]], bad[col["date"]], bad[col["time"]] = "facebook", "2026-10-40", "10:00"
    rows.append(bad)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    target.write_text(buffer.getvalue(), "utf-8-sig", newline="")
    return target


def test_importing_posts_previews_blocks_bad_rows_until_skipped_and_undoes(
    window, plan: PlanFile, tmp_path
):
    ids = fill_sample(plan)
    window.set_plan(plan)
    source = _edited_csv(plan, tmp_path, ids)
    actions = window.calendar_exchange
    actions.ask_open = lambda title, file_filter: source
    seen = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        model = dialog.model
        seen["lines"] = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
        seen["blocked"] = not dialog.import_button.isEnabled()
        dialog.skip_bad.setChecked(True)
        seen["then"] = dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        return True

    actions.run_dialog = answer
    assert actions.import_posts_csv()
    assert seen["blocked"] and seen["then"]
    assert seen["lines"].count("Problem") == 1 and seen["lines"].count("Update") == 1
    assert "1 update" in seen["summary"] and "1 row has problems" in seen["summary"]
    [post] = calendar_queries.posts_by_id(plan, [ids["linkedin"]])
    assert post.text == "Nous recrutons !"
    stack = window.document.undo_stack
    assert stack.undoText() == "Import 1 post from posts.csv"
    stack.undo()
    [post] = calendar_queries.posts_by_id(plan, [ids["linkedin"]])
    assert post.text == "Nous recrutons un·e apprenti·e boulanger·ère."
    stack.redo()
    [post] = calendar_queries.posts_by_id(plan, [ids["linkedin"]])
    assert post.text == "Nous recrutons !"


def test_a_file_that_is_not_a_posts_csv_is_explained(window, plan: PlanFile, tmp_path):
    window.set_plan(plan)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", "utf-8")
    window.calendar_exchange.ask_open = lambda title, file_filter: other
    assert not window.calendar_exchange.import_posts_csv()
    [(_title, text)] = window.prompts.errors
    assert "is not a posts CSV" in text
