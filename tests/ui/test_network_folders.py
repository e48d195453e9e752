"""Plans on network folders, where file locks are not reliable: told, in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smplanner.domain.plan_properties import PlanProperties
from smplanner.storage import network_folders
from smplanner.storage.network_folders import linux_filesystem, network_folder_kind
from smplanner.storage.plan_file import create_plan, open_plan

# A machine's /proc/self/mountinfo: ext4 root, an NFS share, a Windows share whose
# mount point has a space (written \040), and a tmpfs inside the share's tree.
MOUNTINFO = "\n".join(
    [
        "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw",
        "40 22 0:45 / /mnt/clients rw,relatime shared:20 - nfs4 nas:/export/clients rw",
        "41 22 0:46 / /media/Partage\\040agence rw shared:21 - cifs //srv/agence rw",
        "42 40 0:47 / /mnt/clients/cache rw shared:22 - tmpfs tmpfs rw",
    ]
)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/julie/Clients/Martin.smplan", "ext4"),
        ("/mnt/clients/Boulangerie Martin.smplan", "nfs4"),
        ("/media/Partage agence/2026/Fournil.smplan", "cifs"),
        ("/mnt/clients/cache/x.smplan", "tmpfs"),
        ("/mnt/clientsX/y.smplan", "ext4"),  # a name that only starts like the mount
    ],
)
def test_the_mount_holding_a_plan_is_found(path: str, kind: str):
    assert linux_filesystem(Path(path), MOUNTINFO) == kind


def test_a_plan_in_a_local_folder_is_not_on_the_network(tmp_path: Path):
    assert network_folder_kind(tmp_path) is None
    path = tmp_path / "Local.smplan"
    with create_plan(path, PlanProperties(client_name="Local")) as plan:
        assert plan.network_folder is None


@pytest.fixture
def on_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if every folder were on an SMB share (no share can be mounted in the tests)."""
    monkeypatch.setattr(network_folders, "linux_filesystem", lambda path, mountinfo=None: "cifs")


def test_the_window_warns_once_about_a_plan_on_a_share(
    french_ui, qtbot, window, prompts, tmp_path: Path, on_a_share
):  # type: ignore[no-untyped-def]
    path = tmp_path / "Partagé.smplan"
    create_plan(path, PlanProperties(client_name="Fournil")).close()
    assert window.file_actions.open_path(path)
    assert window.document.plan.network_folder == "SMB"
    ((title, text),) = prompts.infos
    assert title == "Un plan sur un dossier réseau"
    assert "est sur un dossier réseau (SMB)" in text and "Enregistrer sous" in text
    window.clear_plan()
    assert window.file_actions.open_path(path)
    assert len(prompts.infos) == 1  # said once per plan


def test_check_warns_about_a_plan_on_a_share(qapp, tmp_path: Path, on_a_share, capsys):  # type: ignore[no-untyped-def]
    from smplanner.cli.main import run_command

    path = tmp_path / "Partagé.smplan"
    create_plan(path, PlanProperties(client_name="Fournil")).close()
    from smplanner.ui.i18n import install_translators

    try:
        assert run_command(["check", str(path), "--lang", "fr"]) == 0
    finally:
        install_translators(qapp, "en")  # the CLI set the application's language
    assert "Attention : ce plan est sur un dossier réseau (SMB)" in capsys.readouterr().out
    assert run_command(["check", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["network_folder"] == "SMB"
    with open_plan(path) as plan:
        assert plan.network_folder == "SMB"
