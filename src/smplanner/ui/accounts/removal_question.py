"""The question asked before removing an account whose token is in the keyring.

Save As and the JSON import give a copy keyring entries of its own, but a plan file
copied outside smplanner (in the file manager, from a USB key) names the same
entries as its original: forgetting the token in one stops the other's online
refresh on this computer. The user chooses; nothing is deleted without asking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smplanner.services.accounts import Account

KEEP_TOKEN = "keep_token"  # remove from this plan only
FORGET_TOKEN = "forget_token"  # remove and delete the keyring entry


def removal_texts(account: Account) -> tuple[str, str]:
    """(question, explanation) in the interface language."""
    question = QCoreApplication.translate(
        "RemovalQuestion", "Remove the account “{name}” from this plan?"
    ).format(name=account.name)
    explanation = QCoreApplication.translate(
        "RemovalQuestion",
        "A copy of this plan file made outside smplanner (in the file manager, on a USB "
        "key) uses the same token, stored in this computer's keyring. Forget the token "
        "only if no such copy needs to refresh this account online any more.",
    )
    return question, explanation


def ask_removal(parent: QWidget, account: Account) -> str | None:
    """KEEP_TOKEN, FORGET_TOKEN, or None when the user cancels."""
    question, explanation = removal_texts(account)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RemovalQuestion", "Remove account"),
        question,
        parent=parent,
    )
    box.setInformativeText(explanation)
    keep = box.addButton(
        QCoreApplication.translate("RemovalQuestion", "Remove from this plan only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    forget = box.addButton(
        QCoreApplication.translate("RemovalQuestion", "Remove and forget the token"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return KEEP_TOKEN
    if clicked is forget:
        return FORGET_TOKEN
    return None
