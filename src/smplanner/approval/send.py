"""Send for approval: the posts of a period to one approval page, and the round kept.

The page is written first: if the disk refuses it, nothing is recorded and no status
changes. Then the round is kept and the posts become "to approve" (one undo step).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

from smplanner.approval.html_page import PageRequest, write_page
from smplanner.services import approval_rounds
from smplanner.services.changes import Edit
from smplanner.storage.plan_file import PlanFile
from smplanner.storage.plan_properties_repo import plan_uuid, read_properties

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def period_label(first: date, after: date, language: str) -> str:
    """'March 2027' / 'mars 2027' for a whole month, else the two days."""
    last = after - timedelta(days=1)
    whole_month = first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]
    if whole_month and (first.year, first.month) == (last.year, last.month):
        if language == "fr":
            return f"{_MONTHS_FR[first.month - 1]} {first.year}"
        return f"{first:%B %Y}"
    if language == "fr":
        return f"la période du {first:%d/%m/%Y} au {last:%d/%m/%Y}"
    return f"{first.isoformat()} to {last.isoformat()}"


def send_for_approval(plan: PlanFile, first: date, after: date, target: Path) -> Edit:
    """Write the page of [first, after) to ``target`` and record the round; the
    Edit's ``value`` is the SentRound (its fingerprints: the posts sent)."""
    properties = read_properties(plan)
    posts = approval_rounds.posts_to_send(plan, first, after)
    sent = approval_rounds.new_round(posts)
    request = PageRequest(
        plan_id=plan_uuid(plan),
        client=properties.client_name,
        language=properties.language,
        period=period_label(first, after, properties.language),
        posts=posts,
        sent=sent,
        base_folder=plan.path.parent,
    )
    write_page(request, target)
    if not posts:
        return Edit.nothing(sent)
    return approval_rounds.record_round(plan, sent)
