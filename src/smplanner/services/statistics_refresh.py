"""Store what an online refresh fetched, as one import (the use case after the fetch).

The fetch itself (``online/refresh.fetch_statistics``) runs on a worker thread; this
runs where the plan is written. It goes only through statistics_ingest.ingest, like the
file importers, so that a refresh and an import of the same days never duplicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from smplanner.domain import networks
from smplanner.domain.stat_records import DailyValue, StatPost
from smplanner.services import statistics_ingest
from smplanner.storage.accounts_repo import Account
from smplanner.storage.plan_file import PlanFile


def store_refresh(
    plan: PlanFile,
    account: Account,
    since: date,
    until: date,
    *,
    posts: Iterable[StatPost],
    daily: Iterable[DailyValue],
) -> statistics_ingest.IngestResult:
    """Store one account's figures for ``since``..``until`` through the ingest, as one import."""
    try:
        name = networks.network(account.network).name
    except KeyError:
        name = account.network
    return statistics_ingest.ingest(
        plan,
        source_label=f"{name} API — {account.name} ({since} – {until})",
        source_kind=f"api_{account.network}",
        posts=posts,
        daily=daily,
    )
