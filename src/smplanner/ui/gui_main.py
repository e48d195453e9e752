"""Start the window: application, translations, error reporting, the plan to show.

Start-up is kept to what the first frame needs: the window, the current tab and the
plan's client record. sqlite-utils, pyqtgraph, keyring and the importers load later,
when a feature first needs them.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from smplanner import APP_NAME, __version__
from smplanner.domain.plan_properties import PlanProperties
from smplanner.resource_files import resource_file
from smplanner.storage.errors import PlanFileError, PlanLockedError
from smplanner.ui import app_paths
from smplanner.ui.after_first_paint import AfterFirstPaint
from smplanner.ui.error_messages import describe
from smplanner.ui.error_reporting import configure_logging, install_excepthook
from smplanner.ui.gui_options import GuiOptions
from smplanner.ui.gui_thread_gc import collect_on_gui_thread
from smplanner.ui.i18n import install_translators, preferred_language, ui_language
from smplanner.ui.main_window import MainWindow


def _process_age_s() -> float:
    """Seconds since this process started (its imports included): from the kernel on
    Linux, else since this module was imported (which misses the imports before it)."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of proc(5), after pid and comm
        ticks = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _imported


_imported = time.perf_counter()


class FirstPaintWatcher(QObject):
    """Quits the application once the window has painted its first frame."""

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Let this paint finish, then report and leave.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        elapsed_ms = _process_age_s() * 1000
        print(
            f"first frame painted with the plan loaded in {elapsed_ms:.0f} ms from process start",
            flush=True,
        )
        QCoreApplication.exit(0)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    # No organisation name: data and settings then live in a folder named plainly
    # "smplanner" (e.g. ~/.local/share/smplanner, ~/.config/smplanner.conf).
    app.setOrganizationName("")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smplanner")
    # Drawn from the SVG when first painted (the title bar, the task bar).
    app.setWindowIcon(QIcon(str(resource_file("icons", "smplanner.svg"))))
    # Cyclic garbage is collected on this thread only: a worker that collected a Qt
    # object would delete it off the GUI thread (ui/gui_thread_gc.py).
    collect_on_gui_thread(app)
    return app


def open_initial_plan(window: MainWindow, options: GuiOptions) -> None:
    """The given path, else the last plan used, else the default plan (made if missing)."""
    if options.plan_path is not None:
        if window.file_actions.open_path(options.plan_path, read_only=options.read_only):
            return
    else:
        for path in window.recent.paths()[:1]:
            if path.exists() and window.file_actions.open_path(path, read_only=options.read_only):
                return
    default = app_paths.default_plan_path(ui_language())
    if window.document is not None:
        return
    properties = PlanProperties(
        client_name=QCoreApplication.translate("Startup", "My first client"),
        language=ui_language(),
    )
    from smplanner.services import plan_files

    try:
        plan = plan_files.open_or_create_default(default, properties)
    except PlanLockedError:
        window.file_actions.open_path(default)  # asks whether to open read-only
        return
    except PlanFileError as error:
        window.prompts.error(*describe(error))
        return
    window.set_plan(plan)


def run_gui(options: GuiOptions) -> int:
    app = make_application(sys.argv[:1])
    settings = app_paths.app_settings()
    install_translators(app, preferred_language(settings, options.language))
    log_file = app_paths.log_path()
    install_excepthook(log_file)

    window = MainWindow(settings)
    open_initial_plan(window, options)
    watched = window.current_tab_widget() or window
    # The log file's handler (logging.handlers) can wait for the first frame: the hook
    # sets it up itself if an error comes first.
    AfterFirstPaint(watched, lambda: configure_logging(log_file))
    if options.quit_after_startup:
        # The current tab's content painting means the plan is on screen. Installed
        # last, this filter sees the paint first: its report comes before what waited
        # for the frame (the log's handler, the strategy's guidance), which the user
        # does not wait for.
        watched.installEventFilter(FirstPaintWatcher(window))
    window.show()
    if not options.quit_after_startup:
        from smplanner.ui.welcome_dialog import offer_welcome

        offer_welcome(window, settings)
    status = int(app.exec())
    window.release_plan()  # also when quit without a close event (session end, --quit-after-…)
    return status
