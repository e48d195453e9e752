"""What the window says about the plan it just opened: updated from an older format,
a crash's change undone, a foreign crash journal set aside, a network folder.

Kept out of MainWindow (which only wires); the texts keep the "MainWindow" context
they were translated under.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from smplanner.storage.plan_file import PlanFile

if TYPE_CHECKING:
    from smplanner.ui.main_window import MainWindow

# Plans already warned about in this session: the network-folder warning is said
# once per plan, not on every reopen.
_warned_network: set[str] = set()


def tell_about_open(window: MainWindow, plan: PlanFile) -> None:
    bar = window.statusBar()
    if plan.migrated_from is not None:
        bar.showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "This plan was updated from format {old} to {new}; the original was kept "
                "as {backup}.",
            ).format(old=plan.migrated_from, new=plan.schema_version, backup=plan.backup_path),
            15000,
        )
    if plan.recovered_after_crash:
        bar.showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "The last change, interrupted when smplanner stopped unexpectedly, was "
                "undone; every finished edit is kept.",
            ),
            15000,
        )
    if plan.journal_set_aside is not None:
        window.prompts.info(
            QCoreApplication.translate("MainWindow", "Crash journal set aside"),
            QCoreApplication.translate(
                "MainWindow",
                "A crash journal beside this plan belonged to another file (the plan was "
                "replaced after a crash). Replaying it would have damaged the plan, so it "
                "was kept aside as {journal} and the plan opened as it is.",
            ).format(journal=plan.journal_set_aside),
        )
    if plan.network_folder is not None and str(plan.path) not in _warned_network:
        _warned_network.add(str(plan.path))
        window.prompts.info(
            QCoreApplication.translate("MainWindow", "A plan on a network folder"),
            QCoreApplication.translate(
                "MainWindow",
                "{path} is on a network folder ({kind}). File locks are not reliable "
                "there: if someone opens this plan from another computer at the same time, "
                "both may write and damage it. Work on a copy on this computer (File > Save "
                "As), and put it back when you are done.",
            ).format(path=plan.path, kind=plan.network_folder),
        )
