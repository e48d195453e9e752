"""The menu bar: File, Edit, View, Help, with the platform's standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass
class MainActions:
    new: QAction
    open: QAction
    recent_menu: QMenu
    save_as: QAction
    restore: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    properties: QAction
    accounts: QAction
    import_statistics: QAction
    preferences: QAction
    tab_actions: list[QAction]
    full_screen: QAction
    undo_history: QAction
    about: QAction
    about_qt: QAction

    def plan_actions(self) -> list[QAction]:
        """Actions that need an open plan."""
        return [
            self.save_as,
            self.restore,
            self.close,
            self.properties,
            self.accounts,
            self.import_statistics,
            *self.tab_actions,
        ]


def menu_of(action: QAction) -> QMenu:
    """The menu an action was added to (features add their entries beside it)."""
    return next(o for o in action.associatedObjects() if isinstance(o, QMenu))


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    return action


def build_menus(window: QMainWindow, undo_group: QUndoGroup) -> MainActions:
    key = QKeySequence.StandardKey
    bar = window.menuBar()

    file_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&File"))
    new = _action(
        window, QCoreApplication.translate("MainMenus", "&New plan…"), QKeySequence(key.New)
    )
    open_ = _action(
        window, QCoreApplication.translate("MainMenus", "&Open plan…"), QKeySequence(key.Open)
    )
    recent_menu = QMenu(QCoreApplication.translate("MainMenus", "Open &Recent"), window)
    save_as = _action(
        window, QCoreApplication.translate("MainMenus", "Save &As…"), QKeySequence(key.SaveAs)
    )
    close = _action(
        window, QCoreApplication.translate("MainMenus", "&Close plan"), QKeySequence(key.Close)
    )
    quit_ = _action(
        window, QCoreApplication.translate("MainMenus", "&Quit"), QKeySequence(key.Quit)
    )
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(new)
    file_menu.addAction(open_)
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(save_as)
    restore = _action(
        window, QCoreApplication.translate("MainMenus", "Restore a pre&vious version…")
    )
    file_menu.addAction(restore)
    import_statistics = _action(
        window, QCoreApplication.translate("MainMenus", "&Import statistics…")
    )
    file_menu.addAction(import_statistics)
    file_menu.addSeparator()
    file_menu.addAction(close)
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&Edit"))
    undo = undo_group.createUndoAction(window, QCoreApplication.translate("MainMenus", "&Undo"))
    undo.setShortcut(QKeySequence(key.Undo))
    redo = undo_group.createRedoAction(window, QCoreApplication.translate("MainMenus", "&Redo"))
    # Ctrl+Y as well: Linux desktops bind only Ctrl+Shift+Z, and CMs coming from
    # Windows press Ctrl+Y.
    redo_keys = QKeySequence.keyBindings(key.Redo)
    if QKeySequence("Ctrl+Y") not in redo_keys:
        redo_keys.append(QKeySequence("Ctrl+Y"))
    redo.setShortcuts(redo_keys)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    properties = _action(window, QCoreApplication.translate("MainMenus", "Plan &properties…"))
    preferences = _action(
        window,
        QCoreApplication.translate("MainMenus", "Pre&ferences…"),
        QKeySequence(key.Preferences),
    )
    if preferences.shortcut().isEmpty():  # Linux and Windows have no standard one
        preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    accounts = _action(window, QCoreApplication.translate("MainMenus", "&Accounts…"))
    edit_menu.addAction(properties)
    edit_menu.addAction(accounts)
    edit_menu.addAction(preferences)

    view_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&View"))
    tab_actions = []
    for number, label in enumerate(
        (
            QCoreApplication.translate("MainMenus", "&Strategy"),
            QCoreApplication.translate("MainMenus", "&Calendar"),
            QCoreApplication.translate("MainMenus", "S&tatistics"),
        ),
        1,
    ):
        action = _action(window, label, QKeySequence(f"Ctrl+{number}"))
        view_menu.addAction(action)
        tab_actions.append(action)
    view_menu.addSeparator()
    undo_history = _action(window, QCoreApplication.translate("MainMenus", "&Undo history"))
    undo_history.setCheckable(True)
    view_menu.addAction(undo_history)
    full_screen = _action(
        window,
        QCoreApplication.translate("MainMenus", "&Full screen"),
        QKeySequence(key.FullScreen),
    )
    full_screen.setCheckable(True)
    view_menu.addAction(full_screen)

    help_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&Help"))
    about = _action(window, QCoreApplication.translate("MainMenus", "&About smplanner"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about_qt = _action(window, QCoreApplication.translate("MainMenus", "About &Qt"))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    help_menu.addAction(about)
    help_menu.addAction(about_qt)

    return MainActions(
        new=new,
        open=open_,
        recent_menu=recent_menu,
        save_as=save_as,
        restore=restore,
        close=close,
        quit=quit_,
        undo=undo,
        redo=redo,
        properties=properties,
        accounts=accounts,
        import_statistics=import_statistics,
        preferences=preferences,
        tab_actions=tab_actions,
        full_screen=full_screen,
        undo_history=undo_history,
        about=about,
        about_qt=about_qt,
    )
