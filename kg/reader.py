"""Read input files into text: find the files, detect the encoding, refuse binaries.

Errors are `InputError`s whose message names the file and the problem, so the
CLI can report them in one line and go on with the other files.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # larger files are refused, see README "Limits"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """A file or path that cannot be read as text."""


@dataclass(frozen=True)
class RawDocument:
    id: str
    path: Path
    text: str
    encoding: str


def collect_paths(paths: list[str | Path], on_missing: Callable[[str], None] | None = None) -> list[Path]:
    """Expand files and folders (recursively, *.txt) into a sorted file list.

    A path that does not exist raises InputError, or is reported to `on_missing` and left out.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.txt")) if p.is_file())
        elif path.exists():
            found.append(path)
        elif on_missing is None:
            raise InputError(f"{path}: no such file or folder")
        else:
            on_missing(f"{path}: no such file or folder")
    return found


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as BOM-marked Unicode, UTF-8, UTF-16 without BOM, or cp1252/latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed:
            return data.decode(guessed, errors="replace"), guessed
        raise InputError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has NULs in every other byte when it is mostly ASCII."""
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bool(sample) and controls > 0.05 * len(sample)


def read_document(path: Path) -> RawDocument:
    """Read one file; raise InputError naming the file when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is {size} bytes, over the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    try:
        text, encoding = decode(data)
    except InputError as error:
        raise InputError(f"{path}: {error}") from None
    if _looks_binary(text):
        raise InputError(f"{path}: binary data, not text")
    return RawDocument(id=path.name, path=path, text=text, encoding=encoding)
