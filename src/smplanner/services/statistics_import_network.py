"""The network of a Meta daily series whose file does not say it: asked, never guessed.

Meta Business Suite's overview exports one metric per file, titled in the interface
language: ``Instagram follows`` names its network, but ``Reach`` or the French
``Followers en plus`` and ``Vues`` are titles of both Facebook's and Instagram's
series. When neither the title nor the file name says which, the reading leaves its
values without a network (importers/meta_daily_series.py); the import preview asks
which one (remembered per title in the plan, as the time zone is per network) and
``smplanner import`` needs ``--network``. Until it is said, the file is not stored
(``import_files`` refuses it): a figure stored on the wrong network is worse than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smplanner.domain.networks import network
from smplanner.errors import UserError
from smplanner.importers.column_reader import normalize_header
from smplanner.importers.meta_daily_series import NETWORKS
from smplanner.importers.reading_spool import rewritten
from smplanner.messages import Message
from smplanner.storage.plan_properties_repo import read_setting, write_setting

if TYPE_CHECKING:
    from smplanner.services.statistics_import import FilePreview
    from smplanner.storage.plan_file import PlanFile

# {normalized title: network} of the series the user said the network of.
SETTING = "statistics.import_series_networks"


def unsaid_title(item: FilePreview) -> str | None:
    """The title of the file's series that names no network; None if every one does."""
    if item.reading is None:
        return None
    return next((p.network_unsaid for p in item.reading.readings if p.network_unsaid), None)


def unanswered_network(item: FilePreview) -> str | None:
    """The title of a series whose network nobody said yet; None if said (or named)."""
    return None if item.network_choice is not None else unsaid_title(item)


def choose_network(item: FilePreview, chosen: str) -> None:
    """Store the file's unsaid series as ``chosen``'s (``facebook`` or ``instagram``);
    ValueError for another. Chosen again, the values move to the new network."""
    if chosen not in NETWORKS:
        raise ValueError(f"a Meta daily series is of {' or '.join(NETWORKS)}, not {chosen!r}")
    if item.reading is None:
        return
    for part in item.reading.readings:
        if part.network_unsaid:
            part.daily = rewritten(part.daily, lambda value: replace(value, network=chosen))
    item.network_choice = chosen


def network_flag(item: FilePreview) -> Message | None:
    """What the preview says of the file's series without a network, asked or answered."""
    title = unsaid_title(item)
    if title is None:
        return None
    if item.network_choice is None:
        return Message(
            'the daily series "{title}" does not say whether it is Facebook\'s or '
            "Instagram's: say which network before importing.",
            title=title,
        )
    return Message(
        'the daily series "{title}" does not say its network: read as {network}\'s, as chosen.',
        title=title,
        network=network(item.network_choice).name,
    )


class NetworkUnsaidError(UserError):
    """A series whose network nobody said was to be stored: nothing is stored."""

    def __init__(self, name: str, title: str) -> None:
        self.name = name
        self.title = title
        super().__init__(
            Message(
                '{file}: the daily series "{title}" does not say whether it is Facebook\'s '
                "or Instagram's. Say which network: nothing was imported.",
                file=name,
                title=title,
            )
        )


def refuse_unsaid(previews: list[FilePreview]) -> None:
    """NetworkUnsaidError for the first file whose series' network is not said."""
    for item in previews:
        title = unanswered_network(item)
        if title is not None:
            raise NetworkUnsaidError(item.path.name, title)


def remembered_networks(plan: PlanFile) -> dict[str, str]:
    """The network the user said for each series title, as the plan remembers it."""
    value = read_setting(plan, SETTING)
    if not isinstance(value, dict):
        return {}
    return {
        str(title): network
        for title, network in value.items()
        if isinstance(network, str) and network in NETWORKS
    }


def apply_remembered_network(item: FilePreview, networks: dict[str, str]) -> None:
    """Give the file's unsaid series the network said for its title last time, if any
    (shown in the preview, where it can be changed)."""
    title = unsaid_title(item)
    if title is not None and item.network_choice is None:
        said = networks.get(normalize_header(title))
        if said is not None:
            choose_network(item, said)


def remember_networks(plan: PlanFile, previews: list[FilePreview]) -> None:
    """Keep the network said for each series title, for the next files."""
    said = {
        normalize_header(title): item.network_choice
        for item in previews
        if (title := unsaid_title(item)) is not None and item.network_choice is not None
    }
    if said:
        with plan.transaction():
            write_setting(plan, SETTING, {**remembered_networks(plan), **said})
