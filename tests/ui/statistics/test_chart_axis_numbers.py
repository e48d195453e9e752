"""The charts' figures axis writes numbers as the interface's language does."""

from __future__ import annotations

from smplanner.ui.statistics.chart_axes import ValueAxis


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_french_figures_have_spaced_thousands_and_a_decimal_comma(qtbot, french_ui):
    axis = ValueAxis()
    assert [_plain(t) for t in axis.tickStrings([800, 1400, 12000], 1.0, 200)] == [
        "800",
        "1 400",
        "12 000",
    ]
    assert axis.tickStrings([2.5, 3.0], 1.0, 0.5) == ["2,5", "3,0"]


def test_english_figures_have_comma_thousands(qtbot):
    axis = ValueAxis()
    assert axis.tickStrings([1400, 2.5], 1.0, 0.5) == ["1,400.0", "2.5"]
    assert axis.tickStrings([1400, 250000], 1.0, 1000) == ["1,400", "250,000"]
