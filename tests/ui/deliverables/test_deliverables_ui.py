"""The deliverables from the window: report, JSON, CSV, templates and presentation mode."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from smplanner.domain.plan_properties import PlanProperties
from smplanner.services import calendar_queries, strategy_queries
from smplanner.storage.plan_file import PlanFile
from tests.deliverables_sample_plan import fill_rich_plan


def _open(window, plan: PlanFile) -> None:  # type: ignore[no-untyped-def]
    fill_rich_plan(plan, date.today())
    window.set_plan(plan)


def test_presentation_mode_pages_with_the_arrow_keys_and_leaves_with_escape(
    window, plan: PlanFile, qtbot
):
    _open(window, plan)
    actions = window.deliverables
    assert actions.present.isEnabled()
    actions.present.trigger()
    shown = actions.presentation
    assert shown is not None
    qtbot.waitExposed(shown)
    assert shown.isFullScreen()
    assert shown.view.isReadOnly()
    assert "Boulangerie Martin" in shown.view.toPlainText()
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.index == 1
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    assert shown.index == 1
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.index == len(shown.pages) - 1
    assert len(shown.pages) >= 10
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # past the end stays on the last page
    assert shown.index == len(shown.pages) - 1
    with qtbot.waitSignal(shown.closed):
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert actions.presentation is None


def test_export_report_from_the_menu_writes_the_pdf(window, plan: PlanFile, tmp_path: Path):
    _open(window, plan)
    actions = window.deliverables
    chosen = {}

    def answer(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.section_boxes["statistics"].setChecked(False)
        chosen["sections"] = dialog.options("", "").sections
        return True

    actions.run_dialog = answer
    actions.ask_save = lambda title, suggested, filt: tmp_path / "client-report"
    assert actions.export_report_pdf()
    assert (tmp_path / "client-report.pdf").stat().st_size > 5000
    assert "statistics" not in chosen["sections"]
    assert "client-report.pdf" in window.statusBar().currentMessage()


def test_json_export_and_import_from_the_menu_opens_the_copy(
    window, plan: PlanFile, tmp_path: Path, prompts
):
    _open(window, plan)
    posts = calendar_queries.all_posts(plan)
    actions = window.deliverables
    exported = tmp_path / "export.json"
    actions.ask_save = lambda title, suggested, filt: exported
    assert actions.export_plan_json()
    assert json.loads(exported.read_text(encoding="utf-8"))["layout_version"] == 1
    actions.ask_open = lambda title, filt: exported
    actions.ask_save = lambda title, suggested, filt: tmp_path / "copy"
    assert actions.import_plan_json()
    assert window.plan_path() == (tmp_path / "copy.smplan").absolute()
    assert calendar_queries.all_posts(window.document.plan) == posts
    assert prompts.errors == []


def test_csv_exports_from_the_menu(window, plan: PlanFile, tmp_path: Path):
    _open(window, plan)
    actions = window.deliverables
    actions.ask_save = lambda title, suggested, filt: tmp_path / "posts.csv"
    assert actions.export_csv("posts")
    lines = (tmp_path / "posts.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id;network;scheduled_at")  # French plan: semicolons
    assert len(lines) == 1 + len(calendar_queries.all_posts(plan))
    actions.ask_save = lambda title, suggested, filt: tmp_path / "stats.csv"
    assert actions.export_csv("statistics")
    stats = (tmp_path / "stats.csv").read_text(encoding="utf-8-sig").splitlines()
    assert stats[0] == "date;network;metric;value"
    days = plan.conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT day, network, metric FROM stat_daily)"
    ).fetchone()[0]
    assert len(stats) == 1 + days > 200


def test_a_saved_template_starts_the_next_client_without_the_first_ones_data(
    window, plan: PlanFile, tmp_path: Path, prompts, monkeypatch
):
    _open(window, plan)
    first_uuid = plan.conn.execute("SELECT uuid FROM plan").fetchone()[0]
    actions = window.deliverables
    monkeypatch.setattr(actions, "templates_folder", lambda: tmp_path / "templates")
    actions.ask_text = lambda title, label: ("Boulangeries", True)
    assert actions.save_as_template()
    saved = (tmp_path / "templates" / "Boulangeries.smtemplate.json").read_text(encoding="utf-8")
    assert "Sophie, maman pressée" not in saved
    assert "Fournée" not in saved and "420000" not in saved

    def pick_saved(dialog) -> bool:  # type: ignore[no-untyped-def]
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert names[0].startswith("Boulangeries")
        assert any("(built-in)" in name for name in names)
        dialog.list.setCurrentRow(0)
        return True

    actions.run_dialog = pick_saved
    prompts.properties.append(PlanProperties(client_name="Pâtisserie Lenoir", language="fr"))
    prompts.save_paths.append(tmp_path / "Lenoir.smplan")
    assert actions.create_from_template()
    new_plan = window.document.plan
    assert new_plan.path == (tmp_path / "Lenoir.smplan").absolute()
    assert [p.name for p in strategy_queries.content_pillars(new_plan)] == [
        "Coulisses du fournil",
        "Recettes",
    ]
    objective = strategy_queries.objectives(new_plan)[0]
    assert objective.kind == "awareness" and objective.target is None
    doc = strategy_queries.strategy_document(new_plan)
    assert doc.text("community.troll_policy").startswith("Ne pas nourrir")
    assert doc.personas == () and doc.audit_networks == () and doc.budget_lines == ()
    assert calendar_queries.all_posts(new_plan) == []
    row = new_plan.conn.execute("SELECT client_name, uuid FROM plan").fetchone()
    assert row[0] == "Pâtisserie Lenoir"
    assert row[1] != first_uuid
    assert new_plan.conn.execute("SELECT count(*) FROM stat_daily").fetchone()[0] == 0


def test_a_built_in_sector_template_starts_a_plan(window, tmp_path: Path, prompts, monkeypatch):
    actions = window.deliverables
    monkeypatch.setattr(actions, "templates_folder", lambda: tmp_path / "none")

    def pick_first_builtin(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.list.setCurrentRow(0)
        assert dialog.choice().builtin
        return True

    actions.run_dialog = pick_first_builtin
    prompts.properties.append(PlanProperties(client_name="Chez Paul", language="fr"))
    prompts.save_paths.append(tmp_path / "Paul.smplan")
    assert actions.create_from_template()
    doc = strategy_queries.strategy_document(window.document.plan)
    assert doc.objectives and doc.pillars


def test_deliverable_actions_need_a_plan(window):
    actions = window.deliverables
    assert not actions.export_report.isEnabled()
    assert not actions.present.isEnabled()
    assert actions.new_from_template.isEnabled() and actions.import_json.isEnabled()


def _image_widths(shown) -> list[float]:  # type: ignore[no-untyped-def]
    widths = []
    block = shown.view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            iterator += 1
        block = block.next()
    return widths


def test_presentation_charts_grow_and_shrink_with_the_screen(plan: PlanFile, qtbot):
    from smplanner.reports.presentation_pages import presentation_pages
    from smplanner.reports.report_context import ReportContext
    from smplanner.reports.report_options import ReportOptions
    from smplanner.ui.deliverables.presentation_window import PresentationWindow

    fill_rich_plan(plan, date.today())
    pages = presentation_pages(ReportContext(plan, ReportOptions(language="en")))
    shown = PresentationWindow(pages)
    qtbot.addWidget(shown)
    shown.resize(1800, 1100)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.view.viewport().width() > 1500)
    shown.show_page(next(i for i, page in enumerate(pages) if page.images))
    # a page too long for the screen is cut in parts, one chart each: show a chart's
    shown.show_page(next(i for i, page in enumerate(shown.pages) if page.images))
    wide = _image_widths(shown)
    assert len(wide) >= 1  # one chart a slide once the page was cut to fit
    assert all(1300 < width <= shown.view.viewport().width() for width in wide)  # not 620
    shown.resize(1000, 700)
    qtbot.waitUntil(lambda: shown.view.viewport().width() < 1000)
    narrow = _image_widths(shown)
    viewport = shown.view.viewport()
    assert all(width <= viewport.width() for width in narrow)
    assert all(width * 720 / 1800 <= viewport.height() * 0.75 for width in narrow)  # whole


def test_report_presentation_and_statistics_tab_agree_on_each_objective(plan: PlanFile, qtbot):
    from smplanner.reports.presentation_pages import presentation_pages
    from smplanner.reports.report_context import ReportContext
    from smplanner.reports.report_options import ReportOptions
    from smplanner.ui.statistics.objectives_panel import ObjectivesPanel

    fill_rich_plan(plan, date.today())
    panel = ObjectivesPanel()
    qtbot.addWidget(panel)
    panel.refresh(plan)
    pages = presentation_pages(ReportContext(plan, ReportOptions(language="en")))
    results = next(page for page in pages if page.title == "Results and progress")
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(results.html)
    shown = " ".join(document.toPlainText().split())
    assert panel.table.rowCount() == 3
    for row in range(panel.table.rowCount()):
        title = panel.table.item(row, 0).text()
        progress = panel.table.item(row, 5).text()  # e.g. "On track (59 %)"
        word, _, share = progress.partition(" (")
        assert title in shown
        line = shown[shown.index(title) :][:200]
        assert word in line, (title, word, line)
        if share:
            assert share.rstrip(")").replace(" %", "%") in line, (title, share, line)
