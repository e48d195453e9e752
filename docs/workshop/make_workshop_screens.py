"""Write the workshop's screens, the presentation slides and the report's pages as PNG.

    .venv/bin/python docs/workshop/make_workshop_screens.py

Run from the repository root. It builds the rich sample plan the deliverables tests use
(tests/deliverables_sample_plan.py) plus the bakery's footfall and apprentice
objectives and two persona cards, in a private temporary folder, then writes, in
French at 1366 × 768: the objectives and audience pages of the Strategy tab
(workshop-*.png), every presentation slide (slide-NN.png), and every page of the
strategy report PDF rendered by pdftoppm (report-NN.png), into docs/workshop/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("SMPLANNER_SCREENS_OUT", ROOT / "docs" / "workshop"))
SIZE = (1366, 768)
TODAY = date(2026, 12, 1)

_home = Path(tempfile.mkdtemp(prefix="smplanner-workshop-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = str(_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def a_logo(path: Path) -> Path:
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e7d32"))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 28, QFont.Weight.Bold))
    painter.drawText(image.rect(), 0x84, "Camille CM")  # centred
    painter.end()
    image.save(str(path))
    return path


def build_plan(folder: Path):  # type: ignore[no-untyped-def]
    from tests.deliverables_sample_plan import fill_rich_plan

    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.services import strategy_edits
    from smplanner.storage.plan_file import create_plan

    plan = create_plan(
        folder / "Boulangerie Martin.smplan",
        PlanProperties("Boulangerie Martin", "bakery_food", language="fr"),
    )
    fill_rich_plan(plan, TODAY)
    strategy_edits.add_row(
        plan,
        "objectives",
        {
            "kind": "footfall",
            "title": "Plus de clients dans les deux boutiques",
            "audience": "Habitants à moins de 2 km",
            "network": "google_business",
            "metric": "store_visits",
            "baseline": 1200,
            "target": 1400,
            "start": "2027-01-01",
            "deadline": "2027-06-30",
        },
    )
    strategy_edits.add_row(
        plan,
        "objectives",
        {
            "kind": "recruitment",
            "title": "Recruter deux apprentis boulangers",
            "audience": "Apprentis 16–20 ans",
            "metric": "applications",
            "baseline": 0,
            "target": 6,
            "start": "2027-01-01",
            "deadline": "2027-04-30",
        },
    )
    strategy_edits.add_row(
        plan,
        "personas",
        {
            "name": "Léa, future apprentie",
            "age_min": 16,
            "age_max": 20,
            "place": "Lyon 7e",
            "occupation": "Élève en CAP boulanger",
            "networks": "tiktok,instagram,snapchat",
            "expectations": "Un maître d'apprentissage qui explique",
            "frustrations": "Les offres qui demandent de l'expérience",
            "quote": "Je veux apprendre un vrai métier, pas juste un job.",
        },
    )
    return plan


def workshop(plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.domain.strategy_findings import SECTIONS
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.strategy.strategy_tab import StrategyTab

    document = PlanDocument(plan)
    tab = StrategyTab(document)
    document.changed.connect(tab.on_changes)
    tab.resize(*SIZE)
    tab.show()
    for section in ("objectives", "audience", "networks", "kpis"):
        tab.sections.setCurrentRow(SECTIONS.index(section))
        wait(250)
        tab.grab().save(str(OUT / f"workshop-{section}.png"))
    tab.close()


def slides(plan, logo: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.reports.presentation_pages import presentation_pages
    from smplanner.reports.report_context import ReportContext
    from smplanner.reports.report_options import ReportOptions
    from smplanner.ui.deliverables.presentation_window import PresentationWindow

    options = ReportOptions(
        language="fr", today=TODAY, start=TODAY, manager_name="Camille Durand", logo_path=logo
    )
    shown = PresentationWindow(presentation_pages(ReportContext(plan, options)))
    shown.resize(*SIZE)
    shown.show()
    wait(200)
    index = 0
    while index < len(shown.pages):
        shown.show_page(index)
        wait(50)
        shown.grab().save(str(OUT / f"slide-{index + 1:02d}.png"))
        index += 1
    shown.close()


def report(plan, logo: Path) -> None:  # type: ignore[no-untyped-def]
    from smplanner.reports.report_file import build_report
    from smplanner.reports.report_options import ReportOptions

    target = _home / "rapport.pdf"
    options = ReportOptions(
        language="fr", today=TODAY, start=TODAY, manager_name="Camille Durand", logo_path=logo
    )
    build_report(plan, options, target)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(target), str(OUT / "report")], check=True)


def main() -> None:
    app = QApplication([])
    from smplanner.ui.i18n import install_translators

    install_translators(app, "fr")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    plan = build_plan(_home)
    logo = a_logo(_home / "logo.png")
    workshop(plan)
    slides(plan, logo)
    report(plan, logo)
    plan.close()


if __name__ == "__main__":
    main()
