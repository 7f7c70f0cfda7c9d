"""Clean web-copied diplomatic text while keeping a map back to the original.

Cleaning only deletes, inserts or swaps characters; `CleanText.origin` maps
every cleaned character to its offset in the original text, so evidence found
in the cleaned text points into the file the user gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        (?:contents|back|next|top|home|page\s+top|print|text\s+file|pdf|translation)
        (?:\s*[|>/]\s*(?:contents|back|next|top|home|page\s+top|print|text\s+file|pdf))*
      | print\s+print
      | [•·*]\s*(?:,\s*)?(?:pp?\.\s*[\d–-]+|translation)
      | (?:[\w&' ]+\s>\s)+[\w&' ,.:]+      # breadcrumb: A > B > C
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption ends in a parenthesis holding a date, place or photo credit.
CAPTION_END = re.compile(r"\((?:[^()]*(?:Photo|\d{1,2}\b|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)[^()]*)\)")
REPLACEMENT = "\ufffd"
_WORD_REPAIRS = {"vis-\ufffd-vis": "vis-à-vis"}


@dataclass(frozen=True)
class CleanText:
    text: str
    origin: tuple[int, ...]  # origin[i] = original offset of text[i]; origin[len] = end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    year: str | None  # the year the text reports on
    published: str | None  # YYYY or YYYY-MM when the text says when it appeared


def clean(original: str) -> CleanText:
    """Drop boilerplate lines, split glued captions, undouble them, repair U+FFFD."""
    out: list[str] = []
    origin: list[int] = []
    previous_line = None
    offset = 0
    for line in original.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start = offset
        offset += len(line)
        if BOILERPLATE_LINE.match(body):
            continue
        for piece_start, piece in _split_captions(body, start):
            key = " ".join(piece.split())
            if key and key == previous_line:
                continue
            if key:
                previous_line = key
            _emit(out, origin, piece, piece_start)
            _emit(out, origin, "\n", piece_start + len(piece))
    origin.append(len(original))
    text = _repair_replacement_chars("".join(out))
    return CleanText(text=text, origin=tuple(origin))


def _emit(out: list[str], origin: list[int], piece: str, start: int) -> None:
    out.append(piece)
    origin.extend(range(start, start + len(piece)))


def _split_captions(line: str, start: int) -> list[tuple[int, str]]:
    """Split "Caption (date; Photo: X)Heading" into its parts, dropping an exact repeat."""
    pieces: list[tuple[int, str]] = []
    cursor = 0
    for match in CAPTION_END.finditer(line):
        end = match.end()
        if end < len(line) and (line[end].isalpha() or line[end] in "“\"'‘"):
            pieces.append((start + cursor, line[cursor:end]))
            cursor = end
    pieces.append((start + cursor, line[cursor:]))
    return pieces


def _repair_replacement_chars(text: str) -> str:
    """Replace U+FFFD where the context leaves one reading: apostrophes and paired quotes."""
    if REPLACEMENT not in text:
        return text
    for broken, fixed in _WORD_REPAIRS.items():
        text = text.replace(broken, fixed)
    chars = list(text)
    quote_open = False
    for i, ch in enumerate(chars):
        if ch == "\n":
            quote_open = False
        if ch != REPLACEMENT:
            continue
        before = chars[i - 1] if i > 0 else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if before.isalpha() and after.isalpha():
            chars[i] = "’"  # don�t, Japan�s
        elif (before.isspace() or before in "([-/") and (after.isalnum()):
            chars[i] = "“"
            quote_open = True
        elif quote_open and (after.isspace() or after in ".,;:)!?"):
            chars[i] = "”"
            quote_open = False
        elif before in "sS" and after.isspace():
            chars[i] = "’"  # countries� strategic: plural possessive
    return "".join(chars)


YEAR = r"(1[89]\d\d|20\d\d)"
MONTHS = ("January February March April May June July August September October November December").split()
_BLUEBOOK = re.compile(r"Diplomatic\s+Bluebook\s+" + YEAR, re.IGNORECASE)
_PUBLISHED = re.compile(r"^\W*(" + "|".join(MONTHS) + r")\s+" + YEAR + r"\s*$", re.MULTILINE)
_YEAR_WORD = re.compile(r"\b" + YEAR + r"\b")


def document_meta(text: str) -> DocumentMeta:
    """Title and reporting year: a Bluebook of year N reports on N-1; else the dateline or the commonest year."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    published = None
    bluebook = _BLUEBOOK.search(text[:2000])
    dateline = _PUBLISHED.search(text[:3000])
    if bluebook:
        year = str(int(bluebook.group(1)) - 1)
    elif dateline:
        published = f"{dateline.group(2)}-{MONTHS.index(dateline.group(1)) + 1:02d}"
        year = dateline.group(2)
    else:
        years = _YEAR_WORD.findall(text)
        year = max(set(years), key=lambda y: (years.count(y), y)) if years else None
    return DocumentMeta(title=title, year=year, published=published)
