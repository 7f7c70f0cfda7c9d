"""Plain records passed between the pipeline stages.

Extraction produces `Mention`s and `MeetingRecord`s per document; resolution
turns them into `Entity`s and `Meeting`s for the whole corpus. Every fact keeps
its `Evidence`: the document, the sentence, and character offsets into the
file exactly as the user gave it (after decoding, before cleaning).
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Country", "Region", "Agreement", "Organization", "Place")


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was read: `start`/`end` index the original file's text."""

    doc: str
    start: int
    end: int
    quote: str
    sentence: str


@dataclass
class Mention:
    """One occurrence of an entity in one document."""

    type: str
    text: str
    name: str
    evidence: Evidence
    office: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the country it belongs to
    key: str | None = None  # gazetteer key (ISO code, region id) when known
    aliases: tuple[str, ...] = ()  # other names the text gives it (acronyms)
    parties: tuple[str, ...] = ()  # ISO codes of the states an agreement's name names


@dataclass
class MeetingRecord:
    """One meeting event stated in a document, before cross-document merging."""

    kind: str
    cameo: str
    participants: list[Mention]
    countries: list[str]
    date: str | None
    place: Mention | None
    topics: list[str]
    agreements: list[Mention]
    evidence: list[Evidence]
    label: str = ""
    visitors: list[Mention] = field(default_factory=list)  # participants who travelled to the place
    met_a_group: bool = False  # with people the text names none of: "met with members of the X League"
    own_section: bool = False  # a signing told under a heading of its own ("Documents signed during the visit")


@dataclass(frozen=True)
class MeetingCount:
    """A count stated without details ("three Summit Meetings" in a year)."""

    doc: str
    kind: str
    count: int
    year: str | None
    evidence: Evidence


@dataclass
class DocumentRecords:
    """Everything extracted from one document."""

    doc: str
    title: str
    year: str | None
    mentions: list[Mention] = field(default_factory=list)
    meetings: list[MeetingRecord] = field(default_factory=list)
    counts: list[MeetingCount] = field(default_factory=list)
    named_topics: list[tuple[str, Evidence]] = field(default_factory=list)


@dataclass
class Entity:
    """One real-world thing, with every name and mention found for it."""

    id: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Evidence] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)
    country: str | None = None  # entity id of the country it belongs to
    key: str | None = None
    parties: set[str] = field(default_factory=set)  # country entity ids (agreements)


@dataclass
class Meeting:
    """One meeting event after merging its mentions across the corpus."""

    id: str
    kind: str
    cameo: str
    label: str
    participants: set[str]  # person entity ids
    countries: set[str]  # country entity ids
    date: str | None
    place: str | None  # place or country entity id
    topics: set[str]
    agreements: set[str]
    evidence: list[Evidence]
    visitors: set[str] = field(default_factory=set)
    met_a_group: bool = False  # never merged with another meeting of its people (see MeetingRecord)
    own_section: bool = False  # a step of its own, not part of that day's talks (see MeetingRecord)
