"""Clean web-copied diplomatic text while keeping a map back to the original.

Cleaning only deletes, inserts or swaps characters; `CleanText.origin` maps
every cleaned character to its offset in the original text, so evidence found
in the cleaned text points into the file the user gave. The only changes
besides deletions are documented repairs: a line break is written as "\n"
(whatever the original terminator was, and also where a glued caption is split
off) or, inside a subtitle file's sentence running over cues, as " ", and
U+FFFD is replaced by the apostrophe, quote or letter the context calls for.

Cleaning runs in time linear in the text: boilerplate is only looked for on
lines of up to MAX_BOILERPLATE_LINE characters and captions only in
parentheses of up to MAX_CAPTION characters, so one 5 MB line cleans in about
a second.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from kg import lexicon

BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        (?:contents|back|next|top|home|page\s+top|print|text\s+file|pdf|translation)
        (?:\s*[|>/]\s*(?:contents|back|next|top|home|page\s+top|print|text\s+file|pdf))*
      | print\s+print
      | [•·*]\s*(?:,\s*)?(?:pp?\.\s*[\d–-]+|translation)
      | (?:[^>\n]{1,80}\s>\s)+[^>\n]{1,100}   # breadcrumb: A > B > C
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_BOILERPLATE_LINE = 500  # longer lines are text (and matching them costs time quadratic in their length)
MAX_CAPTION = 300  # characters inside a caption's closing parenthesis
# A caption ends in a parenthesis holding a date, place or photo credit.
CAPTION_END = re.compile(r"\([^()]{0,%d}\)" % MAX_CAPTION)
CAPTION_WORDS = re.compile(r"Photo|\d{1,2}\b|January|February|March|April|May|June|"
                           r"July|August|September|October|November|December")
# Footnote references glued to a word ("Russia1 was", "in 2016,2 a", "Islands.1"): not part of the text.
FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{3})\d{1,2}(?=[\s,.;:)]|$)|(?<=[a-z][.,;])\d{1,2}(?=\s|$)|(?<=\b\d{4},)\d{1,2}(?=\s)",
                           re.MULTILINE)
# a subtitle file (SRT): numbered cues, each with its timing line "00:00:06,000 --> 00:00:11,160" over its text
SUBTITLE_TIMING = re.compile(r"^[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*$",
                             re.MULTILINE)
SUBTITLE_LINE_END = re.compile(r"[.!?:;\]\"”)]\s*$")  # a sentence's end, or a caption's "[CAPTION: A | B]"
REPLACEMENT = "\ufffd"
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on
_WORD_REPAIRS = {"vis-\ufffd-vis": "vis-à-vis"}


class OffsetMap(Sequence):
    """origin[i] = original offset of cleaned char i; origin[len(text)] = end of the original.

    Stored as runs of consecutive offsets, so memory grows with the lines kept,
    not with the characters (a tuple of ints costs ~36 bytes a character:
    1.8 GB for a 50 MB file).
    """

    def __init__(self, length: int = 0, end: int = 0, starts: list[int] | None = None,
                 origins: list[int] | None = None, base: int = 0):
        self._starts = [] if starts is None else starts  # run k: cleaned starts[k].. -> original origins[k]..
        self._origins = [] if origins is None else origins
        self._length, self._end, self._base = length, end, base

    def extend(self, offsets: range) -> None:
        """Append the original offsets of the next cleaned chars (while building)."""
        if not offsets:
            return
        if not self._starts or self._origins[-1] + self._length - self._starts[-1] != offsets.start:
            self._starts.append(self._length)
            self._origins.append(offsets.start)
        self._length += len(offsets)

    def __len__(self) -> int:
        return self._length + 1

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i == self._length:
            return self._end
        at = self._base + i
        run = bisect_right(self._starts, at) - 1
        return self._origins[run] + at - self._starts[run]

    def part(self, start: int, end: int) -> OffsetMap:
        """The map of cleaned chars [start, end), still pointing into the whole original."""
        return OffsetMap(end - start, self[end], self._starts, self._origins, self._base + start)


@dataclass(frozen=True)
class CleanText:
    text: str
    origin: OffsetMap  # origin[i] = original offset of text[i]; origin[len] = end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def part(self, start: int, end: int) -> CleanText:
        """Cleaned text [start, end) as a CleanText whose offsets still point into the whole original."""
        return CleanText(self.text[start:end], self.origin.part(start, end))

    def chunks(self, size: int) -> list[tuple[int, int]]:
        """Spans of at most `size` chars covering the text, cut after a blank line, else a line break,
        else a sentence end, else a space, else (an unbroken run of `size` chars) anywhere."""
        spans = []
        start = 0
        while len(self.text) - start > size:
            window = self.text[start:start + size]
            cut = next((i + len(sep) for sep in ("\n\n", "\n", ". ", " ") if (i := window.rfind(sep)) > 0), size)
            spans.append((start, start + cut))
            start += cut
        spans.append((start, len(self.text)))
        return spans


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    year: str | None  # the year the text reports on
    published: str | None  # YYYY or YYYY-MM when the text says when it appeared
    dateline_place: str | None = None  # "Astana" in a dateline "Astana, May 2, 2017"


def clean(original: str) -> CleanText:
    """Drop boilerplate lines, split glued captions, undouble them, repair U+FFFD; in a subtitle file, drop the
    cues' numbers and timings and run their lines together into sentences."""
    out: list[str] = []
    origin = OffsetMap(end=len(original))
    previous_line = None
    offset = 0
    lines = original.splitlines(keepends=True)
    subtitles = len(SUBTITLE_TIMING.findall(original)) >= 3
    for n, line in enumerate(lines):
        body = line.rstrip(LINE_BREAKS)
        start = offset
        offset += len(line)
        if len(body) <= MAX_BOILERPLATE_LINE and BOILERPLATE_LINE.match(body):
            continue
        if subtitles and (not body.strip() or SUBTITLE_TIMING.match(body) or body.strip().isdigit()
                          and n + 1 < len(lines) and SUBTITLE_TIMING.match(lines[n + 1])):
            continue
        # a cue's line that does not end a sentence goes on in the next cue: "Pope Francis is on his way" | "back"
        line_end = " " if subtitles and not SUBTITLE_LINE_END.search(body) else "\n"
        for piece_start, piece in _split_captions(body, start):
            key = " ".join(piece.split())
            if key and key == previous_line:
                continue
            if key:
                previous_line = key
            _emit_without_footnotes(out, origin, piece, piece_start)
            _emit(out, origin, line_end, piece_start + len(piece))
    text = _repair_replacement_chars("".join(out))
    return CleanText(text=text, origin=origin)


def _emit_without_footnotes(out: list[str], origin: OffsetMap, piece: str, start: int) -> None:
    cursor = 0
    for match in FOOTNOTE_MARK.finditer(piece):
        _emit(out, origin, piece[cursor:match.start()], start + cursor)
        cursor = match.end()
    _emit(out, origin, piece[cursor:], start + cursor)


def _emit(out: list[str], origin: OffsetMap, piece: str, start: int) -> None:
    out.append(piece)
    origin.extend(range(start, start + len(piece)))


def _split_captions(line: str, start: int) -> list[tuple[int, str]]:
    """Split "Caption (date; Photo: X)Heading" into its parts, dropping an exact repeat."""
    pieces: list[tuple[int, str]] = []
    cursor = 0
    for match in CAPTION_END.finditer(line):
        end = match.end()
        if end < len(line) and (line[end].isalpha() or line[end] in "“\"'‘") and CAPTION_WORDS.search(match.group()):
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
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_BLUEBOOK = re.compile(r"Diplomatic\s+Bluebook\s+" + YEAR, re.IGNORECASE)
# a dateline, alone on its line, with the place before or after: "December 19, 2019", "Riga, May 2, 2017",
# "28 August 2006, Tallinn", "21.12.2022 - Tallinn", "Tallinn, 21/12/2015" (day first, as Central Asian, Russian and
# European sites write it), or closing a speech's subtitle line: "Address to the Tartu Chamber of Commerce, Tallinn, 24
# July 1997", "Minister A's remarks at the University of Tartu, Tartu, February 4, 2019"; a press conference's
# "Tuesday, March 8, 2022, 10:30 a.m." (weekday first, the hour after); a visit's "October 12-13, 2023, Bishkek" (its
# first day); a record's "Hearing of 10 December 2013", a chamber's "Formal sitting, Strasbourg, 23 November 2010"
# "House of Representatives", "the Kremlin"
# "Tallinn", "Republic of Turkey", "Kars province", "Great Hall of the People"
_DATELINE_PLACE = (r"(?:the[ \t]+)?[A-Z][\w.'-]*(?:[ \t](?:of[ \t](?:the[ \t])?)?[A-Z][\w.'-]*){0,3}"
                   r"(?:[ \t](?:district|province|region|oblast|county|prefecture))?")
DATELINE = re.compile(r"^\W*(?:(?:[^\n.:;]{0,80}?\b)?(?:Address|Speech|[Rr]emarks|Statement|Lecture|Briefing|Interview|Message)"
                      r"\b[^\n.:;]{2,200}?,"
                      r"[ \t]+|(?:Hearing|Sitting|Session|Meeting|Minutes|Record)[ \t]+of[ \t]+"
                      r"|[A-Z][a-z]+[ \t]+(?:sitting|session|meeting),[ \t]+|(?:[A-Z]\w*(?:[ \t]+\w+)?[ \t]+)?No\.[ \t]*[\w/.-]+[ \t]+[-–—][ \t]+)?(?:(?!(?:" + "|".join(WEEKDAYS) + r")\b)(?P<place>" + _DATELINE_PLACE + r"(?:(?:,[ \t]+|[ \t]+[-–/][ \t]+)(?!(?:"
                      + "|".join(WEEKDAYS) + r")\b)" + _DATELINE_PLACE + r")*)(?:,\s+|[ \t]+[-–—][ \t]+))?(?:(?:" + "|".join(WEEKDAYS) + r"),[ \t]+)?(?:(?P<month>" + "|".join(MONTHS)
                      + r")\s+(?:(?P<day>\d{1,2})(?:[-–]\d{1,2})?,\s+)?|(?P<day_first>\d{1,2})(?:[-–]\d{1,2})?\s+(?P<month_after>"
                      + "|".join(MONTHS)
                      + r"),?\s+|(?P<numeric_day>\d{1,2})(?P<separator>[./])(?P<numeric_month>\d{1,2})(?P=separator))(?P<year>" + YEAR
                      + r")(?:,[ \t]+(?:" + "|".join(WEEKDAYS) + r")\b)?"  # "19 September 2019, Thursday"
                      r"(?:(?:,|[ \t]+[-–—])[ \t]+(?P<place_after>" + _DATELINE_PLACE + r"(?:,[ \t]+" + _DATELINE_PLACE
                      + r")*))?(?:,?[ \t]+\d{1,2}:\d{2}\b(?:[ \t]*[ap]\.m\.)?(?:,[ \t]+(?P<place_late>" + _DATELINE_PLACE
                      + r"(?:,[ \t]+" + _DATELINE_PLACE + r")*))?[^\n]*)?"  # a press conference's "10:30 a.m., Press
                      # Room"; a readout's "13:30, Beijing"
                      r"(?:[ \t]+\([^()\n]{1,60}\))?\)?"  # "New Delhi, 27 January 2022 (held in virtual format)",
                      # "(Tashkent, 9 November 2023)"
                      r"(?:\s*$|\.(?=[ \t]+[A-Z][^\n]*$))",  # "Tashkent, 21 June 2022. This page is updated ..."
                      re.MULTILINE)  # "April 3, 2019, The Castle, Tallinn"


PLACE_LINE = re.compile(r"\s*\n[ \t]*(?P<line>[A-Z][\w.'-]*(?:[ \t](?:of[ \t])?[A-Z][\w.'-]*){0,3}"
                        r"(?:,[ \t]+[A-Z][\w.'-]*(?:[ \t](?:of[ \t])?[A-Z][\w.'-]*){0,3}){0,3})[ \t]*$", re.MULTILINE)


NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.(?:1[89]\d\d|20\d\d)"  # "22.10.2018", day first
# a news agency's item: "BISHKEK, March 28 (Kabar) -- ...", "Astana, 3 March 2019 (Kazinform) - ...", "AVAZA,
# Turkmenistan, August 12 (TDN) -- ...", a ministry's "Astana, 22.10.2018 - ...": where and when the paragraph's
# events happen
# a news agency's month: "Sept 13", "Aug. 2"
MONTH_ABBREVIATIONS = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
                       "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
                       "Nov": "November", "Dec": "December"}
_ABBREVIATED = "|".join(MONTH_ABBREVIATIONS)
_WIRE_MONTH = "(?:" + "|".join(MONTHS) + f"|(?:{_ABBREVIATED})" + r"\.?)"
_ABBREVIATED_MONTH = re.compile(rf"(?<=\d )\b({_ABBREVIATED})\b\.?|\b({_ABBREVIATED})\b\.?(?=\s*\d)")
WIRE_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2})"
                           r"(?P<also>[ \t]*/[ \t]*[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2})?,[ \t]+(?:[A-Z][\w.'-]*"
                           r"(?:[ \t][A-Z][\w.'-]*){0,2},[ \t]+)?(?P<date>(?:" + _WIRE_MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+"
                           + _WIRE_MONTH + r")(?:,?[ \t]+"
                           + YEAR + r")?|" + NUMERIC_DATE + r")[ \t]*(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?"
                           r"\.?[ \t]*(?:--|[-–—])[ \t]", re.MULTILINE)  # "Moscow, 14 December 2012. - The ..."


def find_dateline(text: str) -> re.Match | None:
    """The text's dateline: the first valid one near the top."""
    return next((m for m in DATELINE.finditer(text[:3000]) if dateline_date(m) and not chronology_entry(m)), None)


def chronology_entry(match: re.Match) -> bool:
    """A DATELINE match that goes on to tell its events ("17 February 2024 - Munich. On the margins of ..."):
    an entry of a chronology, not the date the text was written."""
    return bool(match.group("place_after")) and match.group().endswith(".")


PLACE_WORDS = r"[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*)?"  # "Tashkent", "Nizhny Novgorod"
DAY_OF_MONTH = r"(?:(?:" + "|".join(MONTHS) + r")\s+\d{1,2}|\d{1,2}\s+(?:" + "|".join(MONTHS) + r"))"  # "May 3", "3 May"
# a paragraph opening with its day: "6 January. The President ...", "Thursday, 16 June. In the morning ...",
# "10-11 May - Almaty. The ministers met ...", "28 April - by telephone. ...": the date (a range's first day and last),
# and the town where one is named; a list's item may open so: "(b) Tuesday, 14 November, Tashkent. On arrival ..."
DAY_ENTRY = re.compile(r"^[ \t]*(?:(?:\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}\.|[-•*])[ \t]+)?"
                       r"(?:(?:" + "|".join(WEEKDAYS) + r"),?[ \t]+)?(?P<date>(?:\d{1,2}[-–])?" + DAY_OF_MONTH
                       + r"(?:,?\s+\d{4})?)[ \t]*(?:(?:[-–—][ \t]+|,[ \t]+(?=" + PLACE_WORDS + r"[ \t]*\.))"
                       r"(?:(?P<place>" + PLACE_WORDS + r")|[^.\n]{1,30}?)[ \t]*\.|\.|:|[-–—])[ \t]+"
                       r"(?=[A-Z][^\n]{60})", re.MULTILINE)


def dateline_date(match: re.Match) -> str | None:
    """YYYY-MM-DD or YYYY-MM of a DATELINE match; None for an impossible numeric date."""
    month_name = match.group("month") or match.group("month_after")
    month = MONTHS.index(month_name) + 1 if month_name else int(match.group("numeric_month"))
    day = match.group("day") or match.group("day_first") or match.group("numeric_day")
    if not 1 <= month <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return f"{match.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def dateline_place_span(match: re.Match) -> tuple[int, int] | None:
    """Character offsets of the dateline's place, before or after the date; the known town of "The Castle, Tallinn"
    or "Tallinn, Kadriorg Palace" (else the last part); the first town of a tour's "Riga - Cesis - Sigulda";
    or the known town of a line of its own under the date ("Tallinn, Republic of Estonia")."""
    group = next((g for g in ("place", "place_after", "place_late") if match.group(g)), None)
    if not group:
        below = PLACE_LINE.match(match.string, match.end())
        town = below and next((m for m in re.finditer(r"[^,\s][^,]*", below.group("line")) if lexicon.city(m.group().strip())), None)
        return (below.start("line") + town.start(), below.start("line") + town.end()) if town else None
    start, end = match.span(group)
    first_leg = re.split(r"\s[-–/]\s", match.group(group))[0]  # "Riga - Cesis - Sigulda, 11-12 March": where it began
    parts = list(re.finditer(r"[^,]+", first_leg))  # "Tallinn, Kadriorg Palace": the town, not the venue
    part = next((m for m in reversed(parts) if lexicon.city(m.group().strip())),
                None if group == "place_late" else parts[-1])
    if part is None:
        return None  # "10:30 a.m., Press Conference Room": a room, not a town
    lead = len(part.group()) - len(part.group().lstrip())
    return start + part.start() + lead, start + part.end()


_YEAR_WORD = re.compile(r"\b" + YEAR + r"\b")
# a year something runs to ("the plan until 2030", "a strategy to 2025", "the programme for 2023-2027"): not a year
# the text tells of
_TARGET_YEAR = re.compile(r"\b(?:(?:until|till|by|(?<!\d\d\d\d\s)to)\s+(?:the\s+year\s+)?"  # "by the year
                          r"|(?<=\d\d\d\d[-–])"  # 2000" (but not "from 2015 to 2018")
                          r"|(?:Vision|Agenda|Strategy|Concept)\s+)" + YEAR + r"\b")  # "the Turkic World Vision 2040"
# "which will host the next summit in 2025", "elections due in 2026": a year the text looks ahead to
_LOOKED_AHEAD = re.compile(r"\b(?:will|shall|due|scheduled|planned|next|upcoming)\b[^.;\n]{0,60}?\b(?:in|for)\s+" + YEAR
                           + r"\b")
# "Interview ..., published on 3 September 2008", "For Immediate Release   July 23, 2009": when a text without a
# dateline says it appeared
_PUBLISHED_ON = re.compile(r"\b(?:[Pp]ublished|[Pp]osted|[Rr]eleased|[Ii]ssued|[Dd]ated|[Ff]or\s+[Ii]mmediate\s+[Rr]elease:?)\s+"
                           r"(?:on\s+)?(?:(?P<day>\d{1,2})\s+(?P<month>"
                           + "|".join(MONTHS) + r")|(?P<month_first>" + "|".join(MONTHS) + r")\s+(?P<day_after>\d{1,2}),?)"
                           r"\s+(?P<year>" + YEAR + r")\b")
# a page's date field: "Source: ... | Date: 2008-05-24 | Editor: ..."
_DATE_FIELD = re.compile(r"\b(?:Date|Published|Posted|Released|Issued)\s*:\s*(?P<year>" + YEAR
                         + r")-(?P<month>\d\d)-(?P<day>\d\d)\b")
# "PRESS REVIEW | Monday, 24 August 2015", "Bulletin, 17:00 GMT, Wednesday 4 September 2013": a day whose weekday
# agrees with the calendar is the day the text was written
_WEEKDAY_DATE = re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r"),?[ \t]+(?:(?P<day>\d{1,2})[ \t]+(?P<month>"
                           + "|".join(MONTHS) + r")|(?P<month_first>" + "|".join(MONTHS) + r")[ \t]+(?P<day_after>\d{1,2})),?"
                           r"[ \t]+(?P<year>" + YEAR + r")\b")
OPENING_LINES = 600  # characters: a title and the line or two under it


def full_month_names(text: str) -> str:
    """Months beside a day or year written out: "Sept 13" -> "September 13", "Tuesday, Aug. 14", "13 Dec"."""
    return _ABBREVIATED_MONTH.sub(lambda m: MONTH_ABBREVIATIONS[m[1] or m[2]], text)


def _wire_day(text: str) -> tuple[str, str | None] | None:
    """(year, day) of a text opening as a news item ("Astana, 22.10.2018 - Consultations were held today",
    "VIENNA, March 29 - ..." under "Fri 29 Mar 2019 17:42 GMT"): when it was written, whatever later years it
    looks ahead to; the year from the dateline, the lines above it, or the weekday of its lead."""
    wire = WIRE_DATELINE.search(text[:3000])
    if not wire:
        return None
    date = full_month_names(wire.group("date"))
    stated = _YEAR_WORD.search(date) or _dated_line_year(text[:wire.start()])
    year = stated.group() if stated else _year_of_lead_weekday(text, wire, date)
    if not year:
        return None
    month, day = _month_day(date)
    valid = 1 <= month <= 12 and 1 <= day <= 31
    return year, f"{year}-{month:02d}-{day:02d}" if valid else None


def _dated_line_year(above: str) -> re.Match | None:
    """The year of a date line above a dateline ("Fri 29 Mar 2019 17:42 GMT", "2013-09-04"), not of a summary
    bullet's "since 2008" or "in January 2012"."""
    for line in above.splitlines():
        year = _YEAR_WORD.search(line)
        if year and re.search(DAY_OF_MONTH + r"\b|\b(?:" + "|".join(WEEKDAYS) + r")\b|\d{4}-\d\d-\d\d", full_month_names(line)):
            return year
    return None


def _month_day(date: str) -> tuple[int, int]:
    """(month, day) of a dateline's "March 29", "29 March" or "29.03."."""
    numeric = re.match(r"(\d{1,2})\.(\d{1,2})\.", date)
    if numeric:
        return int(numeric.group(2)), int(numeric.group(1))
    named = re.search(r"(?P<month>" + "|".join(MONTHS) + r")[ \t]+(?P<day>\d{1,2})|(?P<day_first>\d{1,2})[ \t]+"
                      r"(?P<month_after>" + "|".join(MONTHS) + ")", date)
    return MONTHS.index(named["month"] or named["month_after"]) + 1, int(named["day"] or named["day_first"])


def _year_of_lead_weekday(text: str, wire: re.Match, date: str) -> str | None:
    """The year a yearless dateline ("SOCHI, Aug 10 - ... on Sunday") falls on its lead's weekday: the first such
    year from the latest year the text tells of to two after it (a report is written after what it recalls, and
    before the years a plan runs to); else the one nearest to the latest, from the earliest year it names to four
    after the latest, the later of two as near (a report looks back more often than ahead). A text that names only
    years it looks ahead to ("will host the next summit in 2025") was written in the four years before them, on the
    day of one of its lead's weekdays."""
    lead = text[wire.end():wire.end() + 600].split("\n\n")[0]
    weekdays = re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", lead)
    years = [int(y) for y in _YEAR_WORD.findall(text)]
    told = [int(y) for y in _YEAR_WORD.findall(_LOOKED_AHEAD.sub("", _TARGET_YEAR.sub("", text)))]  # not "a strategy
    # to 2025"
    if not weekdays or not years:
        return None
    if not told:
        before = [year for year in range(min(years), min(years) - 5, -1) if _weekday(year, *_month_day(date)) in weekdays]
        return str(before[0]) if before else None
    after = [year for year in range(max(told), max(told) + 3) if _weekday(year, *_month_day(date)) == weekdays[0]]
    if after:  # written in, or within two years after, the last year it tells of (not a decade before it)
        return str(after[0])
    fits = [year for year in range(min(years), max(told) + 5) if _weekday(year, *_month_day(date)) == weekdays[0]]
    return str(min(reversed(fits), key=lambda year: abs(year - max(told)))) if fits else None


def _weekday(year: int, month: int, day: int) -> str | None:
    """ "Sunday" for 2014, 8, 10; None for a day that does not exist."""
    try:
        return WEEKDAYS[datetime.date(year, month, day).weekday()]
    except ValueError:
        return None


def _weekday_date(opening: str) -> str | None:
    """YYYY-MM-DD of the first day in the opening lines written with its true weekday."""
    for match in _WEEKDAY_DATE.finditer(opening):
        year, day = int(match["year"]), int(match["day"] or match["day_after"])
        month = MONTHS.index(match["month"] or match["month_first"]) + 1
        if _weekday(year, month, day) == match["weekday"]:
            return f"{year}-{month:02d}-{day:02d}"
    return None


def _date_field_of_a_row(opening: str) -> tuple[str, str | None] | None:
    """"23.10.2023 | 17:25 | Views: 2 418", "16.10.2025 | Tashkent | 3 min read", "News | February 2024": a page's
    header row, one of whose fields is the day (or month) it was posted, and another, maybe, the town."""
    for line in opening.splitlines():  # not a table's row ("| 18-19 May 2000 | Tashkent |"), which tells an event
        fields = [f.strip() for f in line.split("|")] if "|" in line and not line.lstrip().startswith("|") \
            and len(line) < 100 else []
        for field in fields:
            match = DATELINE.match(field)
            weekday = any(name in field for name in WEEKDAYS)  # checked against the calendar, by _weekday_date
            month_only = re.fullmatch(r"(?:" + "|".join(MONTHS) + r")\s+" + YEAR, field)  # "News | February 2024"
            if match and not weekday and (day := dateline_date(match)) and (len(day) == 10 or month_only):
                return day, next((f for f in fields if lexicon.city(f, lexicon.MAJOR_CITY)), None)
    return None


def document_meta(text: str) -> DocumentMeta:
    """Title and reporting year: a Bluebook of year N reports on N-1; else the dateline, the day the text says it
    was published, or the commonest year."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    published = row_town = None
    bluebook = _BLUEBOOK.search(text[:2000])
    dateline = find_dateline(text)
    if bluebook:
        year = str(int(bluebook.group(1)) - 1)
    elif dateline:
        year, published = dateline.group("year"), dateline_date(dateline)
    elif fielded := _date_field_of_a_row(text[:OPENING_LINES]):
        published, row_town = fielded
        year = published[:4]
    elif published_on := _PUBLISHED_ON.search(text[:OPENING_LINES]):
        month = MONTHS.index(published_on["month"] or published_on["month_first"]) + 1
        day = int(published_on["day"] or published_on["day_after"])
        year = published_on["year"]
        published = f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    elif (field := _DATE_FIELD.search(text[:OPENING_LINES])) and 1 <= int(field["month"]) <= 12 \
            and 1 <= int(field["day"]) <= 31:
        year, published = field["year"], f"{field['year']}-{field['month']}-{field['day']}"
    elif wire := _wire_day(text):
        year, published = wire
    elif written := _weekday_date(text[:OPENING_LINES]):
        year, published = written[:4], written
    else:
        years = _YEAR_WORD.findall(_TARGET_YEAR.sub("", text))
        year = max(set(years), key=lambda y: (years.count(y), y)) if years else None
    where = dateline_place_span(dateline) if dateline else None
    return DocumentMeta(title=title, year=year, published=published,
                        dateline_place=text[slice(*where)] if where else row_town)
