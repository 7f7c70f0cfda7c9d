"""Names of agreements: treaties, declarations, memoranda, plans, contracts, joint statements.

Capitalised names ending in an instrument word ("Japan-Soviet Joint Declaration
of 1956", "Intermediate-Range Nuclear Forces (INF) Treaty"), numbered plans
("the eight-point Cooperation Plan"), acronyms ("New START"), and lower-case
instruments tied to their parties ("a memorandum between X and Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.clean import MONTHS

INSTRUMENTS = ("Exchange of Notes|Treaty|Declaration|Agreement|Memorandum of Understanding|Memorandum|Action Plan|Plan|Convention|"
               "Charter|Accord|Accords|Protocol|Joint Statement|Statement|Communiqu[eé]|Contract|Roadmap|"
               "Road Map|Program of Action|Programme of Action|Pact")
# "and" joins words of one name, not two names: "the Treaty on X and the Y Statement".
_AND = r"and(?!\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'-]*\s+){0,5}(?:" + INSTRUMENTS + r")\b)"
_WORD = r"(?:[A-Z][\w’'.-]*|\d[\w-]*|[A-Z]+)"
_CONNECT = r"(?:of|for|" + _AND + r"|on|in|the|to|between|with|a|an|,)"
_NUMBERED = r"(?:(?:[Tt]he\s+)?(?:[a-z]+|\d+)-point\s+)"
_ACRONYM = r"\((?P<acronym>[A-Z][\w\s-]{0,20})\)"
_CAP = r"(?:[A-Z][\w’'-]*|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\")"  # a quoted name: State Concern "Turkmengaz"
_TAIL = (r"(?:\s+(?:of|for|on|in|between|among|concerning)\s+(?:the\s+)?(?:\d{4}|" + _CAP + r"(?:(?:,?\s+(?:" + _AND + r"|of|the|in|on|for|a|an)"
         r"(?:\s+(?:the|a|an))?\s+|,\s+|\s+)" + _CAP + r"){0,15}))*")


@dataclass(frozen=True)
class AgreementMatch:
    start: int
    end: int
    name: str  # canonical: acronyms in parentheses removed, article dropped
    aliases: tuple[str, ...]


@cache
def _patterns() -> dict[str, re.Pattern]:
    named = (r"(?<![\w-])(?P<name>" + _NUMBERED + r"?" + _WORD + r"(?:\s+" + _CONNECT + r"){0,3}?"
             r"(?:\s+(?:" + _WORD + r"|" + _ACRONYM + r")(?:\s+" + _CONNECT + r"(?=\s+[A-Z\d])){0,3}){0,15}?"
             r"\s+(?:" + INSTRUMENTS + r")\b(?:\s+" + _ACRONYM.replace("acronym", "acronym2") + r")?" + _TAIL + r")")
    numbered_plain = r"(?<![\w-])(?P<name>" + _NUMBERED + r"(?:[a-z]+\s+)?(?:plan|agenda|initiative)(?:\s+for\s+[a-z]+)?)\b"
    between = (r"(?<![\w-])(?P<name>(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:memorandum(?:\s+of\s+understanding)?|contract|exchange\s+of\s+notes)"
               r"\s+(?:between|among|with|concerning|on)\s+[^.;:]{3,200}?)(?=\s+(?:through|by|which|that|on|in|to|was|were|is|under|,)|[.;:])")
    instrument_first = (r"(?<![\w-])(?P<name>(?:Treaty|Convention|Agreement|Declaration|Protocol|Memorandum|Charter|"
                        r"[Ee]xchange of [Nn]otes)"
                        r"(?=\s+(?:on|of|between|for|concerning)\s)" + _TAIL + r")")
    acronyms = r"(?<![\w-])(?P<name>" + "|".join(re.escape(a) for a in sorted(lexicon.AGREEMENT_ACRONYMS, key=len, reverse=True)) + r")(?![\w-])"
    return {name: re.compile(p) for name, p in
            [("named", named), ("instrument_first", instrument_first), ("numbered", numbered_plain), ("between", between), ("acronyms", acronyms)]}


def _canonical(name: str) -> tuple[str, tuple[str, ...]]:
    """Drop the article and parenthesised acronyms; the acronyms become aliases."""
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", name)
    aliases = []
    for acronym in re.findall(r"\(([^()]+)\)", name):
        instrument = re.search(r"\b(" + INSTRUMENTS + r")\b", name)
        before_instrument = instrument and name.index("(" + acronym) < instrument.start()
        aliases.append(f"{acronym} {instrument.group(1)}" if before_instrument else acronym)
    name = re.sub(r"\s*\([^()]+\)", "", name)
    name = re.sub(r"(?<=[a-z])\d+$", "", name)  # footnote marker glued to the last word
    if name in lexicon.AGREEMENT_ACRONYMS:
        aliases.append(name)
        name = lexicon.AGREEMENT_ACRONYMS[name]
    if re.match(r"^[a-z]+-point\b", name):
        name = name[0].upper() + name[1:]
    return name, tuple(aliases)


def find_agreements(text: str) -> list[AgreementMatch]:
    """Every agreement name in a text, longest first where they overlap."""
    found: list[AgreementMatch] = []
    for kind, pattern in _patterns().items():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            raw = match.group("name")
            if re.match(r"\s*(?:Organi[sz]ation|Organ)\b", text[end:end + 15]):
                continue  # "Collective Security Treaty Organization" is a body, not a treaty
            if kind == "named" and raw.split()[0] in ("The", "A", "An", "In", "At", "On", "Based", "Under", *MONTHS):
                head = raw.split(maxsplit=1)[0]
                start += len(head) + 1
                raw = raw[len(head) + 1:]
            name, aliases = _canonical(raw)
            if kind == "named" and len(name.split()) < 2 and not aliases:
                continue
            found.append(AgreementMatch(start, end, name, aliases))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[AgreementMatch] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
