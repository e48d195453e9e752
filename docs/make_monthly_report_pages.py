"""Write the pages of a sample monthly report as pictures: docs/monthly_report_page*.png.

    .venv/bin/python docs/make_monthly_report_pages.py

Run from the repository root. It builds the monthly report tests' sample plan
(tests/monthly_report_sample.py: a bakery's January 2027, its December, matched
statistics) in a temporary folder, adds a SMART objective, the manager's brand (two
colours and a logo) and a commentary, writes the French PDF as the window does and
renders each page with pdftoppm. The pictures are committed: look at them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.media_files import png_file  # noqa: E402
from tests.monthly_report_sample import fill_month_plan  # noqa: E402

from smplanner.domain.plan_properties import PlanProperties  # noqa: E402
from smplanner.reports.monthly_report import MonthlyOptions, write_monthly_pdf  # noqa: E402
from smplanner.services import monthly_report_notes, report_branding, strategy_edits  # noqa: E402
from smplanner.storage.plan_file import create_plan  # noqa: E402

DPI = 70  # an A4 page about 580 pixels wide


def main() -> int:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        plan = create_plan(
            work / "boulangerie.smplan",
            PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
        )
        fill_month_plan(plan, work)
        strategy_edits.add_row(
            plan,
            "objectives",
            {
                "kind": "awareness",
                "title": "Toucher le quartier",
                "network": "instagram",
                "metric": "reach",
                "baseline": 0,
                "target": 20000,
                "start": "2027-01-01",
                "deadline": "2027-03-31",
            },
        )
        logo = png_file(work / "agence.png", "#2E8B57", (300, 120))
        report_branding.set_branding(plan, colour="#1F6FB2", accent="#F4D35E", logo_file=logo)
        monthly_report_notes.set_month_comments(
            plan,
            date(2027, 1, 1),
            {"results": "Un mois porté par la galette : les publications avec photo font deux "
             "fois mieux."},
        )  # fmt: skip
        pdf = work / "rapport.pdf"
        options = MonthlyOptions(date(2027, 1, 1), "fr", "Julie Morel", today=date(2027, 2, 10))
        pages = write_monthly_pdf(plan, options, pdf)
        plan.close()
        for old in (ROOT / "docs").glob("monthly_report_page*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(work / "page")], check=True
        )
        for number, page in enumerate(sorted(work.glob("page*.png")), start=1):
            page.replace(ROOT / "docs" / f"monthly_report_page{number}.png")
    print(f"{pages} page(s) written to docs/monthly_report_page*.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
