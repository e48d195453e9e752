"""Screenshots of the post composer, one per network, in French, as docs/composer/*.png.

    .venv/bin/python docs/composer/make_composer_screens.py

Offscreen, on a throw-away plan: the same post (a bakery's galette) composed for each
network, with its live counter, its labels and its preview drawn as that network
shows it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from smplanner.domain.plan_properties import PlanProperties
from smplanner.domain.post_refs import PostDraft
from smplanner.storage.plan_file import create_plan
from smplanner.ui.calendar.post_dialog import PostDialog
from smplanner.ui.i18n import install_translators

HERE = Path(__file__).resolve().parent
TEXT = (
    "La galette des rois revient ce week-end 👑 Frangipane maison, beurre AOP et une fève "
    "en porcelaine de Limoges dans chaque galette. Réservez la vôtre en boutique ou sur "
    "notre site, on vous la garde au chaud jusqu'à samedi midi !"
)
HASHTAGS = "#galette #épiphanie #boulangerie #lyon"
LINK = "https://www.boulangerie-martin.fr/galettes?utm_source=instagram&utm_medium=social"
MEDIA = {
    "instagram": "galette.jpg",
    "facebook": "",
    "linkedin": "",
    "x": "galette.jpg",
    "tiktok": "galette.mp4",
    "youtube": "galette.mp4",
    "pinterest": "galette.jpg",
    "threads": "galette.jpg",
    "snapchat": "galette.mp4",
}


def sample_picture(folder: Path) -> Path:
    """A golden disc on a wooden table: a galette, drawn (no photo in the repository)."""
    image = QImage(1080, 1350, QImage.Format.Format_RGB32)
    image.fill(QColor("#8D6E63"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#E0A040"))
    painter.setPen(QColor("#B8752A"))
    painter.drawEllipse(140, 275, 800, 800)
    painter.setBrush(QColor("#F2C46D"))
    painter.drawEllipse(260, 395, 560, 560)
    painter.end()
    path = folder / "galette.jpg"
    image.save(str(path))
    (folder / "galette.mp4").write_bytes(b"")
    return path


def main() -> int:
    app = QApplication(sys.argv)
    install_translators(app, "fr")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample_picture(folder)
        plan = create_plan(
            folder / "Boulangerie Martin.smplan",
            PlanProperties(client_name="Boulangerie Martin", sector="bakery_food"),
        )
        from smplanner.services import labels

        chosen = tuple(labels.new_label(plan, name).value.id for name in ("Épiphanie", "Promo"))
        for name in ("Vidéo à tourner", "À valider par Julie"):
            labels.new_label(plan, name)
        for network, medium in MEDIA.items():
            draft = PostDraft(
                network,
                TEXT,
                "La galette des rois est de retour",
                "draft",
                hashtags=HASHTAGS,
                link=LINK if network in ("facebook", "linkedin", "x", "threads") else "",
                media=(str(folder / medium),) if medium else (),
                account="@boulangeriemartin",
                labels=chosen,
            )
            dialog = PostDialog(plan, draft, plan_zone(plan))
            dialog.resize(dialog.sizeHint().width(), 700)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(HERE / f"composer_{network}.png"))
            dialog.close()
        plan.close()
    return 0


def plan_zone(plan):  # type: ignore[no-untyped-def]
    from smplanner.storage.calendar_rows import plan_zone as zone

    return zone(plan.conn)


if __name__ == "__main__":
    raise SystemExit(main())
