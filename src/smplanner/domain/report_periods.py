"""The period a client's report covers: a month, a quarter or a campaign.

Each period knows the one it is compared with (the month or quarter before; for a
campaign, as many days just before it) and the days "to come" whose key dates the
report lists (the next month or quarter; the 30 days after a campaign). Its ``key``
names it where the manager's commentary is kept ("2027-01", "2027-Q1", "campaign-4").
No Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from smplanner.domain.monthly_figures import month_after, month_before
from smplanner.domain.post_refs import CampaignRef

MONTH, QUARTER, CAMPAIGN = "month", "quarter", "campaign"
KINDS = (MONTH, QUARTER, CAMPAIGN)
AFTER_CAMPAIGN_DAYS = 30
_QUARTER = re.compile(r"^(\d{4})-?[QqTt]([1-4])$")


@dataclass(frozen=True)
class ReportPeriod:
    """The days [first, after) of one report."""

    kind: str
    first: date
    after: date
    campaign_id: int | None = None
    campaign_name: str = ""

    @property
    def last_day(self) -> date:
        return self.after - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.after - self.first).days

    @property
    def quarter(self) -> int:
        return (self.first.month - 1) // 3 + 1

    @property
    def key(self) -> str:
        if self.kind == CAMPAIGN:
            return f"campaign-{self.campaign_id}"
        if self.kind == QUARTER:
            return f"{self.first.year}-Q{self.quarter}"
        return self.first.isoformat()[:7]

    def previous(self) -> ReportPeriod:
        """The period it is compared with, of the same kind and length."""
        if self.kind == MONTH:
            return month_period(month_before(self.first))
        if self.kind == QUARTER:
            return quarter_period(_months_back(self.first, 3))
        return ReportPeriod(
            CAMPAIGN, self.first - timedelta(days=self.days), self.first, self.campaign_id
        )

    def coming(self) -> tuple[date, date]:
        """The days [first, after) after the period, whose key dates the report lists."""
        if self.kind == CAMPAIGN:
            return self.after, self.after + timedelta(days=AFTER_CAMPAIGN_DAYS)
        if self.kind == QUARTER:
            return self.after, quarter_period(self.after).after
        return self.after, month_after(self.after)

    def months(self) -> list[date]:
        """The first day of each month the period touches."""
        found, month = [], self.first.replace(day=1)
        while month < self.after:
            found.append(month)
            month = month_after(month)
        return found


def _months_back(day: date, count: int) -> date:
    month = day.replace(day=1)
    for _ in range(count):
        month = month_before(month)
    return month


def month_period(day: date) -> ReportPeriod:
    first = day.replace(day=1)
    return ReportPeriod(MONTH, first, month_after(first))


def quarter_period(day: date) -> ReportPeriod:
    """The calendar quarter holding ``day`` (Q1 = January to March)."""
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    after = first
    for _ in range(3):
        after = month_after(after)
    return ReportPeriod(QUARTER, first, after)


def campaign_period(campaign: CampaignRef) -> ReportPeriod:
    """The campaign's days, its last one included."""
    return ReportPeriod(
        CAMPAIGN,
        campaign.starts_on,
        campaign.ends_on + timedelta(days=1),
        campaign.id,
        campaign.name,
    )


def recent_quarters(today: date, count: int = 5) -> list[ReportPeriod]:
    """This quarter and the ones before, newest first."""
    found = [quarter_period(today)]
    while len(found) < count:
        found.append(found[-1].previous())
    return found


def parse_quarter(text: str) -> ReportPeriod:
    """ "2027-Q1" (or "2027-T1", the French trimestre) -> that quarter; ValueError else."""
    match = _QUARTER.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a quarter: write it as 2027-Q1 (Q1 to Q4)")
    return quarter_period(date(int(match.group(1)), int(match.group(2)) * 3 - 2, 1))
