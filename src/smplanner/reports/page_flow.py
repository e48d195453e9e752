"""Keep-with-next and keep-together for the paginated report: no heading or table header
left alone at the foot of a page, no paragraph or table row cut in two by a page edge.

QTextDocument has no keep-with-next. It repeats a table's header rows (``<thead>``) on
each page the table runs onto, and moves a table whose header and first row do not fit;
but the heading above it then stays behind, and a table may still start with its header
and a single row at the very bottom. Rows are cut line by line, and a cut block is
painted whole on both pages, clipped: its lines were in the PDF's text twice, half of
them invisible (pdftotext, a viewer's search and screen readers found them).

This pass runs on the laid-out document, in reading order, and moves what would be
orphaned or cut to the next page (moving something only pushes down what follows, so
one pass in order is enough):

- a paragraph (block of the body) the page edge would cut starts the next page (not
  with ``nonBreakableLines``: Qt then stops wrapping the paragraph's lines, and a long
  paragraph ran off the right of the page as one line);
- a heading goes to the next page when what follows it starts there;
- a table goes there, with the heading right above it, when its header and first
  ``ROWS_KEPT_WITH_HEADER`` rows would not start on one page;
- a row the page edge would cut starts the next page: the row above it is padded down
  to the page foot, as Qt does itself for a row none of whose cells fit.

A paragraph or row taller than half a page is still cut (moving it would leave a
half-empty page), but each of its paragraphs the page edge runs through is split there
into two, one on each page, so that no line is painted (and written) on both pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

ROWS_KEPT_WITH_HEADER = 2  # header + two rows at least, as a reader expects under it
_TOP_SLACK = 3.0  # px: a page break leaves a block a hair above or below the page edge
_KEPT_WHOLE = 0.5  # of a page: taller than this, a paragraph or row may be cut
_PAST_EDGE = 1.0  # px: a part moved below a page edge starts this far under it
_MAX_SPLITS = 200  # parts of one paragraph (a paragraph of ~40 pages), a guard on loops


def _page_of(y: float, page_height: float) -> int:
    return int((y + _TOP_SLACK) // page_height)


def _at_page_top(y: float, page_height: float) -> bool:
    return y + _TOP_SLACK - _page_of(y, page_height) * page_height < 2 * _TOP_SLACK


def _block_top(document: QTextDocument, block: QTextBlock) -> float:
    return float(document.documentLayout().blockBoundingRect(block).top())


def _break_before_block(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)


def _start_next_page(block: QTextBlock) -> None:
    """A page break before a body paragraph, which also drops its top margin: Qt would
    put that margin at the top of the next page (a paragraph spaced from the one above
    it would start a third of the way down an empty page)."""
    block_format = block.blockFormat()
    block_format.setTopMargin(0)
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _first_of_headings(block: QTextBlock) -> QTextBlock:
    """A section's title right above a subheading moves with it (and so on up)."""
    while _is_heading(block.previous()):
        block = block.previous()
    return block


def _heading_before(document: QTextDocument, table: QTextTable) -> QTextBlock | None:
    """The heading right above ``table`` (it moves with the table), if any."""
    block = document.findBlock(table.firstPosition() - 1)
    return _first_of_headings(block) if _is_heading(block) else None


def _row_blocks(table: QTextTable, row: int) -> Iterator[QTextBlock]:
    """The paragraphs of the row's cells, cell by cell. A cell spanning several columns
    or rows is walked once, in the row it starts in. The cell's end is read again at
    each step: a paragraph split on the way is walked on from its first part."""
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # spanned: walked where the cell starts
        block = cell.firstCursorPosition().block()
        while block.isValid() and block.position() <= cell.lastPosition():
            yield block
            block = block.next()


def _row_extent(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the row's first lines and bottom of its last, over all its cells."""
    layout = document.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for block in _row_blocks(table, row):
        rect = layout.blockBoundingRect(block)
        top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
    return top, bottom


def _table_orphans_its_header(document: QTextDocument, table: QTextTable) -> bool:
    header_rows = table.format().headerRowCount()
    body_rows = table.rows() - header_rows
    if header_rows <= 0 or body_rows <= 0:
        return False
    height = document.pageSize().height()
    top = _row_extent(document, table, 0)[0]
    if _at_page_top(top, height):
        return False  # already at the top of a page: moving it would only leave a gap
    last_kept = header_rows + min(ROWS_KEPT_WITH_HEADER, body_rows) - 1
    return _page_of(_row_extent(document, table, last_kept)[0], height) > _page_of(top, height)


def _move_table(document: QTextDocument, table: QTextTable) -> None:
    heading = _heading_before(document, table)
    if heading is not None:
        _break_before_block(heading)
        _relayout_from(document, heading.position())
        return
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(table_format)
    _relayout_from(document, table.firstPosition())


def _keep_rows_whole(document: QTextDocument, table: QTextTable) -> int:
    """Start each row the page edge would cut on the next page; the rows moved."""
    height = document.pageSize().height()
    header_rows = max(0, table.format().headerRowCount())
    moved = 0
    for row in range(header_rows + 1, table.rows()):
        top, bottom = _row_extent(document, table, row)
        first, last = _page_of(top, height), _page_of(bottom - 2 * _TOP_SLACK, height)
        if first == last:
            continue
        if bottom - top > _KEPT_WHOLE * height:
            _split_cells_at_page_edges(document, table, row)
            continue
        # Pad the row above down to this page's foot: this row then starts the next.
        pad = (first + 1) * height - top
        for column in range(table.columns()):
            cell = table.cellAt(row - 1, column)
            cell_format = cell.format().toTableCellFormat()
            own = cell_format.hasProperty(QTextFormat.Property.TableCellBottomPadding)
            padding = cell_format.bottomPadding() if own else table.format().cellPadding()
            cell_format.setBottomPadding(padding + pad)
            cell.setFormat(cell_format)
        _relayout_from(document, table.firstPosition())
        moved += 1
    return moved


def _first_line_on_a_later_page(document: QTextDocument, block: QTextBlock) -> int | None:
    """The number of the block's first line laid out on a later page than the block's
    top; None when the whole block is on one page."""
    height = document.pageSize().height()
    # blockBoundingRect's top is the layout's position in the document; lines are
    # placed relative to it. Qt pushes a line the page edge would cut down to the next
    # page, but the block keeps its top on the page before, and is painted on both.
    top = document.documentLayout().blockBoundingRect(block).top()
    first_page = _page_of(top, height)
    lines = block.layout()
    for number in range(lines.lineCount()):
        if _page_of(top + lines.lineAt(number).y(), height) > first_page:
            return number
    return None


def _split_at_page_edges(document: QTextDocument, block: QTextBlock) -> QTextBlock:
    """Split ``block`` where page edges run through it, each part starting just below
    an edge; return its last part. Qt paints a block whole on every page it reaches,
    clipped, and the PDF then holds the lines of a cut block twice. The parts are moved
    with margins, not page breaks: a break right at a page's top adds a blank page."""
    height = document.pageSize().height()
    for _attempt in range(_MAX_SPLITS):
        number = _first_line_on_a_later_page(document, block)
        if number is None:
            break
        top = document.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        edge = _page_of(top + lines.lineAt(number).y(), height) * height
        block_format = block.blockFormat()
        if number == 0:  # its only or first line was pushed over the edge: move it all
            _start_next_page(block)
            _relayout_from(document, block.position())
            continue
        above = lines.lineAt(number - 1)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + lines.lineAt(number).textStart())
        second = QTextBlockFormat(block_format)
        second.setTopMargin(0)  # the two parts read as one paragraph
        cursor.insertBlock(second, cursor.charFormat())
        block_format.setBottomMargin(edge - (top + above.y() + above.height()) + _PAST_EDGE)
        QTextCursor(block).setBlockFormat(block_format)
        _relayout_from(document, block.position())
        block = block.next()  # the second part, which may run over another edge
    return block


def _split_cells_at_page_edges(document: QTextDocument, table: QTextTable, row: int) -> None:
    for block in _row_blocks(table, row):
        # The parts after the first are walked too; each is on one page, so left as is.
        _split_at_page_edges(document, block)


def _keep_paragraph_whole(document: QTextDocument, block: QTextBlock) -> QTextBlock:
    """Move a body paragraph the page edge cuts to the next page (with the headings right
    above it), or split it at the edges when it is taller than half a page; return the
    block the pass goes on from."""
    if _first_line_on_a_later_page(document, block) is None:
        return block
    height = document.pageSize().height()
    rect = document.documentLayout().blockBoundingRect(block)
    if rect.height() > _KEPT_WHOLE * height or _at_page_top(rect.top(), height):
        return _split_at_page_edges(document, block)
    if _is_heading(block.previous()):
        first = _first_of_headings(block.previous())
        _break_before_block(first)
    else:
        first = block
        _start_next_page(block)
    _relayout_from(document, first.position())
    return block


def keep_with_next(document: QTextDocument) -> int:
    """Move headings, table headers and cut rows or paragraphs to the next page, with
    what follows them; return how many were moved. Call after setHtml with the page
    size set (the positions are the paginated layout's)."""
    height = document.pageSize().height()
    if height <= 0:
        return 0
    _relayout_from(document, 0)  # positions from a fresh paginated layout
    tables = {
        frame.firstPosition(): frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    }
    moved = 0
    block = document.begin()
    while block.isValid():
        table = tables.pop(block.position(), None)
        if table is not None:
            if _table_orphans_its_header(document, table):
                _move_table(document, table)
                moved += 1
            moved += _keep_rows_whole(document, table)
            block = document.findBlock(table.lastPosition() + 1)
            continue
        if _is_heading(block) and _heading_is_orphaned(document, block):
            first = _first_of_headings(block)
            _break_before_block(first)
            _relayout_from(document, first.position())
            moved += 1
        elif QTextCursor(block).currentFrame() == document.rootFrame():
            block = _keep_paragraph_whole(document, block)
        block = block.next()
    return moved


def _heading_is_orphaned(document: QTextDocument, block: QTextBlock) -> bool:
    following = block.next()
    if not following.isValid():
        return False
    height = document.pageSize().height()
    top = _block_top(document, block)
    if _at_page_top(top, height):
        return False
    return _page_of(_block_top(document, following), height) > _page_of(top, height)


def _relayout_from(document: QTextDocument, position: int) -> None:
    """Lay out again everything after a change. Qt's incremental relayout after a
    format change left some later blocks with no lines at all (16 blocks of a rich
    report, never painted: a whole list vanished from the PDF)."""
    document.markContentsDirty(position, document.characterCount() - position)
