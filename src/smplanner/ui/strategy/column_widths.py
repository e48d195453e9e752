"""Column widths for a table that must fit its view without sideways scrolling."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

FLOOR = 56  # px: a choice or a text column still shows a word


def share_width(view: QTableView, kinds: list[str]) -> None:
    """Short columns (dates, numbers, the SMART letters) get what their values need;
    choices and texts share the rest of the view, texts twice as much."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    short = {
        "date": metrics.horizontalAdvance("00/00/0000") + 16,
        "number": metrics.horizontalAdvance("000 000") + 14,
        "money": metrics.horizontalAdvance("000 000 €") + 14,
        "computed": metrics.horizontalAdvance("✘ M A R") + 14,
        "bool": 40,
    }
    base = [short.get(kind, 0) for kind in kinds]
    free = [n for n, width in enumerate(base) if not width]
    available = view.viewport().width() - 2  # 2 px: no scroll bar for a rounding
    # Room for the short columns' headers too, while the others keep FLOOR each.
    roomy = [
        max(width, min(header.sectionSizeHint(n), width * 3 // 2)) if width else 0
        for n, width in enumerate(base)
    ]
    widths = roomy if available - sum(roomy) >= FLOOR * len(free) else list(base)
    room = available - sum(widths)
    weights = {n: 2 if kinds[n] == "text" else 1 for n in free}
    total = max(sum(weights.values()), 1)
    # Each shared column first gets its header's width ("Réseau", "Quoi (spécifique)")
    # when all of them fit, then the rest is shared, texts twice as much.
    floors = {n: max(FLOOR, header.sectionSizeHint(n)) for n in free}
    if sum(floors.values()) > room:
        floors = dict.fromkeys(free, FLOOR)
    extra = max(room - sum(floors.values()), 0)
    for n in free:
        widths[n] = floors[n] + extra * weights[n] // total
    over = sum(widths) - available
    if over > 0 and free:  # a very narrow view: the texts give way, cut with "…"
        for n in free:
            widths[n] = max(24, widths[n] - over // len(free) - 1)
    for n, width in enumerate(widths):
        header.resizeSection(n, width)
