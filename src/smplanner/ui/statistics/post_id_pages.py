"""The posts table's ids in their first order, read a page at a time as the view asks.

A plan of a million imported posts shows its table at once: the count is known, and
only the pages of ids around the rows painted are read (from an index, see
services.statistics_queries.post_table_id_page); a jump to the end reads one page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import overload

PAGE = 1024  # ids read at once
KEPT_PAGES = 64  # pages kept in memory (the rest are read again when shown)


class PagedIds:
    """``len``, indexing and slicing of an id sequence too large to read whole."""

    def __init__(self, count: int, read_page: Callable[[int, int], list[int]]) -> None:
        self._count = count
        self._read_page = read_page  # (offset, limit) -> ids
        self._pages: OrderedDict[int, list[int]] = OrderedDict()

    def __len__(self) -> int:
        return self._count

    def _page(self, number: int) -> list[int]:
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    @overload
    def __getitem__(self, position: int) -> int: ...

    @overload
    def __getitem__(self, position: slice) -> list[int]: ...

    def __getitem__(self, position: int | slice) -> int | list[int]:
        if isinstance(position, slice):
            start, stop, step = position.indices(self._count)
            return [self[i] for i in range(start, stop, step)]
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError(position)
        page = self._page(position // PAGE)
        offset = position % PAGE
        if offset >= len(page):  # posts deleted since the count: shown empty until reloaded
            return -1
        return page[offset]

    def pages_in_memory(self) -> int:
        return len(self._pages)
