"""Shrink the ICU data library PySide6 ships on Linux (libicudata.so.NN, ~32 MB).

Qt links ICU for a handful of services only (libQt6Core's imports): collation (ucol_*),
time-zone names and calendars (ucal_*), text codecs beyond UTF-8/16/32 and Latin-1
(ucnv_*), and locale-aware upper/lower case (u_strToUpper/Lower). The stock data also
carries every locale's display names, units, currencies, transliterators, line-break
dictionaries and ~200 East-Asian/EBCDIC codecs, which nothing in Qt or smplanner reads.

`trim()` rewrites the library with the same soname and exported symbol, keeping:

* every top-level, non-locale item (properties, normalization, likely subtags,
  supplemental data, time-zone rules, codec aliases...) except character names,
  string-prep profiles and spoof-detection data;
* locale data for root, French and English (fr*, en*) in the top-level tree and the
  coll/ (collation), zone/ (time-zone names), lang/ and region/ trees;
* the Western 8-bit codecs (ISO-8859-*, Windows-125x, Mac Roman, DOS 437/850).

Other locales fall back to root (standard ICU fallback: plain Unicode collation order,
English-like names); opening a dropped codec fails cleanly (Qt: invalid QStringDecoder).

The data blob is ICU's "common data" archive (CmnD: a table of contents of sorted names
and offsets); the library is a tiny ELF file whose .rodata is that blob. Both are rebuilt
here in Python -- no compiler or ICU tools needed. If the library is not laid out as
expected the function returns False and the build keeps the original.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from pathlib import Path

# ---------------------------------------------------------------------------------------
# What to keep
# ---------------------------------------------------------------------------------------

_LOCALE_RES = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9_]*)?\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res", "root.res"}
KEPT_LANGUAGES = ("fr", "en")
KEPT_TREES = {"coll", "zone", "lang", "region"}
DROPPED_TOP_LEVEL = {"unames.icu", "confusables.cfu"}
DROPPED_SUFFIXES = (".spp",)  # string-prep profiles (IDNA2003, SASL...)
KEPT_CODECS = re.compile(
    r"^(?:"
    r"ibm-(?:912|913|914|915|1089|9005|5012|920|919|921|923|8859)_.*"  # ISO-8859-2..16
    r"|ibm-53(?:46|47|48|49|50|51|52|53|54)_.*"  # windows-1250..1258
    r"|ibm-(?:437|850|858)_.*"  # DOS Latin
    r"|macos-0_2-10\.2"  # Mac Roman
    r")\.cnv$"
)


def _is_locale_item(base: str) -> bool:
    return base not in _NOT_LOCALES and bool(_LOCALE_RES.match(base))


def _kept_locale(base: str) -> bool:
    stem = base[: -len(".res")]
    language = stem.split("_")[0]
    return stem == "root" or language in KEPT_LANGUAGES


def keep_item(name: str) -> bool:
    """`name` is a TOC entry such as 'icudt73l/coll/fr.res'."""
    parts = name.split("/")[1:]  # drop the package name
    base = parts[-1]
    if len(parts) == 1:
        if base in DROPPED_TOP_LEVEL or base.endswith(DROPPED_SUFFIXES):
            return False
        if base.endswith(".cnv"):
            return bool(KEPT_CODECS.match(base))
        return not _is_locale_item(base) or _kept_locale(base)
    if parts[0] not in KEPT_TREES:
        return False
    return not _is_locale_item(base) or _kept_locale(base)


# ---------------------------------------------------------------------------------------
# ICU common data (CmnD)
# ---------------------------------------------------------------------------------------


def _align(value: int, alignment: int) -> int:
    return (value + alignment - 1) // alignment * alignment


def repack(blob: bytes, keep: Callable[[str], bool]) -> tuple[bytes, int, int]:
    """A CmnD archive holding only the items `keep` accepts: (blob, kept, total)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    is_big_endian = blob[8]
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or is_big_endian:
        raise ValueError("not a little-endian ICU common data archive")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start : blob.index(b"\0", start)]
        end = entries[index + 1][1] if index + 1 < count else len(blob) - toc
        items.append((name, blob[toc + data_offset : toc + end]))
    kept = [(name, data) for name, data in items if keep(name.decode("ascii"))]

    names_start = 4 + 8 * len(kept)
    name_offsets, names = [], bytearray()
    for name, _data in kept:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    # Items start 16-aligned relative to the blob (the blob itself is 16-aligned).
    data_start = _align(toc + names_start + len(names), 16) - toc
    data_offsets, data_area = [], bytearray()
    for _name, data in kept:
        data_offsets.append(data_start + len(data_area))
        data_area += data
        data_area += b"\0" * (_align(len(data_area), 16) - len(data_area))
    out = bytearray(blob[:toc])
    out += struct.pack("<I", len(kept))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_offset, data_offset)
    out += names
    out += b"\0" * (toc + data_start - len(out))
    out += data_area
    return bytes(out), len(kept), count


# ---------------------------------------------------------------------------------------
# The ELF wrapper (x86-64 / aarch64 little-endian ELF64 as built by ICU's pkgdata)
# ---------------------------------------------------------------------------------------

_SHDR = struct.Struct("<IIQQQQIIQQ")  # name type flags addr offset size link info align entsize
_PHDR = struct.Struct("<IIQQQQQQ")  # type flags offset vaddr paddr filesz memsz align
_SYM = struct.Struct("<IBBHQQ")  # name info other shndx value size
_DYN = struct.Struct("<qQ")
_PT_LOAD, _PT_DYNAMIC, _PT_GNU_RELRO = 1, 2, 0x6474E552
_SHF_ALLOC = 2


class TrimError(Exception):
    """The library is not laid out as this module expects (nothing was written)."""


def _rebuild_elf(image: bytes, make_blob: Callable[[bytes], bytes]) -> bytes:
    if image[:4] != b"\x7fELF" or image[4] != 2 or image[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF file")
    phoff, shoff = struct.unpack_from("<QQ", image, 0x20)
    phentsize, phnum, shentsize, shnum, shstrndx = struct.unpack_from("<HHHHH", image, 0x36)
    sections = [list(_SHDR.unpack_from(image, shoff + i * shentsize)) for i in range(shnum)]
    strtab = sections[shstrndx]
    names = []
    for section in sections:
        start = strtab[4] + section[0]
        names.append(image[start : image.index(b"\0", start)].decode())
    index = {name: i for i, name in enumerate(names)}
    for needed in (".rodata", ".dynsym", ".dynamic"):
        if needed not in index:
            raise TrimError(f"no {needed} section")
    rodata, dynamic = sections[index[".rodata"]], sections[index[".dynamic"]]
    r_addr, r_off, r_size = rodata[3], rodata[4], rodata[5]
    d_addr, d_off, d_size, d_align = dynamic[3], dynamic[4], dynamic[5], dynamic[8]
    if r_addr != r_off:
        raise TrimError(".rodata's address differs from its file offset")

    # The exported data symbol must be the whole .rodata.
    dynsym = sections[index[".dynsym"]]
    symbol_at = None
    for i in range(dynsym[5] // dynsym[9]):
        sym = _SYM.unpack_from(image, dynsym[4] + i * dynsym[9])
        if sym[4] == r_addr and sym[5] == r_size:
            symbol_at = dynsym[4] + i * dynsym[9]
    if symbol_at is None:
        raise TrimError("no symbol spans .rodata")

    # Allocated sections after .rodata: only an empty .eh_frame and .dynamic.
    after = [
        i
        for i, s in enumerate(sections)
        if s[2] & _SHF_ALLOC and s[3] > r_addr and i != index[".rodata"]
    ]
    for i in after:
        if names[i] not in (".eh_frame", ".dynamic") or (
            names[i] == ".eh_frame" and sections[i][5] != 0
        ):
            raise TrimError(f"unexpected section {names[i]} after .rodata")
    dyn_entries = [_DYN.unpack_from(image, d_off + i * 16) for i in range(d_size // 16)]
    for tag, value in dyn_entries:
        # DT_NEEDED/SONAME/RPATH/RUNPATH hold string offsets; the pointer tags used here
        # (hash, strtab, symtab) must point below .rodata.
        if tag in (4, 5, 6, 0x6FFFFEF5) and value >= r_addr:
            raise TrimError("dynamic entry points into or past .rodata")
        if tag in (7, 17, 0x6FFFFFF0, 0x6FFFFFFC, 0x6FFFFFFE):  # relocations, versions
            raise TrimError("library has relocations or symbol versions")

    blob = make_blob(image[r_off : r_off + r_size])
    new_size = len(blob)
    r_end = r_off + new_size
    delta = d_addr - d_off  # vaddr - offset of the RW segment
    if delta % 0x1000 or delta <= 0:
        raise TrimError("RW segment not page-shifted")
    dyn_off = _align(r_end, max(d_align, 8))
    dyn_addr = dyn_off + delta

    out = bytearray(image[:r_off])
    out += blob
    out += b"\0" * (dyn_off - len(out))
    out += image[d_off : d_off + d_size]
    moved = {index[".rodata"]: (r_addr, r_off, new_size)}
    if ".eh_frame" in index:
        moved[index[".eh_frame"]] = (r_end, r_end, 0)
    moved[index[".dynamic"]] = (dyn_addr, dyn_off, d_size)
    # Non-allocated sections (.symtab, .strtab, .shstrtab) follow, then the headers.
    for i, section in enumerate(sections):
        if i == 0 or section[2] & _SHF_ALLOC:
            continue
        offset = _align(len(out), max(section[8], 1))
        out += b"\0" * (offset - len(out))
        out += image[section[4] : section[4] + section[5]]
        moved[i] = (section[3], offset, section[5])
    for i, (addr, offset, size) in moved.items():
        sections[i][3], sections[i][4], sections[i][5] = addr, offset, size
    new_shoff = _align(len(out), 8)
    out += b"\0" * (new_shoff - len(out))
    for section in sections:
        out += _SHDR.pack(*section)
    struct.pack_into("<Q", out, 0x28, new_shoff)

    # Program headers: the R segment ends with .rodata; the RW one holds .dynamic.
    for i in range(phnum):
        at = phoff + i * phentsize
        ph = list(_PHDR.unpack_from(out, at))
        if ph[0] == _PT_LOAD and ph[2] <= r_off < ph[2] + ph[5]:
            ph[5] = ph[6] = r_end - ph[2]
        elif ph[0] in (_PT_LOAD, _PT_DYNAMIC, _PT_GNU_RELRO) and ph[2] == d_off:
            ph[2], ph[3], ph[4] = dyn_off, dyn_addr, dyn_addr
        elif ph[0] in (_PT_LOAD, _PT_DYNAMIC, _PT_GNU_RELRO):
            raise TrimError("unexpected program header")
        _PHDR.pack_into(out, at, *ph)

    # Symbols: the data symbol's size, and anything that pointed at .eh_frame/.dynamic.
    sym = list(_SYM.unpack_from(out, symbol_at))
    sym[5] = new_size
    _SYM.pack_into(out, symbol_at, *sym)
    if ".symtab" in index:
        symtab = sections[index[".symtab"]]
        for i in range(symtab[5] // symtab[9]):
            at = symtab[4] + i * symtab[9]
            sym = list(_SYM.unpack_from(out, at))
            if sym[3] == index[".rodata"] and sym[4] == r_addr and sym[5] == r_size:
                sym[5] = new_size
            elif sym[3] == index[".dynamic"]:
                sym[4] = dyn_addr + (sym[4] - d_addr)
            elif sym[3] == index.get(".eh_frame"):
                sym[4] = r_end
            _SYM.pack_into(out, at, *sym)
    return bytes(out)


def trim(source: Path, target: Path, keep: Callable[[str], bool] = keep_item) -> str:
    """Write a trimmed copy of the ICU data library `source` to `target`.

    Returns a one-line summary; raises TrimError (nothing written) if `source` is not
    laid out as expected.
    """
    image = source.read_bytes()
    counts: list[int] = []

    def make_blob(blob: bytes) -> bytes:
        new_blob, kept, total = repack(blob, keep)
        counts.extend((kept, total))
        return new_blob

    try:
        rebuilt = _rebuild_elf(image, make_blob)
    except (ValueError, struct.error, IndexError) as error:
        raise TrimError(str(error)) from error
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(rebuilt)
    target.chmod(source.stat().st_mode & 0o777)
    return (
        f"{source.name}: kept {counts[0]} of {counts[1]} data items, "
        f"{len(image) / 1e6:.1f} -> {len(rebuilt) / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 3:
        sys.exit("usage: icu_trim.py SOURCE_LIBICUDATA TARGET")
    try:
        print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
    except TrimError as error:
        sys.exit(f"icu_trim: {error}; nothing written")
