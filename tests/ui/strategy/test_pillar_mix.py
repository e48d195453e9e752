"""The editorial line kept: the calendar's share of posts per pillar and month against
the workshop's mix, beyond a tolerance, in the Strategy tab and in `smplanner check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from smplanner.domain.pillar_mix import monthly_mix, targets
from smplanner.domain.post_refs import PostDraft, PostRef
from smplanner.domain.strategy_findings import SECTIONS
from smplanner.domain.strategy_refs import PillarRef
from smplanner.services import calendar_posts, strategy_edits
from smplanner.services.pillar_mix_check import pillar_mix
from smplanner.storage.plan_file import PlanFile

PARIS = ZoneInfo("Europe/Paris")
PILLARS = [PillarRef(1, "Expertise", 50), PillarRef(2, "Coulisses", 30), PillarRef(3, "Promos", 20)]


def _post(i: int, month: int, pillar: int | None, status: str = "draft") -> PostRef:
    when = datetime(2027, month, 1 + i, 10, tzinfo=PARIS)
    return PostRef(i, "instagram", when, status, f"p{i}", "t", pillar_id=pillar)


def test_a_month_that_keeps_to_the_mix_does_not_drift() -> None:
    posts = [_post(i, 1, p) for i, p in enumerate([1] * 5 + [2] * 3 + [3] * 2)]
    [january] = monthly_mix(posts, PILLARS)
    assert [(s.name, s.target, s.planned, s.posts) for s in january.shares] == [
        ("Expertise", 50.0, 50.0, 5),
        ("Coulisses", 30.0, 30.0, 3),
        ("Promos", 20.0, 20.0, 2),
    ]
    assert january.drifting(15) == []


def test_a_month_of_promotions_drifts_beyond_the_tolerance() -> None:
    posts = [_post(i, 2, p) for i, p in enumerate([3] * 6 + [1] * 2 + [None] * 3)]
    [february] = monthly_mix(posts, PILLARS)
    assert (february.posts, february.without_pillar) == (8, 3)
    drift = february.drifting(15)
    assert [(s.name, s.planned, s.target) for s in drift] == [
        ("Promos", 75.0, 20.0),
        ("Coulisses", 0.0, 30.0),
        ("Expertise", 25.0, 50.0),
    ]
    assert [s.name for s in february.drifting(30)] == ["Promos"]  # a wider tolerance


def test_thin_months_and_an_unset_mix_are_not_judged() -> None:
    few = [_post(i, 3, 3) for i in range(3)]
    assert monthly_mix(few, PILLARS)[0].drifting(15) == []
    unset = [PillarRef(1, "Expertise"), PillarRef(2, "Coulisses")]
    many = [_post(i, 3, 1) for i in range(8)]
    assert monthly_mix(many, unset)[0].drifting(15) == []
    # Shares that do not add up to 100 are scaled: 25/25 is half and half.
    assert targets([PillarRef(1, "a", 25), PillarRef(2, "b", 25)]) == {1: 50.0, 2: 50.0}


def _plan_with_mix(plan: PlanFile) -> dict[str, int]:
    ids = {}
    for name, share in (("Expertise", 50), ("Coulisses", 30), ("Promos", 20)):
        ids[name], _ = strategy_edits.add_row(
            plan, "content_pillars", {"name": name, "kind": "other", "share_percent": share}
        )
    drafts = []
    # January 2027: 6 promotions out of 8 (drifts); December 2026: published history.
    for i, pillar in enumerate(["Promos"] * 6 + ["Expertise"] * 2):
        drafts.append(
            PostDraft(
                "instagram",
                f"Janvier {i}",
                f"J{i}",
                "draft",
                datetime(2027, 1, 4 + i, 10, tzinfo=PARIS),
                pillar_id=ids[pillar],
            )
        )
    for i in range(5):
        drafts.append(
            PostDraft(
                "instagram",
                f"Décembre {i}",
                f"D{i}",
                "published",
                datetime(2026, 12, 1 + i, 10, tzinfo=PARIS),
                pillar_id=ids["Promos"],
            )
        )
    calendar_posts.create_posts(plan, drafts)
    return ids


def test_the_service_reads_the_plan_and_the_workshops_tolerance(plan: PlanFile) -> None:
    _plan_with_mix(plan)
    report = pillar_mix(plan)
    assert report.tolerance == 15.0
    assert [m.month for m in report.months] == [date(2026, 12, 1), date(2027, 1, 1)]
    assert [(m.month, s.name) for m, s in report.drifts()] == [
        (date(2027, 1, 1), "Promos"),
        (date(2027, 1, 1), "Coulisses"),
        (date(2027, 1, 1), "Expertise"),
    ]
    strategy_edits.set_field(plan, "editorial.mix_tolerance", 40)
    assert [s.name for _, s in pillar_mix(plan).drifts()] == ["Promos"]


def test_check_lists_the_drifts_in_french_and_json(plan: PlanFile, plan_path) -> None:  # type: ignore[no-untyped-def]
    _plan_with_mix(plan)
    plan.close()

    def check(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "smplanner", "check", str(plan_path), *extra],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    english = check("--lang", "en")
    assert english.returncode == 0, english.stderr
    assert "Pillar mix (tolerance 15 points): 3 drift(s)" in english.stdout
    assert "  2027-01 Promos: 75 % of the posts, the mix says 20 % (6 of 8 posts)" in english.stdout
    french = check("--lang", "fr")
    assert "Mix des piliers (tolérance 15 points) : 3 écart(s)" in french.stdout
    document = json.loads(check("--json").stdout)
    mix = document["pillar_mix"]
    assert mix["tolerance_points"] == 15.0
    assert mix["drifts"][0] == {
        "month": "2027-01",
        "pillar_id": mix["drifts"][0]["pillar_id"],
        "pillar": "Promos",
        "target_percent": 20.0,
        "planned_percent": 75.0,
        "posts": 6,
        "month_posts": 8,
    }


def test_the_strategy_tab_shows_the_calendar_against_the_mix(qtbot, plan: PlanFile) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.strategy.pillar_mix_panel import DRIFT_FILL, PillarMixPanel
    from smplanner.ui.strategy.strategy_tab import StrategyTab

    _plan_with_mix(plan)
    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.show()
    tab.sections.setCurrentRow(SECTIONS.index("editorial"))
    page = tab.page("editorial")
    panel = page.findChild(PillarMixPanel)
    qtbot.waitUntil(panel.isVisible)
    model = panel.model
    # Only January is still to publish; the columns: the mix, then January.
    assert model.columnCount() == 2
    assert [
        model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) for r in range(3)
    ] == ["Expertise", "Coulisses", "Promos"]
    promos = model.index(2, 1)
    assert promos.data() == "75 %"
    assert promos.data(Qt.ItemDataRole.BackgroundRole) == DRIFT_FILL
    assert "Beyond the tolerance (3 cases)" in panel.summary.text()
    # A wider tolerance typed in the workshop: only the promotions still drift.
    field = next(f for f in page.forms if "editorial.mix_tolerance" in f.widgets)
    widget = field.widgets["editorial.mix_tolerance"]
    widget.setFocus()
    qtbot.keyClicks(widget, "40")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "(1 case)" in panel.summary.text())
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: "(3 cases)" in panel.summary.text())
