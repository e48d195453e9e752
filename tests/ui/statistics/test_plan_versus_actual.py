"""Plan versus actual: planned posts never published (only where an export reaches
past them), how far from the plan the others went out, and what "Match planned
posts" says it did — rules, a real plan, and the pane driven by the mouse."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from smplanner.domain.plan_actual import (
    MISSED,
    NOT_COVERED,
    PUBLISHED,
    PlannedItem,
    compare,
)
from smplanner.domain.post_refs import PostDraft
from smplanner.domain.stat_records import StatPost
from smplanner.services import calendar_posts
from smplanner.services.plan_vs_actual import plan_versus_actual
from smplanner.services.statistics_ingest import ingest

PARIS = ZoneInfo("Europe/Paris")
T = datetime(2026, 11, 2, 9, 0, tzinfo=PARIS)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=PARIS)


def test_each_due_post_is_published_missed_or_not_covered_yet() -> None:
    planned = [
        PlannedItem(1, "instagram", "Fournée", T),
        PlannedItem(2, "instagram", "Galette", T + timedelta(days=2)),
        PlannedItem(3, "instagram", "Quiz", T + timedelta(days=10)),  # after the export
        PlannedItem(4, "facebook", "Horaires", T),  # no Facebook export at all
        PlannedItem(5, "instagram", "Noël", NOW + timedelta(days=1)),  # still to come
    ]
    imported = {
        10: ("instagram", T + timedelta(minutes=25)),
        11: ("instagram", T + timedelta(days=5)),  # the export's last post
        12: ("instagram", None),
    }
    report = compare(planned, imported, [(10, 1, "time_and_text")], NOW)
    states = {line.planned.id: line.state for line in report.lines}
    assert states == {1: PUBLISHED, 2: MISSED, 3: NOT_COVERED, 4: NOT_COVERED}
    (published,) = [line for line in report.lines if line.state == PUBLISHED]
    assert published.drift_minutes == 25
    assert report.unplanned == 2 and report.by_how == {"time_and_text": 1}
    assert report.median_drift() == 25 and report.off_plan() == 0


def test_drift_is_signed_and_an_hour_off_is_counted() -> None:
    planned = [PlannedItem(1, "x", "a", T), PlannedItem(2, "x", "b", T + timedelta(hours=5))]
    imported = {
        10: ("x", T - timedelta(minutes=30)),
        11: ("x", T + timedelta(hours=7)),
    }
    report = compare(planned, imported, [(10, 1, "link"), (11, 2, "time_and_text")], NOW)
    assert [line.drift_minutes for line in report.lines] == [-30, 120]
    assert report.off_plan() == 1
    assert report.median_drift() == 45
    # A naive export time against an aware plan time: compared as wall clocks.
    naive = compare(planned[:1], {10: ("x", datetime(2026, 11, 2, 9, 10))}, [(10, 1, "link")], NOW)
    assert naive.lines[0].drift_minutes == 10


def _plan_with_posts(plan):  # type: ignore[no-untyped-def]
    drafts = [
        PostDraft("instagram", "Fournée du matin au levain", scheduled_at=T),
        PostDraft("instagram", "Galette des rois frangipane", scheduled_at=T + timedelta(days=2)),
    ]
    ids, _ = calendar_posts.create_posts(plan, drafts)
    posts = [
        StatPost(
            "instagram",
            "boulangerie",
            "1789",
            published_at=T + timedelta(minutes=25),
            text="Fournée du matin au levain",
            metrics={"likes": 12},
        ),
        StatPost(
            "instagram",
            "boulangerie",
            "1790",
            published_at=T + timedelta(days=4),
            text="Concours : gagnez une couronne",
            metrics={"likes": 4},
        ),
    ]
    ingest(plan, source_label="Instagram.csv", source_kind="meta_posts", posts=posts)
    return ids


def test_a_plan_says_what_became_of_its_planned_posts(plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.services import statistics_edits

    fournee, galette = _plan_with_posts(plan)
    assert statistics_edits.match_planned_posts(plan).value == 1
    report = plan_versus_actual(plan, NOW)
    by_id = {line.planned.id: line for line in report.lines}
    assert by_id[fournee].state == PUBLISHED and by_id[fournee].drift_minutes == 25
    assert by_id[galette].state == MISSED
    assert report.unplanned == 1


def cells(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts a row of the pane's table shows."""
    model = panel.table.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_match_planned_posts_says_what_it_did_in_french(qtbot, french_ui, plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    fournee, _ = _plan_with_posts(plan)
    document = PlanDocument(plan)
    tab = StatisticsTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.mouseClick(tab.match_button, Qt.MouseButton.LeftButton)
    panel = tab.plan_actual
    assert tab.details.currentWidget() is panel
    qtbot.waitUntil(lambda: not panel.is_reading(), timeout=10_000)  # read on a worker
    summary = panel.summary.text()
    assert summary.startswith(
        "Rapprochement avec le calendrier : 1 publication importée reconnue comme "
        "publication prévue et marquée publiée (0 par lien ou identifiant, 1 par heure et texte)."
    )
    assert "1 publication importée ne correspond à aucune publication prévue." in summary
    assert "2 publications prévues échues : 1 publiées, 1 jamais publiées" in summary
    rows = {cells(panel, r)[2]: cells(panel, r) for r in range(2)}
    fournee_row = rows["Fournée du matin au levain"]
    assert fournee_row[0] == "2 nov. 2026 09:00" and fournee_row[3] == "2 nov. 2026 09:25"
    assert fournee_row[4:] == ["+25 min", "Publiée"]
    assert rows["Galette des rois frangipane"][3:] == [
        "—",
        "—",
        "Jamais publiée (absente des exports)",
    ]
    # Only the ones never published, chosen with the keyboard.
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.filter.currentText() == "Jamais publiées"
    assert panel.model.rowCount() == 1 and cells(panel, 0)[2] == "Galette des rois frangipane"
    # One undo step takes the matching back; the pane reads it again.
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: "0 publiées, 2 jamais publiées" in panel.summary.text())
    assert fournee in {line.planned.id for line in panel.report.lines}
    assert not panel.summary.text().startswith("Rapprochement")  # no longer true
