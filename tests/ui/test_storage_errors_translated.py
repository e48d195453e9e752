"""Storage errors reach the window as Messages: one path, the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from smplanner.messages import Message
from smplanner.storage.errors import NotAPlanError, PlanReadOnlyError
from smplanner.storage.plan_file import create_plan, open_plan
from smplanner.ui.error_messages import describe


def test_opening_an_empty_file_in_the_french_window_says_so_in_french(
    window, prompts, tmp_path: Path, french_ui
):  # type: ignore[no-untyped-def]
    empty = tmp_path / "Boulangerie.smplan"
    empty.write_bytes(b"")
    assert not window.file_actions.open_path(empty)
    title, text = prompts.errors[-1]
    assert title == "Ce n'est pas un plan"
    assert text == (
        f"{empty} n'est pas un plan smplanner (le fichier est vide (0 octet)). "
        "Le fichier n'a pas été modifié ; choisissez un fichier .smplan."
    )
    assert empty.read_bytes() == b""  # untouched


def test_the_cli_keeps_the_english_sentence(tmp_path: Path):
    empty = tmp_path / "x.smplan"
    empty.write_bytes(b"")
    with pytest.raises(NotAPlanError) as caught:
        open_plan(empty)
    assert str(caught.value) == (
        f"{empty} is not a smplanner plan (the file is empty (0 bytes)). The file was left "
        "untouched; choose a .smplan file."
    )
    assert isinstance(caught.value.user_message, Message)
    assert isinstance(caught.value.detail, Message)


def test_a_read_only_plan_says_why_and_the_way_out_in_french(qapp, tmp_path: Path, french_ui):  # type: ignore[no-untyped-def]
    from smplanner.domain.plan_properties import PlanProperties

    path = tmp_path / "Client.smplan"
    create_plan(path, PlanProperties(client_name="Client")).close()
    plan = open_plan(path, read_only=True)
    try:
        with pytest.raises(PlanReadOnlyError) as caught, plan.transaction():
            pass
    finally:
        plan.close()
    title, text = describe(caught.value)
    assert title == "Plan en lecture seule"
    assert text == (
        f"{path} est ouvert en lecture seule (ouvert en lecture seule à votre demande) ; "
        "la modification n'a pas été faite. "
        "Utilisez Fichier > Enregistrer sous pour travailler sur une copie."
    )
