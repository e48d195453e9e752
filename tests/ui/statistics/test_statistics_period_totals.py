"""Totals per network over the period shown, against the period just before it:
the rules (sum of a count, last value of followers, a missing side is "—", the
every-network sum only against as many networks), a real plan, and the pane."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from smplanner.domain.period_totals import (
    PeriodComparison,
    all_networks,
    period_total,
    previous_period,
)
from smplanner.services.statistics_manual import enter_daily_figures
from smplanner.services.statistics_totals import compare_periods

D = date(2026, 11, 1)


def test_the_previous_period_has_as_many_days_and_ends_the_day_before() -> None:
    assert previous_period(date(2026, 11, 3), date(2026, 11, 30)) == (
        date(2026, 10, 6),
        date(2026, 11, 2),
    )
    assert previous_period(D, D) == (D - timedelta(days=1), D - timedelta(days=1))


def test_counts_are_summed_followers_read_last_and_nothing_is_not_zero() -> None:
    points = [(D + timedelta(days=2), 30.0), (D, 10.0), (D + timedelta(days=1), 20.0)]
    assert period_total(points, "reach") == 60
    assert period_total(points, "followers") == 30  # the last day, not the last listed
    assert period_total([], "reach") is None


def test_change_and_ratio() -> None:
    row = PeriodComparison("instagram", "reach", 120, 100)
    assert row.change == 20 and row.ratio == 0.2
    assert PeriodComparison("x", "reach", 5, 0).ratio is None  # from nothing
    assert PeriodComparison("x", "reach", 5, None).change is None


def test_the_every_network_sum_compares_only_like_with_like() -> None:
    rows = [
        PeriodComparison("facebook", "reach", 100, 80),
        PeriodComparison("instagram", "reach", 50, 40),
        PeriodComparison("instagram", "followers", 900, 880),
    ]
    (reach,) = all_networks(rows)  # followers: one network, no sum
    assert (reach.network, reach.current, reach.previous) == ("", 150, 120)
    rows[1] = PeriodComparison("instagram", "reach", 50, None)  # not measured before
    (reach,) = all_networks(rows)
    assert reach.current == 150 and reach.previous is None


def _type_in(plan, network: str, first: date, days: int, metric: str, value) -> None:  # type: ignore[no-untyped-def]
    for offset in range(days):
        enter_daily_figures(plan, network, first + timedelta(days=offset), {metric: value(offset)})


def test_a_plan_totals_each_network_and_the_period_before(plan) -> None:  # type: ignore[no-untyped-def]
    start = date(2026, 11, 8)
    _type_in(plan, "instagram", start - timedelta(days=7), 14, "reach", lambda i: 10 + i)
    _type_in(plan, "facebook", start, 7, "reach", lambda i: 100)
    _type_in(plan, "instagram", start - timedelta(days=7), 14, "followers", lambda i: 800 + i)
    keys = [("instagram", "reach"), ("facebook", "reach"), ("instagram", "followers")]
    totals = compare_periods(plan, keys, start, start + timedelta(days=6))
    assert totals is not None
    assert (totals.previous_start, totals.previous_end) == (
        start - timedelta(days=7),
        start - timedelta(days=1),
    )
    by_key = {(r.network, r.metric): r for r in totals.rows}
    assert by_key["instagram", "reach"].current == sum(10 + i for i in range(7, 14))
    assert by_key["instagram", "reach"].previous == sum(10 + i for i in range(7))
    assert by_key["facebook", "reach"].previous is None  # no figure the week before
    assert by_key["instagram", "followers"].current == 813  # the last day's level
    assert by_key["instagram", "followers"].previous == 806
    (everywhere,) = totals.every_network
    assert everywhere.current == 700 + by_key["instagram", "reach"].current
    assert everywhere.previous is None  # Facebook was not measured then
    # Without bounds: the figures' own days.
    whole = compare_periods(plan, keys)
    assert whole is not None and (whole.start, whole.end) == (
        start - timedelta(days=7),
        start + timedelta(days=6),
    )
    assert compare_periods(plan, []) is None


def test_the_totals_pane_reads_french(qtbot, french_ui, plan) -> None:  # type: ignore[no-untyped-def]
    from smplanner.ui.document import PlanDocument
    from smplanner.ui.statistics.statistics_tab import StatisticsTab

    start = date(2026, 11, 8)
    _type_in(plan, "instagram", start - timedelta(days=7), 14, "reach", lambda i: 1000 + 100 * i)
    _type_in(plan, "facebook", start, 7, "reach", lambda i: 100)
    document = PlanDocument(plan)
    tab = StatisticsTab(document)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    qtbot.waitExposed(tab)
    for key in tab.series_tree.all_keys():
        tab.series_tree.set_checked(*key, checked=True)
    tab.period.setCurrentIndex(tab.period.findData("custom"))
    tab.start_edit.setDate(QDate(2026, 11, 8))
    tab.end_edit.setDate(QDate(2026, 11, 14))
    tabs = tab.details
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Totaux")
    tabs.tabBar().setCurrentIndex(index)
    table = tab.totals.table
    qtbot.waitUntil(lambda: table.rowCount() == 3)
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == [
        "Réseau",
        "Indicateur",
        "8 nov. 2026 – 14 nov. 2026",
        "1 nov. 2026 – 7 nov. 2026",
        "Évolution",
    ]
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert rows[0] == ["Facebook", "portée", "700", "—", "—"]
    now, before = sum(1000 + 100 * i for i in range(7, 14)), sum(1000 + 100 * i for i in range(7))
    assert rows[1][:2] == ["Instagram", "portée"]
    assert rows[1][2] == f"{now:,}".replace(",", "\u202f")  # 11 900
    percent = round((now - before) / before * 100)
    assert rows[1][4] == f"+{percent} % (+{now - before:,})".replace(",", "\u202f")
    assert rows[2][0] == "Tous les réseaux" and rows[2][3] == "—"
    assert "La période précédente compte autant de jours" in tab.totals.note.text()
