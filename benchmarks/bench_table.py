"""One row of the benchmarks' table, and the table: figure, budget, measured, baseline,
ratio, verdict (issue #13).

Every benchmark module of this folder can offer ``figures(sizes, rounds) ->
list[Figure]``; ``run_all.py`` calls them and prints one table. A figure is either
absolute (milliseconds, megabytes: ``limit`` in the figure's unit) or a ratio to a
baseline measured in the same run (``ratio_limit``). Samples are kept so that the
median and the range of the rounds are both shown.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Figure:
    """A measured figure: its samples, its baseline's, and the budget it is held to."""

    name: str
    unit: str  # "ms", "MB", "s"
    samples: list[float]
    budget: str  # in words, as the issue states it
    limit: float | None = None  # the median must be at most this (in ``unit``)
    baseline: list[float] = field(default_factory=list)  # same unit, same run
    baseline_name: str = ""
    ratio_limit: float | None = None  # median of the per-round ratios at most this
    ratios: list[float] = field(default_factory=list)  # per round (paired), if paired
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if self.ratios:
            return statistics.median(self.ratios)
        if self.baseline:
            return self.median / statistics.median(self.baseline)
        return None

    @property
    def within(self) -> bool | None:
        """True/False against the budget, None when the figure has no budget."""
        verdicts = []
        if self.limit is not None:
            verdicts.append(self.median <= self.limit)
        if self.ratio_limit is not None and self.ratio is not None:
            verdicts.append(self.ratio <= self.ratio_limit)
        return all(verdicts) if verdicts else None


def _amount(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def render(figures: list[Figure]) -> str:
    """The table as Markdown (the README quotes it as is)."""
    lines = [
        "| figure | budget | measured: median (range) | baseline | ratio | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for fig in figures:
        measured = (
            f"{_amount(fig.median, fig.unit)} "
            f"({_amount(min(fig.samples), fig.unit)}–{_amount(max(fig.samples), fig.unit)}, "
            f"{len(fig.samples)} rounds)"
        )
        baseline = (
            f"{fig.baseline_name}: {_amount(statistics.median(fig.baseline), fig.unit)}"
            if fig.baseline
            else "—"
        )
        ratio = "—" if fig.ratio is None else f"{fig.ratio:.2f}×"
        if fig.ratios:
            ratio += f" ({min(fig.ratios):.2f}–{max(fig.ratios):.2f})"
        verdict = {True: "within", False: "**OVER**", None: "—"}[fig.within]
        name = fig.name + (f" ({fig.note})" if fig.note else "")
        lines.append(f"| {name} | {fig.budget} | {measured} | {baseline} | {ratio} | {verdict} |")
    return "\n".join(lines)
