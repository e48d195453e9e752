"""Write screenshots of every tab (and, asked, every dialog), in French, at 1366 × 768.

    .venv/bin/python docs/screens/make_screens.py              # tabs, light and dark
    .venv/bin/python docs/screens/make_screens.py --dialogs    # and every dialog
    .venv/bin/python docs/screens/make_screens.py --workshop   # and each workshop section
    .venv/bin/python docs/screens/make_screens.py --scale 2    # tabs at 200 % (high DPI)

Run from the repository root. It builds the rich sample plan the deliverables tests use
(tests/deliverables_sample_plan.py) in a private temporary folder, opens it in the real
window on a 1366 × 768 screen (Qt's offscreen platform, told that size), grabs each tab
and view; with --dialogs it then triggers every menu action and every button of the
tabs' bars (tests/ui_walk.py) and grabs each dialog that opens before closing it.

The tabs and the calendar's three views go to docs/screens/ (light) and
docs/screens/dark/ and are committed; the workshop's sections and the dialogs (some
sixty files) are not: make them, look at them. --scale N lays the window out at
N × (QT_SCALE_FACTOR on a screen of N × 1366 × 768 pixels, as a 150 % or 200 %
laptop) into docs/screens/scale-N/.
Nothing is saved in the user's own settings or data folders.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("SMPLANNER_SCREENS_OUT", ROOT / "docs" / "screens"))
SIZE = (1366, 768)

_home = Path(tempfile.mkdtemp(prefix="smplanner-screens-"))
SCALE = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
# Qt's offscreen screen is 800 × 800 unless told: a laptop's 1366 × 768 screen instead,
# so that windows sized to their screen (presentation mode) are shot as a user sees them.
_screen = _home / "screen.json"
_screen.write_text(
    '{"windowFrameMargins": false, "screens": [{"name": "laptop", "x": 0, "y": 0,'
    f' "width": {round(SIZE[0] * SCALE)}, "height": {round(SIZE[1] * SCALE)},'
    ' "logicalDpi": 96, "dpr": 1}]}',
    encoding="utf-8",
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_screen}")
if SCALE != 1.0:
    os.environ["QT_SCALE_FACTOR"] = f"{SCALE:g}"
os.environ["XDG_DATA_HOME"] = str(_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from tests import ui_walk  # noqa: E402

# Actions that would end the walk rather than show something.
SKIPPED = ("Quitter", "Fermer le plan", "Plein écran")


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def slug(text: str) -> str:
    text = text.lower().replace("é", "e").replace("è", "e").replace("ê", "e").replace("à", "a")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60] or "sans-nom"


def build_plan(folder: Path) -> Path:
    from tests.deliverables_sample_plan import fill_rich_plan

    from smplanner.domain.plan_properties import PlanProperties
    from smplanner.storage.plan_file import create_plan

    path = folder / "Boulangerie Martin.smplan"
    plan = create_plan(path, PlanProperties("Boulangerie Martin", "bakery_food", language="fr"))
    fill_rich_plan(plan, date.today())
    plan.close()
    return path


class Shooter:
    def __init__(self, window: QWidget, out: Path) -> None:
        self.window = window
        self.out = out
        self.label = "ecran"
        self.count: dict[str, int] = {}
        out.mkdir(parents=True, exist_ok=True)

    def save(self, widget: QWidget, name: str | None = None) -> None:
        base = slug(name or self.label)
        number = self.count.get(base, 0)
        self.count[base] = number + 1
        file = self.out / (f"{base}.png" if number == 0 else f"{base}-{number + 1}.png")
        wait(150)  # let the dialog lay out and paint
        widget.grab().save(str(file))
        too_big = widget.width() > SIZE[0] or widget.height() > SIZE[1]
        print(
            f"{file}  {widget.width()}×{widget.height()}"
            + ("  LARGER THAN THE SCREEN" if too_big else "")
        )


def shoot_tabs(shooter: Shooter) -> None:
    tabs = ui_walk.tab_widget(shooter.window)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait(1200)
        shooter.save(shooter.window, f"onglet-{tabs.tabText(index)}")
        sections = getattr(tabs.widget(index), "sections", None)
        if (
            sections is not None and "--workshop" in sys.argv
        ):  # the strategy workshop: one screen per section
            for row in range(1, sections.count()):
                sections.setCurrentRow(row)
                wait(400)
                shooter.save(shooter.window, f"atelier-{sections.item(row).text()}")
            sections.setCurrentRow(0)
        page = tabs.widget(index)
        calendar = getattr(page, "content", page)  # a LazyTab holds the tab once shown
        combo = getattr(calendar, "view_combo", None)
        if combo is not None:
            for view in range(1, combo.count()):
                combo.setCurrentIndex(view)
                wait(600)
                shooter.save(shooter.window, f"onglet-{tabs.tabText(index)}-{combo.itemText(view)}")
            combo.setCurrentIndex(0)


def shoot_dialogs(shooter: Shooter) -> None:
    window = shooter.window
    closer = ui_walk.DialogCloser(shooter.save)
    try:
        for label, action in ui_walk.menu_actions(window):
            if any(skip in label for skip in SKIPPED) or not action.isEnabled():
                continue
            shooter.label = f"menu {label}"
            action.trigger()
            wait(300)
            _close_other_windows(shooter)
        tabs = ui_walk.tab_widget(window)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait(800)
            for label, button in ui_walk.bar_buttons(tabs.currentWidget()):
                menu = button.menu() if hasattr(button, "menu") else None
                if menu is not None:
                    for item in menu.actions():
                        if item.isSeparator() or item.menu() is not None or not item.isEnabled():
                            continue
                        shooter.label = f"{tabs.tabText(index)} {label} {item.text()}"
                        item.trigger()
                        wait(300)
                        _close_other_windows(shooter)
                elif button.isEnabled():
                    shooter.label = f"{tabs.tabText(index)} {label}"
                    button.click()
                    wait(300)
                    _close_other_windows(shooter)
    finally:
        closer.stop()


def _close_other_windows(shooter: Shooter) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not shooter.window and widget.isVisible() and widget.isWindow():
            if widget.inherits("QMenu") or widget.inherits("QToolTip"):
                continue
            shooter.save(widget)
            widget.close()


def dark_palette(app: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3a3a3a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):  # greyed-out fields look greyed out
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    app.setPalette(palette)


def main(argv: list[str]) -> int:
    from smplanner.ui.gui_main import make_application
    from smplanner.ui.i18n import install_translators
    from smplanner.ui.main_window import MainWindow

    app = make_application(["make_screens"])
    install_translators(app, "fr")
    path = build_plan(_home)
    settings = QSettings(str(_home / "screens.ini"), QSettings.Format.IniFormat)
    if SCALE != 1.0:
        runs = [("", OUT / f"scale-{round(SCALE * 100)}")]
    else:
        runs = [("", OUT)] if "--light" in argv else [("", OUT), ("dark", OUT / "dark")]
    for mode, out in runs:
        if mode == "dark":
            dark_palette(app)
        window = MainWindow(settings)
        window.setGeometry(0, 0, *SIZE)
        window.file_actions.open_path(path)
        window.show()
        wait(500)
        shooter = Shooter(window, out)
        shoot_tabs(shooter)
        if "--dialogs" in argv and mode == "":
            shooter.out = OUT / "dialogs"
            shooter.out.mkdir(parents=True, exist_ok=True)
            shoot_dialogs(shooter)
        window.close()
        window.deleteLater()
        wait(100)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
