"""Read a whole-plan JSON export as a stream of events, a row at a time (issue #13).

A 1,000,000-row export is about 1 GB of text: parsed whole, it took several GB. Here
the file is read in chunks and only the document's frame (the top-level object, the
``tables`` list, each table object and its ``rows`` list) is parsed by hand; every
other value — the head's members, a table's name and columns, each row — is decoded
by the standard library's C decoder (``JSONDecoder.raw_decode``) straight from the
buffer. Memory is then one chunk plus the largest single value (a row with a media
blob), whatever the number of rows.

Any valid JSON is read, in any member order; the loader (plan_json_load.py) asks for
a second pass when a file was re-saved with the tables before the head. Syntax errors
give the line and column, like ``json.loads``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any

# Events, in document order (see document_events for the same from a parsed dict):
#   ("head", key, value)             a top-level member other than a "tables" list
#   ("tables",)                      the "tables" list begins
#   ("table", index)                 tables[index] is an object: it begins
#   ("table_member", index, k, v)    one of its members other than a "rows" list
#   ("rows", index)                  its "rows" list begins
#   ("row", index, number, value)    rows[number - 1] (any JSON value)
#   ("table_end", index)
#   ("table_value", index, value)    tables[index] is not an object
#   ("tables_end",)
#   ("not_object", value)            the document itself is not an object
Event = tuple[Any, ...]

CHUNK_BYTES = 1 << 18
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# raw_decode can fail this close to the end of a buffer because the value goes on in
# the next chunk ("tru" of true, "-Infinit" of -Infinity): read more and try again.
_CUT_MARGIN = 8


class JsonSyntaxError(ValueError):
    """Not valid JSON at ``line``, ``column`` (1-based), for ``reason``."""

    def __init__(self, reason: str, line: int, column: int) -> None:
        super().__init__(f"{reason}: line {line} column {column}")
        self.reason = reason
        self.line = line
        self.column = column


def file_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[str]:
    """The file's text, decoded as UTF-8 (a byte-order mark allowed), chunk by chunk.

    Raises OSError, or UnicodeDecodeError for bytes that are not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    with Path(path).open("rb") as handle:
        while data := handle.read(chunk_bytes):
            if text := decoder.decode(data):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text


class _Buffer:
    """The text not yet parsed, refilled from the chunks, with the position's line."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self.text = ""
        self.pos = 0
        self.eof = False
        self._decode = json.JSONDecoder().raw_decode
        # Lines of the text already dropped from the buffer, for error positions.
        self._dropped_lines = 0
        self._dropped_column = 0

    def _more(self, at_least: int = 1) -> bool:
        """Read chunks until ``at_least`` more characters are buffered; False at the end."""
        if self.eof:
            return False
        self._drop_parsed()
        wanted = len(self.text) + at_least
        parts = [self.text]
        size = len(self.text)
        for chunk in self._chunks:
            parts.append(chunk)
            size += len(chunk)
            if size >= wanted:
                break
        else:
            self.eof = True
        self.text = "".join(parts)
        return size > len(parts[0])

    def _drop_parsed(self) -> None:
        dropped = self.text[: self.pos]
        newlines = dropped.count("\n")
        if newlines:
            self._dropped_lines += newlines
            self._dropped_column = len(dropped) - dropped.rfind("\n") - 1
        else:
            self._dropped_column += len(dropped)
        self.text = self.text[self.pos :]
        self.pos = 0

    def error(self, reason: str, pos: int | None = None) -> JsonSyntaxError:
        pos = self.pos if pos is None else pos
        before = self.text[:pos]
        newlines = before.count("\n")
        column = pos - before.rfind("\n") if newlines else self._dropped_column + pos + 1
        return JsonSyntaxError(reason, self._dropped_lines + newlines + 1, column)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            blank = _WHITESPACE.match(self.text, self.pos)
            assert blank is not None  # the pattern matches the empty text too
            self.pos = blank.end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def expect(self, character: str, reason: str) -> None:
        if self.peek() != character:
            raise self.error(reason)
        self.pos += 1

    def value(self) -> Any:
        """Decode the next JSON value whole, reading more text while it is cut off."""
        self.peek()
        while True:
            try:
                value, end = self._decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                offset = error.pos - self.pos  # _more moves the text: keep where, relatively
                cut = error.pos >= len(self.text) - _CUT_MARGIN or error.msg.startswith(
                    "Unterminated string"
                )
                # Double what is buffered: a long value costs a few decodes, not one per chunk.
                if cut and self._more(max(len(self.text) - self.pos, CHUNK_BYTES)):
                    continue
                raise self.error(error.msg, self.pos + offset) from None
            if end >= len(self.text) and self._more():
                continue  # a number that ends the buffer may go on in the next chunk
            self.pos = end
            return value

    def key(self) -> str:
        if self.peek() != '"':
            raise self.error("Expecting property name enclosed in double quotes")
        key = self.value()
        self.expect(":", "Expecting ':' delimiter")
        return str(key)


def _members(buffer: _Buffer) -> Iterator[str]:
    """The keys of the object whose "{" was just read; after each key the caller
    consumes its value, then the next "," or the "}" is read here."""
    if buffer.peek() == "}":
        buffer.pos += 1
        return
    while True:
        yield buffer.key()
        found = buffer.peek()
        buffer.pos += 1
        if found == "}":
            return
        if found != ",":
            buffer.pos -= 1
            raise buffer.error("Expecting ',' delimiter")


def _elements(buffer: _Buffer) -> Iterator[int]:
    """0, 1, 2... for each element of the list whose "[" was just read; the caller
    consumes each element."""
    if buffer.peek() == "]":
        buffer.pos += 1
        return
    index = 0
    while True:
        yield index
        index += 1
        found = buffer.peek()
        buffer.pos += 1
        if found == "]":
            return
        if found != ",":
            buffer.pos -= 1
            raise buffer.error("Expecting ',' delimiter")


def _table(buffer: _Buffer, index: int) -> Generator[Event, None, None]:
    buffer.pos += 1  # the "{"
    yield ("table", index)
    for key in _members(buffer):
        if key == "rows" and buffer.peek() == "[":
            buffer.pos += 1
            yield ("rows", index)
            for number in _elements(buffer):
                yield ("row", index, number + 1, buffer.value())
        else:
            yield ("table_member", index, key, buffer.value())
    yield ("table_end", index)


def stream_events(chunks: Iterable[str]) -> Generator[Event, None, None]:
    """The events of the document whose text comes in ``chunks`` (see Event).

    Raises JsonSyntaxError where the text stops being JSON; the events before it
    have been given already (the loader's transaction makes that harmless)."""
    buffer = _Buffer(chunks)
    if buffer.peek() != "{":
        value = buffer.value()  # raises for text that is not JSON at all
        yield ("not_object", value)
    else:
        buffer.pos += 1
        for key in _members(buffer):
            if key != "tables" or buffer.peek() != "[":
                yield ("head", key, buffer.value())
                continue
            buffer.pos += 1
            yield ("tables",)
            for index in _elements(buffer):
                if buffer.peek() == "{":
                    yield from _table(buffer, index)
                else:
                    yield ("table_value", index, buffer.value())
            yield ("tables_end",)
    if buffer.peek() != "":
        raise buffer.error("Extra data")


def document_events(data: Any) -> Generator[Event, None, None]:
    """The same events for a document already parsed (templates, tests)."""
    if not isinstance(data, dict):
        yield ("not_object", data)
        return
    for key, value in data.items():
        if key != "tables" or not isinstance(value, list):
            yield ("head", key, value)
            continue
        yield ("tables",)
        for index, table in enumerate(value):
            if not isinstance(table, dict):
                yield ("table_value", index, table)
                continue
            yield ("table", index)
            for member, content in table.items():
                if member == "rows" and isinstance(content, list):
                    yield ("rows", index)
                    for number, row in enumerate(content, 1):
                        yield ("row", index, number, row)
                else:
                    yield ("table_member", index, member, content)
            yield ("table_end", index)
        yield ("tables_end",)
